package org.openimr.guidelines.mtus;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openimr.model.GuidelineEdition;

/**
 * The one sentence a request gets when it is dated after the editions of a guideline end: which
 * guideline (its latest edition's title and section, from the pack) and that a content pack for
 * that date is needed. Every evaluator that reads packs answers {@link
 * org.openimr.spi.GuidelineEvaluator#noEditionInForce} with it, so the wording is the same for
 * every guideline.
 */
final class MissingEdition {
  /** Where the format is documented, as the sentence names it. */
  static final String DOCS = "docs/content-packs.md";

  private MissingEdition() {}

  /**
   * The sentence for a request on this date, when no edition is in force on it and one has ended
   * before it; empty when an edition is in force, or the date is before every edition (the
   * guideline had not begun: no pack can be asked for).
   */
  static Optional<String> sentence(List<PackEdition> editions, LocalDate date) {
    @Nullable PackEdition latestEnded = null;
    for (PackEdition content : editions) {
      GuidelineEdition edition = content.edition();
      if (edition.inForceOn(date)) {
        return Optional.empty();
      }
      Optional<LocalDate> to = edition.effectiveTo();
      if (to.isPresent()
          && to.get().isBefore(date)
          && (latestEnded == null
              || latestEnded.edition().effectiveTo().orElseThrow().isBefore(to.get()))) {
        latestEnded = content;
      }
    }
    if (latestEnded == null) {
      return Optional.empty();
    }
    return Optional.of(
        "No edition of the "
            + latestEnded.edition().title()
            + " ("
            + latestEnded.section()
            + ") in force on "
            + date
            + " is encoded: supply a content pack for that date (see "
            + DOCS
            + ").");
  }
}
