package org.openimr.guidelines.mtus;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.openimr.model.DisputedItem;
import org.openimr.model.Modality;
import org.openimr.spi.Applicability;

/**
 * The first question of both physical medicine evaluators' applicability: does the request name a
 * modality the guideline covers? One place, so that both give the same reasons.
 */
final class ModalityScope {
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
