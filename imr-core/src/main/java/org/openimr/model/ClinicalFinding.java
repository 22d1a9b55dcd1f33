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
  EMPLOYER_AUTHORIZED_ADDITIONAL_VISITS;

  /**
   * How the value is written for a reader, on its own (a heading, a table cell, a line of the
   * command line's output), e.g. {@code "Employer-authorized additional visits"}.
   */
  public String displayName() {
    return switch (this) {
      case CHRONIC_PAIN -> "Chronic pain";
      case RADIATING_PAIN -> "Radiating pain";
      case MUSCLE_SPASM -> "Muscle spasm";
      case INFLAMMATION -> "Inflammation";
      case SCAR_TISSUE_PAIN -> "Scar tissue pain";
      case PAIN_IN_MULTIPLE_SITES -> "Pain in multiple sites";
      case ACTIVE_PHYSICAL_REHABILITATION -> "Active physical rehabilitation";
      case REDUCED_WEIGHT_BEARING_DESIRABLE -> "Reduced weight bearing desirable";
      case HOME_EXERCISE_PROGRAM -> "Home exercise program";
      case RETURNED_TO_WORK -> "Returned to work";
      case MAINTENANCE_CARE -> "Maintenance care";
      case EMPLOYER_AUTHORIZED_ADDITIONAL_VISITS -> "Employer-authorized additional visits";
    };
  }
}
