package org.openimr.cli;

import java.util.List;

/**
 * A problem with what the user gave the command line: printed as lines without a stack trace, and
 * the command exits with code 1. Each line names the file, the line for JSON Lines input, and the
 * field; none quotes a value from the input.
 */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an immutable list of strings
  private final List<String> lines;

  UserError(List<String> lines) {
    super(String.join("; ", lines), null, false, false);
    this.lines = List.copyOf(lines);
  }

  UserError(String line) {
    this(List.of(line));
  }

  List<String> lines() {
    return lines;
  }
}
