package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What the record says of the patient's pain medication (an acupuncture indication, §
 * 9792.24.1(a)(1)).
 */
@API(status = STABLE, since = "0.1")
public enum PainMedicationStatus {
  /** The record says nothing of pain medication. */
  NOT_DOCUMENTED,
  /** Taken as before; neither reduced nor poorly tolerated. */
  UNCHANGED,
  /** Pain medication was reduced. */
  REDUCED,
  /** Pain medication is not tolerated. */
  NOT_TOLERATED;

  /**
   * How the value is written for a reader, on its own (a heading, a table cell, a line of the
   * command line's output), e.g. {@code "Not tolerated"}.
   */
  public String displayName() {
    return switch (this) {
      case NOT_DOCUMENTED -> "Not documented";
      case UNCHANGED -> "Unchanged";
      case REDUCED -> "Reduced";
      case NOT_TOLERATED -> "Not tolerated";
    };
  }
}
