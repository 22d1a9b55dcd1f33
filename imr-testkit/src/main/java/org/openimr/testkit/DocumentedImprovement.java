package org.openimr.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.openimr.model.FunctionalElement;

/**
 * How much functional improvement a generated case documents, measured against the elements of 8
 * CCR § 9792.20: an improvement in activities of daily living <em>or</em> a reduction in work
 * restrictions, measured objectively, <em>and</em> a reduction in the dependency on continued
 * medical treatment.
 *
 * @see CaseArbitrary#improvement(DocumentedImprovement)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum DocumentedImprovement {
  /** No functional-improvement evidence at all. */
  NONE,
  /**
   * Only statements that were not measured objectively ("feels 55% better"), of any element: the
   * seed letter's case.
   */
  SUBJECTIVE_ONLY,
  /**
   * Some element measured objectively, but not all that § 9792.20 asks for: an objective ADL or
   * work improvement without an objective reduction in treatment dependency, or the reverse.
   * Subjective statements may fill the gap; they do not close it.
   */
  PARTIAL,
  /**
   * Every element, measured objectively at a dated evaluation visit: an {@link
   * FunctionalElement#ADL_IMPROVEMENT} or {@link FunctionalElement#WORK_RESTRICTION_REDUCTION} and
   * a {@link FunctionalElement#REDUCED_TREATMENT_DEPENDENCY}, attributed to the requested modality.
   * Other evidence may come with them.
   */
  COMPLETE;

  /**
   * How the value is written for a reader, on its own (a heading, a table cell, a line of the
   * command line's output), e.g. {@code "Subjective only"}.
   */
  public String displayName() {
    return switch (this) {
      case NONE -> "None";
      case SUBJECTIVE_ONLY -> "Subjective only";
      case PARTIAL -> "Partial";
      case COMPLETE -> "Complete";
    };
  }
}
