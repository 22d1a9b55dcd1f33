package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** The utilization review decision under dispute for one item. */
@API(status = STABLE, since = "0.1")
@ValueStyle
@Value.Immutable
@JsonSerialize(as = ImmutableUrDecision.class)
@JsonDeserialize(as = ImmutableUrDecision.class)
public abstract class UrDecision {
  UrDecision() {}

  /** What utilization review did with the request. */
  public abstract UrOutcome outcome();

  /** For a modification: the sessions UR approved. */
  public abstract Optional<Integer> approvedSessions();

  /**
   * The guideline the claims administrator cited, as the letter words it, e.g. {@code "MTUS
   * Acupuncture Treatment Guidelines"}.
   */
  public abstract Optional<String> guidelineCited();

  /** A denial, with nothing else recorded. */
  public static UrDecision denied() {
    return builder().outcome(UrOutcome.DENIED).build();
  }

  /** A builder for a utilization review decision. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UrDecision}. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableUrDecision.Builder {
    Builder() {}
  }
}
