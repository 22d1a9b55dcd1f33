package org.openimr.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.model.BodyRegion.LUMBAR_SPINE;
import static org.openimr.model.Modality.CHIROPRACTIC_MANIPULATION;

import java.time.LocalDate;
import net.jqwik.api.Example;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.ClinicalFinding;
import org.openimr.model.CriterionResult;
import org.openimr.model.CriterionStatus;
import org.openimr.model.Decision;
import org.openimr.model.DisputedItem;
import org.openimr.model.FunctionalElement;
import org.openimr.model.FunctionalImprovementEvidence;
import org.openimr.model.MedicalNecessity;
import org.openimr.model.Patient;
import org.openimr.model.PriorTreatment;
import org.openimr.model.Sex;
import org.openimr.model.TreatmentRequest;
import org.openimr.model.UrDecision;
import org.openimr.review.ImrReviewer;
import org.openimr.testkit.EvaluatorContract;
import org.openimr.testkit.ImrArbitraries;

/**
 * The example payer rule keeps the evaluator contract (the five lines of {@link #contract()}, shown
 * in the README) and decides the scenarios its policy describes.
 */
class PayerChiropracticVisitsTest implements EvaluatorContract {
  private static final LocalDate INJURY = LocalDate.of(2014, 3, 10);
  private static final LocalDate REQUEST = LocalDate.of(2014, 9, 2);

  @Override
  public EvaluatorContract.Spec contract() {
    // tag::contract[]
    return EvaluatorContract.of(new PayerChiropracticVisits())
        .on(ImrArbitraries.cases().modality(CHIROPRACTIC_MANIPULATION).region(LUMBAR_SPINE))
        .monotoneInRequestedSessions()
        .monotoneInDocumentedImprovement()
        .atMostSessions(PayerChiropracticVisits.MOST_VISITS);
    // end::contract[]
  }

  @Example
  void aFirstTrialOfSixVisitsForTheLowBackIsNecessary() {
    Decision d = decide(lowBack(6).build());

    assertThat(d.necessity()).isEqualTo(MedicalNecessity.NECESSARY);
    assertThat(status(d, "trial")).isEqualTo(CriterionStatus.MET);
  }

  @Example
  void aFirstRequestForTwelveVisitsIsNotNecessaryBecauseTheTrialIsSixWithoutImprovement() {
    Decision d = decide(lowBack(12).build());

    assertThat(d.necessity()).isEqualTo(MedicalNecessity.NOT_NECESSARY);
    assertThat(status(d, "trial")).isEqualTo(CriterionStatus.NOT_MET);
    assertThat(status(d, "extension")).isEqualTo(CriterionStatus.NOT_MET);
  }

  @Example
  void sixMoreVisitsAfterSixAreNecessaryOnceImprovementIsMeasured() {
    Case c =
        lowBack(6)
            .addTreatmentHistory(chiropractic(6))
            .addFunctionalImprovement(
                measured(FunctionalElement.ADL_IMPROVEMENT),
                measured(FunctionalElement.REDUCED_TREATMENT_DEPENDENCY))
            .build();

    Decision d = decide(c);

    assertThat(d.necessity()).isEqualTo(MedicalNecessity.NECESSARY);
    assertThat(status(d, "extension")).isEqualTo(CriterionStatus.MET);
  }

  @Example
  void sixMoreVisitsAfterSixAreNotNecessaryWhenTheImprovementIsOnlyReported() {
    Case c =
        lowBack(6)
            .addTreatmentHistory(chiropractic(6))
            .addFunctionalImprovement(
                FunctionalImprovementEvidence.builder()
                    .element(FunctionalElement.GLOBAL_IMPROVEMENT_REPORT)
                    .objective(false)
                    .description("feels 55% better")
                    .build())
            .build();

    Decision d = decide(c);

    assertThat(d.necessity()).isEqualTo(MedicalNecessity.NOT_NECESSARY);
    assertThat(status(d, "trial")).isEqualTo(CriterionStatus.NOT_MET);
  }

  @Example
  void maintenanceCareIsNotNecessaryHoweverFewTheVisits() {
    Decision d = decide(lowBack(2).addFindings(ClinicalFinding.MAINTENANCE_CARE).build());

    assertThat(d.necessity()).isEqualTo(MedicalNecessity.NOT_NECESSARY);
    assertThat(status(d, "maintenance-care")).isEqualTo(CriterionStatus.NOT_MET);
  }

  @Example
  void anEarlierCourseWithoutACountOfVisitsIsNotDocumentedAndCountsAgainstTheRequest() {
    Case c =
        lowBack(4)
            .addTreatmentHistory(
                PriorTreatment.builder().modality(CHIROPRACTIC_MANIPULATION).build())
            .build();

    Decision d = decide(c);

    assertThat(d.necessity()).isEqualTo(MedicalNecessity.NOT_NECESSARY);
    assertThat(status(d, "earlier-visits")).isEqualTo(CriterionStatus.NOT_DOCUMENTED);
  }

  @Example
  void theKneeIsNotCoveredSoTheReviewerDecidesNothing() {
    Case c = caseFor(request(6).region(BodyRegion.KNEE).build()).build();

    Decision d =
        ImrReviewer.builder()
            .register(new PayerChiropracticVisits())
            .build()
            .decide(c, c.disputedItems().get(0));

    assertThat(d.necessity()).isEqualTo(MedicalNecessity.NOT_EVALUABLE);
    assertThat(d.evaluatorId()).isEqualTo(ImrReviewer.REVIEWER_ID);
    assertThat(d.rationale()).contains("low back only");
  }

  private static Decision decide(Case c) {
    return ImrReviewer.builder()
        .register(new PayerChiropracticVisits())
        .build()
        .decide(c, c.disputedItems().get(0));
  }

  private static CriterionStatus status(Decision d, String criterion) {
    return d.criteria().stream()
        .filter(c -> c.id().equals(PayerChiropracticVisits.ID + "." + criterion))
        .map(CriterionResult::status)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no criterion " + criterion));
  }

  private static Case.Builder lowBack(int visits) {
    return caseFor(request(visits).region(LUMBAR_SPINE).build());
  }

  private static TreatmentRequest.Builder request(int visits) {
    return TreatmentRequest.builder().modality(CHIROPRACTIC_MANIPULATION).totalSessions(visits);
  }

  private static Case.Builder caseFor(TreatmentRequest request) {
    return Case.builder()
        .caseNumber("CM14-0000001")
        .patient(Patient.builder().age(47).sex(Sex.MALE).occupation("warehouse worker").build())
        .dateOfInjury(INJURY)
        .requestDate(REQUEST)
        .addInjuredRegions(LUMBAR_SPINE)
        .addDisputedItems(
            DisputedItem.builder()
                .id("1")
                .requestedAs(request.format())
                .request(request)
                .urDecision(UrDecision.denied())
                .build());
  }

  private static PriorTreatment chiropractic(int visits) {
    return PriorTreatment.builder()
        .modality(CHIROPRACTIC_MANIPULATION)
        .region(LUMBAR_SPINE)
        .sessionsAuthorized(visits)
        .sessionsCompleted(visits)
        .startDate(INJURY.plusDays(30))
        .endDate(INJURY.plusDays(45))
        .build();
  }

  private static FunctionalImprovementEvidence measured(FunctionalElement element) {
    return FunctionalImprovementEvidence.builder()
        .element(element)
        .objective(true)
        .documentedOn(REQUEST.minusDays(7))
        .source("PR-2")
        .attributedTo(CHIROPRACTIC_MANIPULATION)
        .build();
  }
}
