package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The diagnosis code system a code belongs to. Letters from 2013 to 2015 still use ICD-9. */
@API(status = STABLE, since = "0.1")
public enum CodeSystem {
  /** ICD-9-CM, e.g. {@code 722.10}. */
  ICD_9_CM,
  /** ICD-10-CM, e.g. {@code M51.26}. */
  ICD_10_CM;

  /**
   * How the value is written for a reader, on its own (a heading, a table cell, a line of the
   * command line's output), e.g. {@code "ICD-10-CM"}.
   */
  public String displayName() {
    return switch (this) {
      case ICD_9_CM -> "ICD-9-CM";
      case ICD_10_CM -> "ICD-10-CM";
    };
  }
}
