package org.openimr.peers;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openimr.model.BodyRegion;
import org.openimr.model.Modality;
import org.openimr.model.PriorTreatment;

/** Drools fact: one prior course of treatment; a count the record does not state is null. */
@API(status = INTERNAL)
public final class PriorCourse {
  private final Modality modality;
  private final @Nullable BodyRegion region;
  private final @Nullable Integer completed;
  private final @Nullable Integer authorized;

  PriorCourse(PriorTreatment t) {
    this.modality = t.modality();
    this.region = t.region().orElse(null);
    this.completed = t.sessionsCompleted().orElse(null);
    this.authorized = t.sessionsAuthorized().orElse(null);
  }

  public Modality getModality() {
    return modality;
  }

  public @Nullable BodyRegion getRegion() {
    return region;
  }

  public @Nullable Integer getCompleted() {
    return completed;
  }

  public @Nullable Integer getAuthorized() {
    return authorized;
  }
}
