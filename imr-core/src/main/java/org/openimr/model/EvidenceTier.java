package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A step of the medical evidence search sequence of 8 CCR § 9792.21.1, in order: a reviewer looks
 * at a later tier only when the earlier ones do not address the condition.
 */
@API(status = STABLE, since = "0.1")
public enum EvidenceTier {
  /** The MTUS, presumed correct on what it covers (§ 9792.21.1(a)(1)). */
  MTUS("§ 9792.21.1(a)(1)"),
  /** The most current ACOEM or ODG guidelines (§ 9792.21.1(a)(2)(A)). */
  RECOGNIZED_GUIDELINE("§ 9792.21.1(a)(2)(A)"),
  /** Other evidence-based, nationally recognized guidelines (§ 9792.21.1(a)(2)(B)). */
  OTHER_GUIDELINE("§ 9792.21.1(a)(2)(B)"),
  /** Peer-reviewed scientific studies (§ 9792.21.1(a)(2)(C)). */
  PEER_REVIEWED_STUDY("§ 9792.21.1(a)(2)(C)"),
  /** Anything else: a payer's policy, another state's rules, expert opinion. */
  OTHER("none");

  private final String section;

  EvidenceTier(String section) {
    this.section = section;
  }

  /** Where § 9792.21.1 places this tier, or {@code "none"}. */
  public String section() {
    return section;
  }

  /**
   * How the value is written for a reader, on its own (a heading, a table cell, a line of the
   * command line's output), e.g. {@code "Other"}.
   */
  public String displayName() {
    return switch (this) {
      case MTUS -> "MTUS";
      case RECOGNIZED_GUIDELINE -> "Recognized guideline (ACOEM, ODG)";
      case OTHER_GUIDELINE -> "Other guideline";
      case PEER_REVIEWED_STUDY -> "Peer-reviewed study";
      case OTHER -> "Other";
    };
  }
}
