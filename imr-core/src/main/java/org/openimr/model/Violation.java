package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One problem with a case: where it is, as a JSON path such as {@code
 * $.treatmentHistory[0].sessionsCompleted}, and what is wrong. The message names the rule, never
 * the offending value, so it is safe to log.
 */
@API(status = STABLE, since = "0.1")
@ValueStyle
@Value.Immutable
@JsonSerialize(as = ImmutableViolation.class)
@JsonDeserialize(as = ImmutableViolation.class)
public abstract class Violation {
  Violation() {}

  /** Where the problem is, as a JSON path, e.g. {@code $.disputedItems[0].request}. */
  @Value.Parameter
  public abstract String path();

  /** What rule the value breaks; never the value itself. */
  @Value.Parameter
  public abstract String message();

  /** A violation at {@code path} of the rule {@code message} states. */
  public static Violation of(String path, String message) {
    return ImmutableViolation.of(path, message);
  }

  /** The path and the message, e.g. {@code "$.caseNumber: must not be blank"}. */
  @Override
  public String toString() {
    return path() + ": " + message();
  }
}
