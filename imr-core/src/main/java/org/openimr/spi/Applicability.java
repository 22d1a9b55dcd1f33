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

  @Value.Parameter
  public abstract boolean applies();

  @Value.Parameter
  public abstract String reason();

  public static Applicability applies(String reason) {
    return ImmutableApplicability.of(true, reason);
  }

  public static Applicability doesNotApply(String reason) {
    return ImmutableApplicability.of(false, reason);
  }
}
