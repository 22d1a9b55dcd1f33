package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A case, or the JSON it was read from, is not valid. Carries every {@linkplain Violation
 * violation} found, not only the first. Its message lists paths and rules, never values, so it
 * carries no patient data.
 */
@API(status = STABLE, since = "0.1")
public final class InvalidCaseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an ImmutableList of immutable values
  private final ImmutableList<Violation> violations;

  /**
   * An exception reporting these violations; its message lists their paths and rules, never input
   * values.
   */
  public InvalidCaseException(List<Violation> violations) {
    super(message(violations));
    this.violations = ImmutableList.copyOf(violations);
  }

  /** Every problem found, in document order. Never empty. */
  public List<Violation> violations() {
    return violations;
  }

  private static String message(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an InvalidCaseException needs at least one violation");
    }
    return violations.size()
        + (violations.size() == 1 ? " problem" : " problems")
        + " in case: "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}
