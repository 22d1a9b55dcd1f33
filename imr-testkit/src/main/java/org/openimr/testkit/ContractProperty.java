package org.openimr.testkit;

import org.openimr.spi.GuidelineEvaluator;

/** The properties of {@link EvaluatorContract}, with the names failures carry. */
enum ContractProperty {
  DETERMINISTIC("deterministic"),
  NEVER_THROWS("never throws on a valid case"),
  THREAD_SAFE("thread-safe"),
  APPLICABILITY_AGREES("applicability and evaluation agree"),
  DECISIONS_CITE("every decision cites"),
  NON_MET_CRITERIA_CITE("every non-MET criterion cites"),
  STABLE_CRITERION_IDS("criterion ids are stable"),
  IDENTIFIERS_UNUSED("patient identifiers neither decide nor appear"),
  MONOTONE_IN_REQUESTED_SESSIONS("monotone in requested sessions"),
  MONOTONE_IN_DOCUMENTED_IMPROVEMENT("monotone in documented improvement"),
  UPPER_BOUND_ON_SESSIONS("upper bound on sessions");

  private final String label;

  ContractProperty(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  /**
   * The failure of this property, naming it and the evaluator. {@code detail} names items, fields
   * and statuses, never case values: the shrunk case itself is shown by jqwik, with identifiers
   * redacted.
   */
  ContractViolation violated(GuidelineEvaluator evaluator, String detail) {
    return new ContractViolation(prefix(evaluator) + detail, detail);
  }

  ContractViolation violated(GuidelineEvaluator evaluator, String detail, Throwable cause) {
    return new ContractViolation(prefix(evaluator) + detail, detail, cause);
  }

  private String prefix(GuidelineEvaluator evaluator) {
    String id;
    try {
      id = evaluator.id();
    } catch (RuntimeException e) {
      id = evaluator.getClass().getName();
    }
    return "Contract property '" + label + "' violated by evaluator " + id + ": ";
  }
}
