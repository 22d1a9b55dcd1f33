package org.openimr.examples;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.LocalDate;
import org.apiguardian.api.API;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.DisputedItem;
import org.openimr.model.FunctionalElement;
import org.openimr.model.FunctionalImprovementEvidence;
import org.openimr.model.Modality;
import org.openimr.model.Patient;
import org.openimr.model.PriorTreatment;
import org.openimr.model.Sex;
import org.openimr.model.TreatmentRequest;
import org.openimr.model.UrDecision;
import org.openimr.model.UrOutcome;

/**
 * Builds the seed letter's case in code, equal to the testkit's {@code
 * org/openimr/testkit/cases/seed-case.json}; run by {@code ExamplesTest}.
 */
@API(status = INTERNAL, since = "0.1")
public final class BuildingACase {
  private BuildingACase() {}

  public static Case seedCase() {
    // tag::build-case[]
    Case imrCase =
        Case.builder()
            .caseNumber("SEED-c13123f40a8e530d")
            .patient(Patient.builder().age(61).sex(Sex.FEMALE).occupation("nurse").build())
            .dateOfInjury(LocalDate.of(2013, 10, 10))
            .requestDate(LocalDate.of(2014, 2, 9))
            .addInjuredRegions(BodyRegion.THORACIC_SPINE)
            .addTreatmentHistory(
                PriorTreatment.builder()
                    .modality(Modality.PHYSICAL_THERAPY)
                    .region(BodyRegion.THORACIC_SPINE)
                    .sessionsCompleted(12)
                    .documentedOutcome("some relief")
                    .build(),
                PriorTreatment.builder()
                    .modality(Modality.ACUPUNCTURE)
                    .region(BodyRegion.THORACIC_SPINE)
                    .sessionsCompleted(6)
                    .build())
            .addFunctionalImprovement(
                FunctionalImprovementEvidence.builder()
                    .element(FunctionalElement.GLOBAL_IMPROVEMENT_REPORT)
                    .objective(false) // "she feels 55% better" is not an objective measure
                    .description("55% improvement with conservative treatment")
                    .build())
            .addDisputedItems(
                DisputedItem.builder()
                    .id("1")
                    .requestedAs("Acupuncture 3x4")
                    .request(TreatmentRequest.parse("Acupuncture 3x4 thoracic spine"))
                    .urDecision(
                        UrDecision.builder()
                            .outcome(UrOutcome.DENIED)
                            .guidelineCited("MTUS Acupuncture Treatment Guidelines")
                            .build())
                    .build())
            .build();
    // end::build-case[]
    return imrCase;
  }
}
