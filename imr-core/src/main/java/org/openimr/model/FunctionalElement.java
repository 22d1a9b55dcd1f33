package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What a piece of functional-improvement evidence shows. The first three are the elements of
 * functional improvement in 8 CCR § 9792.20; {@link #GLOBAL_IMPROVEMENT_REPORT} records a statement
 * such as "55% better" that is not one of them, so a rationale can name it.
 */
@API(status = STABLE, since = "0.1")
public enum FunctionalElement {
  /** A clinically significant improvement in activities of daily living. */
  ADL_IMPROVEMENT,
  /** A reduction in work restrictions. */
  WORK_RESTRICTION_REDUCTION,
  /** A reduction in the dependency on continued medical treatment. */
  REDUCED_TREATMENT_DEPENDENCY,
  /** A global statement of improvement, not itself an element of § 9792.20. */
  GLOBAL_IMPROVEMENT_REPORT;

  /**
   * How the value is written for a reader, on its own (a heading, a table cell, a line of the
   * command line's output), e.g. {@code "Global report of improvement"}.
   */
  public String displayName() {
    return switch (this) {
      case ADL_IMPROVEMENT -> "Improvement in activities of daily living";
      case WORK_RESTRICTION_REDUCTION -> "Reduction in work restrictions";
      case REDUCED_TREATMENT_DEPENDENCY -> "Reduced dependency on medical treatment";
      case GLOBAL_IMPROVEMENT_REPORT -> "Global report of improvement";
    };
  }
}
