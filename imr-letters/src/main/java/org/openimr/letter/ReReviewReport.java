package org.openimr.letter;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.openimr.model.Modality;

/** A folder of letters, re-reviewed: every letter's review, and agreement counts by modality. */
@API(status = EXPERIMENTAL, since = "0.1")
@ValueStyle
@Value.Immutable
public abstract class ReReviewReport {
  ReReviewReport() {}

  /** One review per letter file, in file-name order. */
  public abstract List<LetterReview> letters();

  /**
   * Counts per requested modality, in {@link Modality} order; items whose request could not be read
   * count under {@link Modality#OTHER}. Only modalities with items appear.
   */
  public final Map<Modality, AgreementCounts> countsByModality() {
    Map<Modality, AgreementCounts> counts = new EnumMap<>(Modality.class);
    for (LetterReview letter : letters()) {
      for (ItemComparison item : letter.items()) {
        counts.merge(
            item.modality().orElse(Modality.OTHER),
            AgreementCounts.of(0, 0, 0).plus(item.agreement()),
            (a, b) ->
                AgreementCounts.of(
                    a.agree() + b.agree(),
                    a.disagree() + b.disagree(),
                    a.notEvaluable() + b.notEvaluable()));
      }
    }
    return Collections.unmodifiableMap(counts);
  }

  /** Counts over every item of every letter. */
  public final AgreementCounts totals() {
    AgreementCounts total = AgreementCounts.of(0, 0, 0);
    for (LetterReview letter : letters()) {
      for (ItemComparison item : letter.items()) {
        total = total.plus(item.agreement());
      }
    }
    return total;
  }

  /** Letters that could not be read at all. */
  public final long unreadableLetters() {
    return letters().stream().filter(l -> l.unreadable().isPresent()).count();
  }
}
