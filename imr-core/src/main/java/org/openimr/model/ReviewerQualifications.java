package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The expert reviewer's qualifications as a letter states them. Configured by the caller, never
 * invented by the library; the reviewer's identity is not part of it.
 */
@API(status = STABLE, since = "0.1")
@ValueStyle
@Value.Immutable
@JsonSerialize(as = ImmutableReviewerQualifications.class)
@JsonDeserialize(as = ImmutableReviewerQualifications.class)
public abstract class ReviewerQualifications {
  ReviewerQualifications() {}

  /** e.g. {@code "Occupational Medicine"}. */
  public abstract String specialty();

  /** Whether the reviewer is board certified; true unless set. */
  @Value.Default
  public boolean boardCertified() {
    return true;
  }

  /** e.g. {@code "Preventive Medicine"}. */
  public abstract Optional<String> subspecialty();

  /** The state of licensure, e.g. {@code "California"}. */
  public abstract String licensedIn();

  /** "in active clinical practice for more than N years". */
  public abstract Optional<Integer> yearsInActivePractice();

  /** "currently working at least N hours a week in active practice". */
  public abstract Optional<Integer> hoursPerWeekInPractice();

  /** A builder for reviewer qualifications. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReviewerQualifications}. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableReviewerQualifications.Builder {
    Builder() {}
  }
}
