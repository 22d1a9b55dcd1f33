package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One documented statement about functional improvement: which element it shows, whether it was
 * measured objectively in the history and physical exam, when and in which document.
 */
@API(status = STABLE, since = "0.1")
@ValueStyle
@Value.Immutable
@JsonSerialize(as = ImmutableFunctionalImprovementEvidence.class)
@JsonDeserialize(as = ImmutableFunctionalImprovementEvidence.class)
public abstract class FunctionalImprovementEvidence {
  FunctionalImprovementEvidence() {}

  /** Which element of functional improvement (8 CCR § 9792.20) the statement concerns. */
  public abstract FunctionalElement element();

  /** True when measured in the history and physical exam, not only reported by the patient. */
  public abstract boolean objective();

  /** The date of the evaluation visit that documented it, where known. */
  public abstract Optional<LocalDate> documentedOn();

  /** The document it came from, e.g. {@code "PR-2 2/9/14"}. */
  public abstract Optional<String> source();

  /**
   * The treatment the improvement followed, where the record attributes it. The built-in evaluators
   * read attribution one way: evidence counts toward functional improvement from a modality when it
   * is attributed to that modality (or to one counted with it, such as physical and occupational
   * therapy) or to no treatment; evidence attributed to another modality does not count for it.
   */
  public abstract Optional<Modality> attributedTo();

  /** The record's words, e.g. {@code "55% improvement with conservative treatment"}. */
  public abstract Optional<String> description();

  /** A builder for a statement of functional improvement. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FunctionalImprovementEvidence}. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableFunctionalImprovementEvidence.Builder {
    Builder() {}
  }
}
