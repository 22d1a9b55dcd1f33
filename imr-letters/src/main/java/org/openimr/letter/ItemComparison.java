package org.openimr.letter;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.openimr.model.CriterionResult;
import org.openimr.model.Decision;
import org.openimr.model.ImrOutcome;
import org.openimr.model.Modality;

/**
 * One disputed item of a re-reviewed letter: the letter's decision next to the library's, whether
 * they agree, and the criteria behind the library's result.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@ValueStyle
@Value.Immutable
public abstract class ItemComparison {
  ItemComparison() {}

  /** The {@link ParsedItem#id()}. */
  public abstract String itemId();

  /** The item as the letter names it. Redacted from toString. */
  @Value.Redacted
  public abstract String itemName();

  /** The requested modality, where the item's request could be read. */
  public abstract Optional<Modality> modality();

  /** The letter's decision, where it states one. */
  public abstract Optional<ImrOutcome> letterOutcome();

  /** The library's decision, when a case could be built and the item is in it. */
  public abstract Optional<Decision> libraryDecision();

  public abstract Agreement agreement();

  /**
   * Why the item is {@link Agreement#NOT_EVALUABLE}; present exactly then. Names no patient data.
   */
  public abstract Optional<String> reason();

  /** The library's outcome, where it decided. */
  public final Optional<ImrOutcome> libraryOutcome() {
    return libraryDecision().flatMap(Decision::outcome);
  }

  /** The criteria that stand in the way of the request in the library's decision. */
  public final List<CriterionResult> adverseCriteria() {
    return libraryDecision().map(d -> d.adverseCriteria().toList()).orElse(List.of());
  }

  @Value.Check
  final void check() {
    if ((agreement() == Agreement.NOT_EVALUABLE) != reason().isPresent()) {
      throw new IllegalArgumentException(
          "ItemComparison.reason must be present exactly when agreement is NOT_EVALUABLE");
    }
  }
}
