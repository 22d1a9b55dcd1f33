package org.openimr.guidelines.mtus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.ClinicalFinding;
import org.openimr.model.Diagnosis;
import org.openimr.model.DisputedItem;
import org.openimr.model.FunctionalElement;
import org.openimr.model.FunctionalImprovementEvidence;
import org.openimr.model.Modality;
import org.openimr.model.Patient;
import org.openimr.model.PriorTreatment;
import org.openimr.model.Sex;
import org.openimr.model.Surgery;
import org.openimr.model.TreatmentRequest;
import org.openimr.model.UrDecision;

/**
 * A terse way to write the cases of the physical medicine scenarios: a request in shorthand, then
 * only what the scenario is about. Dates are counted back from the request date.
 */
final class PhysicalMedicineCase {
  static final LocalDate INJURY = LocalDate.of(2013, 1, 10);
  static final LocalDate REQUEST = LocalDate.of(2014, 3, 3);

  private final String shorthand;
  private LocalDate injury = INJURY;
  private LocalDate request = REQUEST;
  private final List<Diagnosis> diagnoses = new ArrayList<>();
  private final List<Surgery> surgeries = new ArrayList<>();
  private final List<PriorTreatment> history = new ArrayList<>();
  private final Set<ClinicalFinding> findings = EnumSet.noneOf(ClinicalFinding.class);
  private final List<FunctionalImprovementEvidence> improvement = new ArrayList<>();
  private final List<BodyRegion> injured = new ArrayList<>();

  private PhysicalMedicineCase(String shorthand) {
    this.shorthand = shorthand;
  }

  /** A case disputing one request, e.g. {@code "PT 2x6 shoulder"}. */
  static PhysicalMedicineCase request(String shorthand) {
    return new PhysicalMedicineCase(shorthand);
  }

  PhysicalMedicineCase injuredOn(LocalDate date) {
    injury = date;
    return this;
  }

  PhysicalMedicineCase requestedOn(LocalDate date) {
    request = date;
    return this;
  }

  PhysicalMedicineCase injured(BodyRegion region) {
    injured.add(region);
    return this;
  }

  PhysicalMedicineCase diagnosis(Diagnosis diagnosis) {
    diagnoses.add(diagnosis);
    return this;
  }

  /** A surgery some days before the request, without a diagnosis code. */
  PhysicalMedicineCase surgery(String procedure, BodyRegion region, int daysBefore) {
    surgeries.add(
        Surgery.builder()
            .procedure(procedure)
            .region(region)
            .date(request.minusDays(daysBefore))
            .build());
    return this;
  }

  /** A surgery some days before the request, for a diagnosis. */
  PhysicalMedicineCase surgery(
      String procedure, BodyRegion region, int daysBefore, Diagnosis diagnosis) {
    surgeries.add(
        Surgery.builder()
            .procedure(procedure)
            .region(region)
            .date(request.minusDays(daysBefore))
            .diagnosis(diagnosis)
            .build());
    return this;
  }

  /** A prior course with its completed visits, undated. */
  PhysicalMedicineCase prior(Modality modality, BodyRegion region, int completed) {
    history.add(
        PriorTreatment.builder()
            .modality(modality)
            .region(region)
            .sessionsCompleted(completed)
            .build());
    return this;
  }

  /** A prior course that started and ended some days before the request. */
  PhysicalMedicineCase prior(
      Modality modality,
      BodyRegion region,
      int completed,
      int startedDaysBefore,
      int endedDaysBefore) {
    history.add(
        PriorTreatment.builder()
            .modality(modality)
            .region(region)
            .sessionsCompleted(completed)
            .startDate(request.minusDays(startedDaysBefore))
            .endDate(request.minusDays(endedDaysBefore))
            .build());
    return this;
  }

  /** A prior course whose completed visits the record does not state. */
  PhysicalMedicineCase priorUncounted(Modality modality, BodyRegion region) {
    history.add(PriorTreatment.builder().modality(modality).region(region).build());
    return this;
  }

  /** A prior course, dated, whose completed visits the record does not state. */
  PhysicalMedicineCase priorUncounted(
      Modality modality, BodyRegion region, int startedDaysBefore, int endedDaysBefore) {
    history.add(
        PriorTreatment.builder()
            .modality(modality)
            .region(region)
            .startDate(request.minusDays(startedDaysBefore))
            .endDate(request.minusDays(endedDaysBefore))
            .build());
    return this;
  }

  /** Functional improvement as § 9792.20 defines it, measured, attributed to a modality. */
  PhysicalMedicineCase improvementAttributedTo(Modality modality) {
    for (FunctionalElement element :
        List.of(
            FunctionalElement.ADL_IMPROVEMENT, FunctionalElement.REDUCED_TREATMENT_DEPENDENCY)) {
      improvement.add(
          FunctionalImprovementEvidence.builder()
              .element(element)
              .objective(true)
              .documentedOn(request.minusDays(7))
              .attributedTo(modality)
              .build());
    }
    return this;
  }

  /** Improvement in daily activities measured at a visit, and nothing about dependency. */
  PhysicalMedicineCase activityImprovementOnly() {
    return evidence(FunctionalElement.ADL_IMPROVEMENT, true, request.minusDays(7));
  }

  /** Functional improvement as § 9792.20 defines it, measured objectively. */
  PhysicalMedicineCase improvement() {
    return evidence(FunctionalElement.ADL_IMPROVEMENT, true, request.minusDays(7))
        .evidence(FunctionalElement.REDUCED_TREATMENT_DEPENDENCY, true, request.minusDays(7));
  }

  /**
   * Improvement in daily activities measured at a visit, but a reduced dependency on treatment only
   * reported by the patient: element (3) of § 9792.20 is not measured.
   */
  PhysicalMedicineCase improvementWithReportedDependency() {
    return evidence(FunctionalElement.ADL_IMPROVEMENT, true, request.minusDays(7))
        .evidence(FunctionalElement.REDUCED_TREATMENT_DEPENDENCY, false, request.minusDays(7));
  }

  /** Both elements measured, but the record does not say at which visit: not documented. */
  PhysicalMedicineCase undatedImprovement() {
    return evidence(FunctionalElement.ADL_IMPROVEMENT, true, null)
        .evidence(FunctionalElement.REDUCED_TREATMENT_DEPENDENCY, true, null);
  }

  private PhysicalMedicineCase evidence(
      FunctionalElement element, boolean objective, @Nullable LocalDate documentedOn) {
    FunctionalImprovementEvidence.Builder e =
        FunctionalImprovementEvidence.builder().element(element).objective(objective);
    if (documentedOn != null) {
      e.documentedOn(documentedOn);
    }
    improvement.add(e.build());
    return this;
  }

  /** A global report such as "55% better", which is not functional improvement. */
  PhysicalMedicineCase reportedImprovement() {
    improvement.add(
        FunctionalImprovementEvidence.builder()
            .element(FunctionalElement.GLOBAL_IMPROVEMENT_REPORT)
            .objective(false)
            .description("55% better")
            .build());
    return this;
  }

  PhysicalMedicineCase finding(ClinicalFinding... documented) {
    findings.addAll(List.of(documented));
    return this;
  }

  Case build() {
    TreatmentRequest parsed = TreatmentRequest.parse(shorthand);
    return Case.builder()
        .caseNumber("CM14-0000001")
        .patient(Patient.builder().age(45).sex(Sex.FEMALE).build())
        .dateOfInjury(injury)
        .requestDate(request)
        .injuredRegions(injured)
        .diagnoses(diagnoses)
        .surgeries(surgeries)
        .treatmentHistory(history)
        .findings(findings)
        .functionalImprovement(improvement)
        .addDisputedItems(
            DisputedItem.builder()
                .id("1")
                .requestedAs(shorthand)
                .request(parsed)
                .urDecision(UrDecision.denied())
                .build())
        .build()
        .requireValid();
  }

  @Override
  public String toString() {
    return shorthand;
  }
}
