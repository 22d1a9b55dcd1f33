package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Who publishes a guideline, and so where it stands in the medical evidence search sequence. */
@API(status = STABLE, since = "0.1")
public enum GuidelineSource {
  /** California's Medical Treatment Utilization Schedule, asked first. */
  MTUS(EvidenceTier.MTUS),
  /** The American College of Occupational and Environmental Medicine practice guidelines. */
  ACOEM(EvidenceTier.RECOGNIZED_GUIDELINE),
  /** The Official Disability Guidelines. */
  ODG(EvidenceTier.RECOGNIZED_GUIDELINE),
  /** Another nationally recognized treatment guideline. */
  OTHER_GUIDELINE(EvidenceTier.OTHER_GUIDELINE),
  /** A peer-reviewed scientific and medical study. */
  PEER_REVIEWED(EvidenceTier.PEER_REVIEWED_STUDY),
  /** Any other source, e.g. a payer policy; asked last. */
  OTHER(EvidenceTier.OTHER);

  private final EvidenceTier tier;

  GuidelineSource(EvidenceTier tier) {
    this.tier = tier;
  }

  /** Where this source stands in the medical evidence search sequence (8 CCR § 9792.21.1). */
  public EvidenceTier tier() {
    return tier;
  }

  /**
   * How the value is written for a reader, on its own (a heading, a table cell, a line of the
   * command line's output), e.g. {@code "Other"}.
   */
  public String displayName() {
    return switch (this) {
      case MTUS -> "MTUS";
      case ACOEM -> "ACOEM";
      case ODG -> "ODG";
      case OTHER_GUIDELINE -> "Other guideline";
      case PEER_REVIEWED -> "Peer-reviewed study";
      case OTHER -> "Other";
    };
  }
}
