package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The injured worker. Only {@link #age()}, {@link #sex()} and {@link #occupation()} may inform a
 * decision; the identifying fields ({@link #name()}, {@link #dateOfBirth()}, {@link
 * #claimNumber()}) are carried for the letter and never appear in {@link #toString()}, in exception
 * messages or in logs. The occupation is free text as the record states it, which may hold more
 * than an occupation: it too is left out of {@link #toString()}.
 */
@API(status = STABLE, since = "0.1")
@ValueStyle
@Value.Immutable
@JsonSerialize(as = ImmutablePatient.class)
@JsonDeserialize(as = ImmutablePatient.class)
public abstract class Patient {
  Patient() {}

  /** Age in whole years at the time of the request. */
  public abstract int age();

  /** The patient's sex as the record states it. */
  public abstract Sex sex();

  /** Occupation as the record states it, e.g. {@code "nurse"}. Not printed by toString. */
  @Value.Redacted
  public abstract Optional<String> occupation();

  /** Protected health information: never printed. */
  @Value.Redacted
  public abstract Optional<String> name();

  /** Protected health information: never printed. */
  @Value.Redacted
  public abstract Optional<LocalDate> dateOfBirth();

  /** Protected health information: never printed. */
  @Value.Redacted
  public abstract Optional<String> claimNumber();

  /** A builder for a patient. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Patient}. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutablePatient.Builder {
    Builder() {}
  }
}
