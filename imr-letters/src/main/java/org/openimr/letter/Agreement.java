package org.openimr.letter;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** How the library's decision on an item compares with the published letter's. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Agreement {
  /** Both upheld, or both overturned. */
  AGREE,
  /** One upheld, the other overturned. */
  DISAGREE,
  /** The letter states no decision, or the library could not decide; the reason says which. */
  NOT_EVALUABLE;

  /**
   * How the value is written for a reader, on its own (a heading, a table cell, a line of the
   * command line's output), e.g. {@code "Disagree"}.
   */
  public String displayName() {
    return switch (this) {
      case AGREE -> "Agree";
      case DISAGREE -> "Disagree";
      case NOT_EVALUABLE -> "Not evaluable";
    };
  }
}
