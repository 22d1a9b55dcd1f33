package org.openimr.letter;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.openimr.model.Determination;

/**
 * One letter, re-reviewed: each item's comparison, the library's determination, or, for a letter
 * that could not be read, the problem.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@ValueStyle
@Value.Immutable
public abstract class LetterReview {
  LetterReview() {}

  /** Where the letter came from (a file name in a batch), if known. */
  public abstract Optional<String> source();

  /** Why the letter could not be read at all; then there are no items. */
  public abstract Optional<LetterParseException.Problem> unreadable();

  /** The library's determination, when a case could be built from the letter. */
  public abstract Optional<Determination> determination();

  /** One comparison per item of the letter, in letter order. */
  public abstract List<ItemComparison> items();

  public final AgreementCounts counts() {
    AgreementCounts counts = AgreementCounts.of(0, 0, 0);
    for (ItemComparison item : items()) {
      counts = counts.plus(item.agreement());
    }
    return counts;
  }
}
