package org.openimr.peers;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.openimr.model.BodyRegion;

/**
 * Drools fact: a body region the case records, as an injured region or the region of a surgery.
 *
 * @param kind what the region is of
 * @param region the region
 */
@API(status = INTERNAL)
public record RegionFact(Kind kind, BodyRegion region) {
  /** What a region fact records. */
  @API(status = INTERNAL)
  public enum Kind {
    INJURED,
    SURGERY
  }

  public Kind getKind() {
    return kind;
  }

  public BodyRegion getRegion() {
    return region;
  }
}
