package org.openimr.peers;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.openimr.model.ClinicalFinding;

/**
 * Drools fact: one clinical finding the record documents.
 *
 * @param finding the finding
 */
@API(status = INTERNAL)
public record FindingFact(ClinicalFinding finding) {
  public ClinicalFinding getFinding() {
    return finding;
  }
}
