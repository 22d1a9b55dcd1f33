package org.openimr.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Who publishes a guideline, and so where it stands in the medical evidence search sequence. */
@API(status = STABLE, since = "0.1")
public enum GuidelineSource {
  MTUS(EvidenceTier.MTUS),
  ACOEM(EvidenceTier.RECOGNIZED_GUIDELINE),
  ODG(EvidenceTier.RECOGNIZED_GUIDELINE),
  OTHER_GUIDELINE(EvidenceTier.OTHER_GUIDELINE),
  PEER_REVIEWED(EvidenceTier.PEER_REVIEWED_STUDY),
  OTHER(EvidenceTier.OTHER);

  private final EvidenceTier tier;

  GuidelineSource(EvidenceTier tier) {
    this.tier = tier;
  }

  public EvidenceTier tier() {
    return tier;
  }
}
