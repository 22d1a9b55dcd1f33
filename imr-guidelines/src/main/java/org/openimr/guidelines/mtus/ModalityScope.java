package org.openimr.guidelines.mtus;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.openimr.model.DisputedItem;
import org.openimr.model.Modality;
import org.openimr.spi.Applicability;

/**
 * Which modalities the physical medicine guidelines cover, and the first question of both physical
 * medicine evaluators' applicability: does the request name one? One place, so that both evaluators
 * read the same sets and give the same reasons, and neither reads the other's constants.
 */
final class ModalityScope {
  /** The modalities whose postsurgical courses the postsurgical table gives. */
  static final Set<Modality> POSTSURGICAL =
      EnumSet.of(Modality.PHYSICAL_THERAPY, Modality.OCCUPATIONAL_THERAPY);

  /** The modalities the chronic pain physical medicine guideline addresses. */
  static final Set<Modality> CHRONIC_PAIN =
      EnumSet.of(
          Modality.PHYSICAL_THERAPY,
          Modality.OCCUPATIONAL_THERAPY,
          Modality.AQUATIC_THERAPY,
          Modality.MASSAGE,
          Modality.CHIROPRACTIC_MANIPULATION);

  /**
   * The modalities whose visits count together as physical medicine visits: physical and
   * occupational therapy, and aquatic therapy, whose visit numbers are those of physical medicine.
   */
  static final Set<Modality> PHYSICAL_MEDICINE =
      EnumSet.of(
          Modality.PHYSICAL_THERAPY, Modality.OCCUPATIONAL_THERAPY, Modality.AQUATIC_THERAPY);

  private ModalityScope() {}

  /**
   * Why the guideline does not apply to the item's modality, or empty if it covers it.
   *
   * @param coverage what the guideline covers, ending the reason, e.g. "postsurgical courses are
   *     encoded for physical and occupational therapy"
   */
  static Optional<Applicability> notCovered(
      DisputedItem item, Set<Modality> covered, String coverage) {
    Optional<Modality> modality = item.request().modality();
    if (modality.isEmpty()) {
      return Optional.of(Applicability.doesNotApply("the request names no modality"));
    }
    if (!covered.contains(modality.get())) {
      return Optional.of(
          Applicability.doesNotApply("modality is " + name(modality.get()) + "; " + coverage));
    }
    return Optional.empty();
  }

  /** The modality as a reason names it, e.g. "physical therapy". */
  static String name(Modality modality) {
    return modality.displayName().toLowerCase(Locale.ROOT);
  }
}
