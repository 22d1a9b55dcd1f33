package org.openimr.letter;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Text could not be read as a final determination letter, or a parsed letter does not hold what a
 * case needs. The only exception {@link LetterParser} throws, whatever its input. The message names
 * what is missing, never text from the input, so it carries no patient data.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class LetterParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Problem problem;

  LetterParseException(Problem problem, String message) {
    super(message);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }

  /** What went wrong, for callers that count or route failures. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public enum Problem {
    /** The input is empty or white space only. */
    EMPTY,
    /** The input is longer than the parser's maximum. */
    TOO_LONG,
    /** The input has none of the headings that mark a known letter layout. */
    NO_KNOWN_LAYOUT,
    /** The letter was read, but lacks what a case needs (e.g. the patient's age). */
    NOT_A_CASE,
    /** A letter file could not be read (batch re-review only). */
    UNREADABLE_FILE,
    /** The parser failed; a bug. The input is not echoed. */
    INTERNAL_ERROR;

    /**
     * How the value is written for a reader, on its own (a heading, a table cell, a line of the
     * command line's output), e.g. {@code "Too long"}.
     */
    public String displayName() {
      return switch (this) {
        case EMPTY -> "Empty";
        case TOO_LONG -> "Too long";
        case NO_KNOWN_LAYOUT -> "No known layout";
        case NOT_A_CASE -> "Not a case";
        case UNREADABLE_FILE -> "Unreadable file";
        case INTERNAL_ERROR -> "Internal error";
      };
    }
  }
}
