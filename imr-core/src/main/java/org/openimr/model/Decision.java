package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The decision on one disputed item: medically necessary or not (or why it could not be decided),
 * the IMR outcome relative to UR, every criterion checked, the rationale and the citations.
 */
@API(status = STABLE, since = "0.1")
@ValueStyle
@Value.Immutable
@JsonSerialize(as = ImmutableDecision.class)
@JsonDeserialize(as = ImmutableDecision.class)
@JsonIgnoreProperties(value = "outcome", allowGetters = true)
public abstract class Decision {
  Decision() {}

  /** The {@link DisputedItem#id()} this decision is for. */
  public abstract String itemId();

  public abstract MedicalNecessity necessity();

  /** Why no decision was made; present exactly when {@link #necessity()} is NOT_EVALUABLE. */
  public abstract Optional<String> notEvaluableReason();

  /** The id of the evaluator that decided, e.g. {@code "mtus.acupuncture"}. */
  public abstract String evaluatorId();

  public abstract String evaluatorVersion();

  /** Every criterion checked, in the order the guideline states them. */
  public abstract List<CriterionResult> criteria();

  /** The reviewer's paragraph explaining the decision. */
  public abstract String rationale();

  /** The guideline sections the decision rests on. */
  public abstract List<GuidelineCitation> citations();

  /** UPHELD when not medically necessary, OVERTURNED when necessary, absent when not evaluable. */
  @JsonProperty("outcome")
  public final Optional<ImrOutcome> outcome() {
    return switch (necessity()) {
      case NECESSARY -> Optional.of(ImrOutcome.OVERTURNED);
      case NOT_NECESSARY -> Optional.of(ImrOutcome.UPHELD);
      case NOT_EVALUABLE -> Optional.empty();
    };
  }

  /** The criteria that stand in the way of the request: NOT_MET or NOT_DOCUMENTED. */
  public final Stream<CriterionResult> adverseCriteria() {
    return criteria().stream().filter(c -> c.status().isAdverse());
  }

  @Value.Check
  final void check() {
    if ((necessity() == MedicalNecessity.NOT_EVALUABLE) != notEvaluableReason().isPresent()) {
      throw new IllegalArgumentException(
          "Decision.notEvaluableReason must be present exactly when necessity is NOT_EVALUABLE");
    }
  }

  /** A decision that could not be made, with the reason and no criteria. */
  public static Decision notEvaluable(
      String itemId, String evaluatorId, String evaluatorVersion, String reason) {
    return builder()
        .itemId(itemId)
        .necessity(MedicalNecessity.NOT_EVALUABLE)
        .notEvaluableReason(reason)
        .evaluatorId(evaluatorId)
        .evaluatorVersion(evaluatorVersion)
        .rationale(reason)
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Decision}. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableDecision.Builder {
    Builder() {}
  }
}
