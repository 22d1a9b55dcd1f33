package org.openimr.guidelines.mtus;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * One or more content packs are not valid, or do not fit together: carries every problem found,
 * each with its JSON path. The message lists them all, one a line, and quotes nothing from a pack
 * but its id and file name.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ContentPackException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an immutable list of immutable values
  private final List<ContentProblem> problems;

  ContentPackException(List<ContentProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, in the order found. */
  public List<ContentProblem> problems() {
    return problems;
  }

  private static String message(List<ContentProblem> problems) {
    StringBuilder text =
        new StringBuilder()
            .append(problems.size())
            .append(problems.size() == 1 ? " problem" : " problems")
            .append(" in content packs:");
    for (ContentProblem p : problems) {
      text.append(System.lineSeparator()).append("  ").append(p);
    }
    return text.toString();
  }
}
