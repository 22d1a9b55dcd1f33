package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The patient's sex as the record states it. */
@API(status = STABLE, since = "0.1")
public enum Sex {
  /** Female. */
  FEMALE,
  /** Male. */
  MALE,
  /** Recorded, but neither female nor male. */
  OTHER,
  /** Not stated in the record. */
  NOT_DOCUMENTED;

  /**
   * How the value is written for a reader, on its own (a heading, a table cell, a line of the
   * command line's output), e.g. {@code "Not documented"}.
   */
  public String displayName() {
    return switch (this) {
      case FEMALE -> "Female";
      case MALE -> "Male";
      case OTHER -> "Other";
      case NOT_DOCUMENTED -> "Not documented";
    };
  }
}
