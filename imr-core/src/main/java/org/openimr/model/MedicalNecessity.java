package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Whether a disputed item is medically necessary, or why that could not be decided. */
@API(status = STABLE, since = "0.1")
public enum MedicalNecessity {
  /** Medically necessary: every criterion checked is met or does not apply. */
  NECESSARY,
  /** Not medically necessary: at least one criterion is not met or not documented. */
  NOT_NECESSARY,
  /** No decision: no guideline covers the item, the record lacks what it needs, or it failed. */
  NOT_EVALUABLE;

  /**
   * How the value is written for a reader, on its own (a heading, a table cell, a line of the
   * command line's output), e.g. {@code "Not medically necessary"}.
   */
  public String displayName() {
    return switch (this) {
      case NECESSARY -> "Medically necessary";
      case NOT_NECESSARY -> "Not medically necessary";
      case NOT_EVALUABLE -> "Not evaluable";
    };
  }
}
