package org.openimr.letter;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.openimr.model.BodyRegion;
import org.openimr.model.Modality;

/**
 * A count of sessions of one modality the patient had, or was authorized, before the request:
 * {@code "six sessions of acupuncture"}, {@code "12 physical therapy visits"}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@ValueStyle
@Value.Immutable
public abstract class PriorSessions {
  PriorSessions() {}

  public abstract Modality modality();

  public abstract int sessions();

  /**
   * True when the letter says the sessions were authorized (or certified), not that they were had.
   */
  public abstract boolean authorized();

  /** The region named right after the modality ({@code "for the low back"}), if any. */
  public abstract Optional<BodyRegion> region();

  /** The outcome in the letter's words ({@code "some relief"}), if stated with the count. */
  @Value.Redacted
  public abstract Optional<String> outcome();
}
