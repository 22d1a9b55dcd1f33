package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Objects;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A guideline of a higher evidence tier that addresses an item but was passed over, because none of
 * its editions is in force on the request date, so that a lower-tier guideline decided the item (8
 * CCR § 9792.21.1). Recorded on the {@link Decision#passedOver() decision} by the reviewer.
 */
@API(status = STABLE, since = "0.1")
@ValueStyle
@Value.Immutable
@JsonSerialize(as = ImmutablePassedOver.class)
@JsonDeserialize(as = ImmutablePassedOver.class)
public abstract class PassedOver {
  PassedOver() {}

  /** The id of the evaluator passed over, e.g. {@code "mtus.acupuncture"}. */
  @Value.Parameter
  public abstract String evaluatorId();

  /** Its place in the medical evidence search sequence. */
  @Value.Parameter
  public abstract EvidenceTier tier();

  /** Why it was passed over, as a sentence: which edition is missing for which date. */
  @Value.Parameter
  public abstract String reason();

  /** A guideline passed over: its evaluator's id, its tier and why, each required. */
  public static PassedOver of(String evaluatorId, EvidenceTier tier, String reason) {
    Objects.requireNonNull(evaluatorId, "evaluatorId");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(reason, "reason");
    return ImmutablePassedOver.of(evaluatorId, tier, reason);
  }
}
