package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The result of checking one guideline criterion against a case. */
@API(status = STABLE, since = "0.1")
public enum CriterionStatus {
  /** The case meets the criterion. */
  MET,
  /** The case does not meet the criterion; it counts against the request. */
  NOT_MET,
  /** The record does not document what the criterion needs; it counts against the request. */
  NOT_DOCUMENTED,
  /** The criterion does not apply to this request (e.g. extension rules for a first trial). */
  NOT_APPLICABLE;

  /** Whether this status stands in the way of the request. */
  public boolean isAdverse() {
    return this == NOT_MET || this == NOT_DOCUMENTED;
  }

  /**
   * How the value is written for a reader, on its own (a heading, a table cell, a line of the
   * command line's output), e.g. {@code "Not applicable"}.
   */
  public String displayName() {
    return switch (this) {
      case MET -> "Met";
      case NOT_MET -> "Not met";
      case NOT_DOCUMENTED -> "Not documented";
      case NOT_APPLICABLE -> "Not applicable";
    };
  }
}
