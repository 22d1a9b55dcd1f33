package org.openimr.testkit;

/**
 * A property of {@link EvaluatorContract} does not hold. The message names the property and the
 * evaluator; {@link #detail()} is what went wrong, without either.
 */
final class ContractViolation extends AssertionError {
  private static final long serialVersionUID = 1L;

  private final String detail;

  ContractViolation(String message, String detail) {
    super(message);
    this.detail = detail;
  }

  ContractViolation(String message, String detail, Throwable cause) {
    super(message, cause);
    this.detail = detail;
  }

  String detail() {
    return detail;
  }
}
