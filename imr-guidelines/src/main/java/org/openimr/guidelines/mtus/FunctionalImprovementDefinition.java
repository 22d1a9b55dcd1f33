package org.openimr.guidelines.mtus;

import org.openimr.model.FunctionalElement;
import org.openimr.model.FunctionalImprovementEvidence;

/**
 * What counts toward functional improvement as 8 CCR § 9792.20 defines it, in one place for every
 * evaluator: (1) a clinically significant improvement in activities of daily living or a reduction
 * in work restrictions, (2) measured in the history and physical exam and documented as part of the
 * evaluation, and (3) a reduction in the dependency on continued medical treatment.
 *
 * <p>Design notes: the record's evidence statements each name one element. A statement counts only
 * when it is objective (measured in the history and physical exam) and dated (documented at an
 * evaluation visit); the project reads (2) as applying to both (1) and (3), since both are findings
 * of the evaluation. A global report of improvement ("55% better") meets none of them.
 */
final class FunctionalImprovementDefinition {
  private FunctionalImprovementDefinition() {}

  /** Element (1): activities of daily living or work restrictions. */
  static boolean isFunction(FunctionalElement element) {
    return element == FunctionalElement.ADL_IMPROVEMENT
        || element == FunctionalElement.WORK_RESTRICTION_REDUCTION;
  }

  /** Element (3): the dependency on continued medical treatment. */
  static boolean isDependency(FunctionalElement element) {
    return element == FunctionalElement.REDUCED_TREATMENT_DEPENDENCY;
  }

  /** Element (2): measured in the history and physical exam and documented at a visit. */
  static boolean isMeasured(FunctionalImprovementEvidence e) {
    return e.objective() && e.documentedOn().isPresent();
  }
}
