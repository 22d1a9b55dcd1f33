package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** What utilization review did with a request. Only denials, modifications and delays reach IMR. */
@API(status = STABLE, since = "0.1")
public enum UrOutcome {
  /** Denied. */
  DENIED,
  /** Approved in part, e.g. 6 of 12 visits. */
  MODIFIED,
  /** Delayed: the decision was deferred. */
  DELAYED;

  /**
   * How the value is written for a reader, on its own (a heading, a table cell, a line of the
   * command line's output), e.g. {@code "Delayed"}.
   */
  public String displayName() {
    return switch (this) {
      case DENIED -> "Denied";
      case MODIFIED -> "Modified";
      case DELAYED -> "Delayed";
    };
  }
}
