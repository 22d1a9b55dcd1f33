package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A course of treatment the patient already had or was authorized for. Counts the record does not
 * state stay absent: an evaluator must be able to tell "none" from "not documented".
 */
@API(status = STABLE, since = "0.1")
@ValueStyle
@Value.Immutable
@JsonSerialize(as = ImmutablePriorTreatment.class)
@JsonDeserialize(as = ImmutablePriorTreatment.class)
public abstract class PriorTreatment {
  PriorTreatment() {}

  /** The kind of treatment received. */
  public abstract Modality modality();

  /** The region treated, when the record names one. */
  public abstract Optional<BodyRegion> region();

  /** How many sessions were authorized, when documented. */
  public abstract Optional<Integer> sessionsAuthorized();

  /** How many sessions were completed, when documented. */
  public abstract Optional<Integer> sessionsCompleted();

  /** When the course started, when documented. */
  public abstract Optional<LocalDate> startDate();

  /** When the course ended, when documented. */
  public abstract Optional<LocalDate> endDate();

  /** The outcome in the record's words, e.g. {@code "some relief"}. */
  public abstract Optional<String> documentedOutcome();

  /** A builder for a prior course. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PriorTreatment}. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutablePriorTreatment.Builder {
    Builder() {}
  }
}
