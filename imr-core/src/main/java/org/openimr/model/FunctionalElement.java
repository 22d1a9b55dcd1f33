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
  GLOBAL_IMPROVEMENT_REPORT
}
