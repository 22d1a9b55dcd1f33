package org.openimr.letter;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** How many items agreed, disagreed or could not be compared. */
@API(status = EXPERIMENTAL, since = "0.1")
@ValueStyle
@Value.Immutable
public abstract class AgreementCounts {
  AgreementCounts() {}

  @Value.Parameter
  public abstract int agree();

  @Value.Parameter
  public abstract int disagree();

  @Value.Parameter
  public abstract int notEvaluable();

  public final int total() {
    return agree() + disagree() + notEvaluable();
  }

  /** Agreements among the items both sides decided; absent when there are none. */
  public final Optional<Double> agreementRate() {
    int decided = agree() + disagree();
    return decided == 0 ? Optional.empty() : Optional.of((double) agree() / decided);
  }

  static AgreementCounts of(int agree, int disagree, int notEvaluable) {
    return ImmutableAgreementCounts.of(agree, disagree, notEvaluable);
  }

  AgreementCounts plus(Agreement a) {
    return of(
        agree() + (a == Agreement.AGREE ? 1 : 0),
        disagree() + (a == Agreement.DISAGREE ? 1 : 0),
        notEvaluable() + (a == Agreement.NOT_EVALUABLE ? 1 : 0));
  }
}
