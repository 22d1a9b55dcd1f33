package org.openimr.guidelines.mtus;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.openimr.model.DisputedItem;
import org.openimr.model.Modality;
import org.openimr.spi.Applicability;

/**
 * The modality questions both physical medicine evaluators ask: does the request name a modality
 * their edition covers (which ones each edition covers is content: the provisions {@code
 * physical-medicine.coverage} and {@code postsurgical.coverage} of its pack), and which prior
 * visits count together as physical medicine. One place, so that both evaluators give the same
 * reasons, and neither reads the other's constants.
 */
final class ModalityScope {
  /**
   * The modalities whose visits count together as physical medicine visits: physical and
   * occupational therapy, and aquatic therapy, whose visit numbers are those of physical medicine.
   * How the rules count, not what an edition covers: the same for every edition.
   */
  static final Set<Modality> PHYSICAL_MEDICINE =
      EnumSet.of(
          Modality.PHYSICAL_THERAPY, Modality.OCCUPATIONAL_THERAPY, Modality.AQUATIC_THERAPY);

  private static final List<Modality> THERAPIES =
      List.of(Modality.PHYSICAL_THERAPY, Modality.OCCUPATIONAL_THERAPY, Modality.AQUATIC_THERAPY);

  private ModalityScope() {}

  /**
   * The modalities as a reason names them, the therapies together: {@code "physical, occupational
   * and aquatic therapy, massage and manipulation"}.
   */
  static String phrase(Set<Modality> modalities) {
    List<String> therapies = new ArrayList<>(3);
    for (Modality m : THERAPIES) {
      if (modalities.contains(m)) {
        therapies.add(name(m).replace(" therapy", ""));
      }
    }
    List<String> parts = new ArrayList<>(4);
    if (!therapies.isEmpty()) {
      parts.add(AcupunctureCriteria.list(therapies, "and") + " therapy");
    }
    for (Modality m : Modality.values()) {
      if (modalities.contains(m) && !THERAPIES.contains(m)) {
        parts.add(m == Modality.CHIROPRACTIC_MANIPULATION ? "manipulation" : name(m));
      }
    }
    return parts.isEmpty() ? "no modality" : AcupunctureCriteria.list(parts, "and");
  }

  /**
   * Why the guideline does not apply to the item's modality, or empty if it covers it. The reason
   * is written only when the guideline does not apply: this runs for every item.
   *
   * @param coverage how the reason names what the guideline covers, followed by the {@linkplain
   *     #phrase phrase} for {@code covered}, e.g. "postsurgical courses are encoded for " (then
   *     "physical and occupational therapy")
   */
  static Optional<Applicability> notCovered(
      DisputedItem item, Set<Modality> covered, String coverage) {
    Optional<Modality> modality = item.request().modality();
    if (modality.isEmpty()) {
      return Optional.of(Applicability.doesNotApply("the request names no modality"));
    }
    if (!covered.contains(modality.get())) {
      return Optional.of(
          Applicability.doesNotApply(
              "modality is " + name(modality.get()) + "; " + coverage + phrase(covered)));
    }
    return Optional.empty();
  }

  /** The modality as a reason names it, e.g. "physical therapy". */
  static String name(Modality modality) {
    return modality.displayName().toLowerCase(Locale.ROOT);
  }
}
