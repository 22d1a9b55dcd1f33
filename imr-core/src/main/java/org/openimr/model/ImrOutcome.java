package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The IMR result relative to utilization review. IMR has no "modify": a request is authorized in
 * full or not at all.
 */
@API(status = STABLE, since = "0.1")
public enum ImrOutcome {
  /** The UR denial stands: the item is not medically necessary. */
  UPHELD,
  /** The UR denial is reversed: the item is medically necessary. */
  OVERTURNED;

  /** {@code "Upheld"} or {@code "Overturned"}, as letters write it. */
  public String displayName() {
    return this == UPHELD ? "Upheld" : "Overturned";
  }
}
