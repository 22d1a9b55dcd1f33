package org.openimr.peers;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openimr.model.BodyRegion;
import org.openimr.model.Modality;
import org.openimr.model.PainMedicationStatus;
import org.openimr.model.TreatmentRequest;

/** Drools fact: the acupuncture request and the case's pain medication, as bean properties. */
@API(status = INTERNAL)
public final class AcupunctureRequest {
  private final boolean electroacupuncture;
  private final @Nullable BodyRegion region;
  private final int totalSessions;
  private final @Nullable Integer frequencyMax;
  private final @Nullable Integer weeks;
  private final PainMedicationStatus painMedication;

  AcupunctureRequest(TreatmentRequest request, PainMedicationStatus painMedication) {
    this.electroacupuncture =
        request.modality().orElse(Modality.ACUPUNCTURE) == Modality.ELECTROACUPUNCTURE;
    this.region = request.region().orElse(null);
    this.totalSessions = request.totalSessions();
    this.frequencyMax = request.frequency().map(f -> f.max()).orElse(null);
    this.weeks = request.weeks().orElse(null);
    this.painMedication = painMedication;
  }

  public boolean isElectroacupuncture() {
    return electroacupuncture;
  }

  /** The region the request names; null when it names none. */
  public @Nullable BodyRegion getRegion() {
    return region;
  }

  public int getTotalSessions() {
    return totalSessions;
  }

  /** The most sessions a week the request states; null when it states no frequency. */
  public @Nullable Integer getFrequencyMax() {
    return frequencyMax;
  }

  /** The weeks the request states; null when it states none. */
  public @Nullable Integer getWeeks() {
    return weeks;
  }

  public PainMedicationStatus getPainMedication() {
    return painMedication;
  }
}
