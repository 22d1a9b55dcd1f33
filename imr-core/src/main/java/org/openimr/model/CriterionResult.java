package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One guideline criterion checked against a case: a stable id (e.g. {@code
 * "mtus.acupuncture.frequency"}), what it checks, its status, the evidence it used and the section
 * it comes from.
 */
@API(status = STABLE, since = "0.1")
@ValueStyle
@Value.Immutable
@JsonSerialize(as = ImmutableCriterionResult.class)
@JsonDeserialize(as = ImmutableCriterionResult.class)
public abstract class CriterionResult {
  CriterionResult() {}

  /** Stable across versions: tools may key on it. */
  @Value.Parameter
  public abstract String id();

  /** What the criterion asks, in words a reader of the decision understands. */
  @Value.Parameter
  public abstract String description();

  /** Whether the case meets the criterion. */
  @Value.Parameter
  public abstract CriterionStatus status();

  /** The facts of the case the criterion used, in words. */
  @Value.Parameter
  public abstract List<String> evidence();

  /** The guideline, statute or regulation section the criterion comes from. */
  @Value.Parameter
  public abstract GuidelineCitation citation();

  /**
   * A criterion result from its parts; the same as the builder with every attribute set, without
   * the builder (evaluators make several per decision).
   */
  public static CriterionResult of(
      String id,
      String description,
      CriterionStatus status,
      List<String> evidence,
      GuidelineCitation citation) {
    Objects.requireNonNull(evidence, "evidence");
    return ImmutableCriterionResult.of(id, description, status, evidence, citation);
  }

  /** A builder for a criterion result. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CriterionResult}. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableCriterionResult.Builder {
    Builder() {}
  }
}
