package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The diagnosis code system a code belongs to. Letters from 2013 to 2015 still use ICD-9. */
@API(status = STABLE, since = "0.1")
public enum CodeSystem {
  /** ICD-9-CM, e.g. {@code 722.10}. */
  ICD_9_CM,
  /** ICD-10-CM, e.g. {@code M51.26}. */
  ICD_10_CM
}
