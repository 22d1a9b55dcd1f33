package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A documented clinical fact that guideline criteria ask about and that has no field of its own. A
 * finding is either in a case's set (documented) or not (not documented).
 */
@API(status = STABLE, since = "0.1")
public enum ClinicalFinding {
  /** Pain persisting beyond the anticipated time of healing (§ 9792.20, chronic pain). */
  CHRONIC_PAIN,
  /** Pain radiating along a nerve. */
  RADIATING_PAIN,
  /** Muscle spasm. */
  MUSCLE_SPASM,
  /** Inflammation. */
  INFLAMMATION,
  /** Pain from scar tissue. */
  SCAR_TISSUE_PAIN,
  /** Pain in more than one site. */
  PAIN_IN_MULTIPLE_SITES,
  /** The patient is in, or about to start, active physical rehabilitation. */
  ACTIVE_PHYSICAL_REHABILITATION,
  /** Reduced weight bearing is documented as desirable (e.g. extreme obesity). */
  REDUCED_WEIGHT_BEARING_DESIRABLE,
  /** The patient follows a home exercise program. */
  HOME_EXERCISE_PROGRAM,
  /** The patient returned to work. */
  RETURNED_TO_WORK,
  /** The treatment requested is elective or maintenance care rather than for a flare-up. */
  MAINTENANCE_CARE,
  /** The employer agreed in writing to visits beyond the statutory cap (Labor Code 4604.5). */
  EMPLOYER_AUTHORIZED_ADDITIONAL_VISITS
}
