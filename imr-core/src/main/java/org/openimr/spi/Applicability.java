package org.openimr.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Whether a guideline addresses a disputed item, and why. The reason appears in decisions and logs,
 * so it describes the item's kind ("modality is physical therapy"), never patient data.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@ValueStyle
@Value.Immutable
public abstract class Applicability {
  Applicability() {}

  /** Whether the guideline addresses the item. */
  @Value.Parameter
  public abstract boolean applies();

  /** Why it does or does not, in a sentence for the reader of the decision. */
  @Value.Parameter
  public abstract String reason();

  /** The guideline addresses the item, for this reason. */
  public static Applicability applies(String reason) {
    return ImmutableApplicability.of(true, reason);
  }

  /** The guideline does not address the item, for this reason. */
  public static Applicability doesNotApply(String reason) {
    return ImmutableApplicability.of(false, reason);
  }
}
