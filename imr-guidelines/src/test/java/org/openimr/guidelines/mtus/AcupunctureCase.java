package org.openimr.guidelines.mtus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.openimr.json.ImrJson;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.ClinicalFinding;
import org.openimr.model.DisputedItem;
import org.openimr.model.FunctionalElement;
import org.openimr.model.FunctionalImprovementEvidence;
import org.openimr.model.Modality;
import org.openimr.model.PainMedicationStatus;
import org.openimr.model.Patient;
import org.openimr.model.PriorTreatment;
import org.openimr.model.Sex;
import org.openimr.model.Surgery;
import org.openimr.model.TreatmentRequest;
import org.openimr.model.UrDecision;

/**
 * Small, readable acupuncture cases for tests: a request in shorthand, then only the facts a
 * scenario is about. Defaults: requested on 2014-02-09 (the 2009 edition), nothing else documented.
 */
final class AcupunctureCase {
  static final LocalDate REQUEST_DATE = LocalDate.of(2014, 2, 9);
  private static final LocalDate INJURY = LocalDate.of(2013, 10, 10);

  /** Marker strings planted in identifying and free-text fields; they must never be echoed. */
  static final String MARKER = "ZQXMARKER";

  private final String shorthand;
  private final TreatmentRequest request;
  private LocalDate requestDate = REQUEST_DATE;
  private PainMedicationStatus painMedication = PainMedicationStatus.NOT_DOCUMENTED;
  private final Set<ClinicalFinding> findings = EnumSet.noneOf(ClinicalFinding.class);
  private final List<BodyRegion> surgeries = new ArrayList<>();
  private final List<PriorTreatment.Builder> history = new ArrayList<>();
  private final List<Evidence> evidence = new ArrayList<>();

  private record Evidence(
      FunctionalElement element, boolean objective, boolean dated, Modality by) {}

  private AcupunctureCase(String shorthand) {
    this.shorthand = shorthand;
    this.request = TreatmentRequest.parse(shorthand);
  }

  /** A request as written, e.g. {@code "Acupuncture 2x3 low back"}; nothing else documented. */
  static AcupunctureCase request(String shorthand) {
    return new AcupunctureCase(shorthand);
  }

  /** A first trial with its indication documented: pain medication reduced. */
  static AcupunctureCase firstTrial(String shorthand) {
    return request(shorthand).painMedication(PainMedicationStatus.REDUCED);
  }

  /** A request after six completed acupuncture sessions for the same region, no improvement. */
  static AcupunctureCase extension(String shorthand) {
    return request(shorthand).priorAcupuncture(6);
  }

  /** The case behind the seed letter, as the examples module ships it. */
  static Case seed() {
    try {
      return ImrJson.standard()
          .readCase(
              Files.readAllBytes(
                  Path.of(
                      "../imr-testkit/src/main/resources/org/openimr/testkit/cases/seed-case.json")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  AcupunctureCase requestedOn(LocalDate date) {
    this.requestDate = date;
    return this;
  }

  AcupunctureCase painMedication(PainMedicationStatus status) {
    this.painMedication = status;
    return this;
  }

  AcupunctureCase findings(ClinicalFinding... documented) {
    findings.addAll(List.of(documented));
    return this;
  }

  AcupunctureCase surgeryOn(BodyRegion region) {
    surgeries.add(region);
    return this;
  }

  /** Completed acupuncture sessions for the request's region. */
  AcupunctureCase priorAcupuncture(int completed) {
    history.add(priorAcupunctureCourse().sessionsCompleted(completed));
    return this;
  }

  AcupunctureCase priorAcupunctureFor(BodyRegion region, int completed) {
    history.add(
        PriorTreatment.builder()
            .modality(Modality.ACUPUNCTURE)
            .region(region)
            .sessionsCompleted(completed));
    return this;
  }

  /** Prior acupuncture for the request's region whose completed sessions the record omits. */
  AcupunctureCase priorAcupunctureWithoutCount() {
    history.add(priorAcupunctureCourse().sessionsAuthorized(6));
    return this;
  }

  /** Objective, dated improvement in an element, attributed to acupuncture. */
  AcupunctureCase improvement(FunctionalElement element) {
    evidence.add(new Evidence(element, true, true, Modality.ACUPUNCTURE));
    return this;
  }

  /** Improvement in activities of daily living and in dependency on treatment: all of § 9792.20. */
  AcupunctureCase completeImprovement() {
    return improvement(FunctionalElement.ADL_IMPROVEMENT)
        .improvement(FunctionalElement.REDUCED_TREATMENT_DEPENDENCY);
  }

  AcupunctureCase improvementAttributedTo(FunctionalElement element, Modality modality) {
    evidence.add(new Evidence(element, true, true, modality));
    return this;
  }

  /** Reported by the patient, not measured in the history and physical exam. */
  AcupunctureCase subjectiveImprovement(FunctionalElement element) {
    evidence.add(new Evidence(element, false, true, Modality.ACUPUNCTURE));
    return this;
  }

  /** Objective, but not dated to an evaluation visit. */
  AcupunctureCase undatedImprovement(FunctionalElement element) {
    evidence.add(new Evidence(element, true, false, Modality.ACUPUNCTURE));
    return this;
  }

  AcupunctureCase globalImprovementReport() {
    evidence.add(
        new Evidence(FunctionalElement.GLOBAL_IMPROVEMENT_REPORT, false, false, Modality.OTHER));
    return this;
  }

  Case build() {
    LocalDate injury =
        requestDate.isBefore(INJURY.plusDays(90)) ? requestDate.minusDays(120) : INJURY;
    Case.Builder c =
        Case.builder()
            .caseNumber("CM14-0000001")
            .patient(
                Patient.builder()
                    .age(61)
                    .sex(Sex.FEMALE)
                    .occupation("nurse")
                    .name(MARKER + " Name")
                    .dateOfBirth(LocalDate.of(1952, 3, 4))
                    .claimNumber(MARKER + "-CLAIM")
                    .build())
            .dateOfInjury(injury)
            .requestDate(requestDate)
            .painMedication(painMedication)
            .findings(findings);
    request.region().ifPresent(c::addInjuredRegions);
    for (BodyRegion region : surgeries) {
      c.addSurgeries(
          Surgery.builder()
              .procedure("procedure " + MARKER)
              .region(region)
              .date(requestDate.minusDays(60))
              .build());
    }
    for (PriorTreatment.Builder t : history) {
      c.addTreatmentHistory(t.documentedOutcome("some relief " + MARKER).build());
    }
    for (Evidence e : evidence) {
      FunctionalImprovementEvidence.Builder b =
          FunctionalImprovementEvidence.builder()
              .element(e.element())
              .objective(e.objective())
              .source("PR-2 " + MARKER)
              .description("improvement " + MARKER);
      if (e.dated()) {
        b.documentedOn(requestDate.minusDays(7));
      }
      if (e.by() != Modality.OTHER) {
        b.attributedTo(e.by());
      }
      c.addFunctionalImprovement(b.build());
    }
    return c.addDisputedItems(
            DisputedItem.builder()
                .id("1")
                .requestedAs(shorthand)
                .request(request)
                .urDecision(UrDecision.denied())
                .build())
        .build();
  }

  private PriorTreatment.Builder priorAcupunctureCourse() {
    PriorTreatment.Builder t = PriorTreatment.builder().modality(Modality.ACUPUNCTURE);
    request.region().ifPresent(t::region);
    return t;
  }
}
