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
  NOT_DOCUMENTED
}
