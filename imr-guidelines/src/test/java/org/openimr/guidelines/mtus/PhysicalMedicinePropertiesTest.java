package org.openimr.guidelines.mtus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.openimr.model.Case;
import org.openimr.model.ClinicalFinding;
import org.openimr.model.CriterionResult;
import org.openimr.model.CriterionStatus;
import org.openimr.model.Decision;
import org.openimr.model.Diagnosis;
import org.openimr.model.MedicalNecessity;
import org.openimr.model.Modality;
import org.openimr.model.Patient;
import org.openimr.model.Sex;
import org.openimr.model.Surgery;
import org.openimr.model.TreatmentRequest;
import org.openimr.review.ImrReviewer;
import org.openimr.spi.GuidelineEvaluator;

/** Properties every decision of the physical medicine evaluators has, over generated cases. */
class PhysicalMedicinePropertiesTest {
  private static final MtusPostsurgicalPhysicalMedicineEvaluator POSTSURGICAL =
      new MtusPostsurgicalPhysicalMedicineEvaluator();
  private static final MtusChronicPainPhysicalMedicineEvaluator CHRONIC_PAIN =
      new MtusChronicPainPhysicalMedicineEvaluator();
  private static final ImrReviewer REVIEWER =
      ImrReviewer.builder().register(POSTSURGICAL, CHRONIC_PAIN).build();

  private static final Set<String> CRITERIA =
      Set.of(
          "mtus.postsurgical.treatment-period",
          "mtus.postsurgical.initial-course",
          "mtus.postsurgical.subsequent-course",
          "mtus.postsurgical.general-course",
          "mtus.postsurgical.course-weeks",
          "mtus.chronic-pain.diagnosis-group",
          "mtus.chronic-pain.frequency",
          "mtus.chronic-pain.visits",
          "mtus.chronic-pain.functional-improvement",
          "mtus.chronic-pain.home-exercise",
          "mtus.aquatic.weight-bearing",
          "mtus.massage.adjunct",
          "mtus.massage.visits",
          "mtus.manipulation.region",
          "mtus.manipulation.maintenance",
          "mtus.manipulation.trial",
          "mtus.manipulation.extension",
          "mtus.manipulation.flare-up",
          "labor-code.4604.5.visit-cap");

  private static Decision decide(Case c) {
    return REVIEWER.decide(c, c.disputedItems().get(0));
  }

  private static boolean necessary(Case c) {
    return decide(c).necessity() == MedicalNecessity.NECESSARY;
  }

  @Property(tries = 400)
  void exactlyOneOfThePhysicalMedicineEvaluatorsAppliesToAPhysicalMedicineRequest(
      @ForAll("cases") Case c) {
    var item = c.disputedItems().get(0);
    boolean postsurgical = POSTSURGICAL.applicability(c, item).applies();
    boolean chronicPain = CHRONIC_PAIN.applicability(c, item).applies();
    boolean physicalMedicine =
        PhysicalMedicineArbitraries.PHYSICAL_MEDICINE.contains(
            item.request().modality().orElseThrow());

    assertThat(postsurgical && chronicPain).as("both apply").isFalse();
    assertThat(postsurgical || chronicPain).isEqualTo(physicalMedicine);
  }

  @Property(tries = 400)
  void anEvaluatorThatDoesNotApplyDoesNotDecide(@ForAll("cases") Case c) {
    var item = c.disputedItems().get(0);
    for (GuidelineEvaluator evaluator : List.<GuidelineEvaluator>of(POSTSURGICAL, CHRONIC_PAIN)) {
      if (!evaluator.applicability(c, item).applies()) {
        assertThat(evaluator.evaluate(c, item, evaluator.editions().get(0)).necessity())
            .as(evaluator.id())
            .isEqualTo(MedicalNecessity.NOT_EVALUABLE);
      }
    }
  }

  @Property(tries = 400)
  void theSameCaseGetsAnEqualDecisionEveryTime(@ForAll("cases") Case c) {
    Decision first = decide(c);
    Decision again =
        ImrReviewer.builder()
            .register(
                new MtusPostsurgicalPhysicalMedicineEvaluator(),
                new MtusChronicPainPhysicalMedicineEvaluator())
            .build()
            .decide(c, c.disputedItems().get(0));

    assertThat(again).isEqualTo(first);
  }

  @Property(tries = 400)
  void everyDecisionNamesItsCriteriaWithCitationsAndExplainsEveryAdverseOne(
      @ForAll("cases") Case c) {
    Decision decision = decide(c);
    Statistics.label("decided by").collect(decision.evaluatorId());
    Statistics.label("necessity").collect(decision.necessity());
    Statistics.label("decided by")
        .coverage(
            coverage -> {
              coverage.check(MtusPostsurgicalPhysicalMedicineEvaluator.ID).percentage(p -> p > 5);
              coverage.check(MtusChronicPainPhysicalMedicineEvaluator.ID).percentage(p -> p > 30);
            });
    Statistics.label("necessity")
        .coverage(
            coverage -> {
              coverage.check(MedicalNecessity.NECESSARY).percentage(p -> p > 3);
              coverage.check(MedicalNecessity.NOT_NECESSARY).percentage(p -> p > 15);
              coverage.check(MedicalNecessity.NOT_EVALUABLE).percentage(p -> p > 3);
            });
    if (decision.evaluatorId().equals(ImrReviewer.REVIEWER_ID)) {
      return; // acupuncture: no physical medicine evaluator applies
    }
    assertThat(
            List.of(
                MtusPostsurgicalPhysicalMedicineEvaluator.ID,
                MtusChronicPainPhysicalMedicineEvaluator.ID))
        .contains(decision.evaluatorId());
    assertThat(decision.criteria()).isNotEmpty();
    for (CriterionResult criterion : decision.criteria()) {
      assertThat(CRITERIA).contains(criterion.id());
      assertThat(criterion.citation().section()).isNotBlank();
      assertThat(criterion.evidence()).isNotEmpty();
    }
    assertThat(decision.citations()).isNotEmpty();
    switch (decision.necessity()) {
      case NECESSARY -> assertThat(decision.adverseCriteria()).isEmpty();
      case NOT_NECESSARY -> {
        assertThat(decision.adverseCriteria()).isNotEmpty();
        decision
            .adverseCriteria()
            .forEach(
                a ->
                    assertThat(decision.rationale())
                        .contains(a.citation().section())
                        .contains(a.description().substring(1)));
      }
      case NOT_EVALUABLE -> {
        assertThat(decision.notEvaluableReason()).isPresent();
        assertThat(decision.adverseCriteria()).isEmpty();
      }
    }
  }

  @Property(tries = 400)
  void noRecordTextOrPatientIdentifierReachesADecision(@ForAll("cases") Case c) {
    Decision decision = decide(c);
    var item = c.disputedItems().get(0);

    assertThat(decision.rationale()).doesNotContain(PhysicalMedicineArbitraries.MARKER);
    assertThat(decision.notEvaluableReason().orElse(""))
        .doesNotContain(PhysicalMedicineArbitraries.MARKER);
    decision
        .criteria()
        .forEach(
            cr ->
                assertThat(String.join(" ", cr.evidence()) + cr.description())
                    .doesNotContain(PhysicalMedicineArbitraries.MARKER));
    for (GuidelineEvaluator evaluator : List.<GuidelineEvaluator>of(POSTSURGICAL, CHRONIC_PAIN)) {
      assertThat(evaluator.applicability(c, item).reason())
          .doesNotContain(PhysicalMedicineArbitraries.MARKER);
    }
  }

  @Property(tries = 400)
  void moreRequestedVisitsNeverMakeARequestNecessary(
      @ForAll("cases") Case c, @ForAll @IntRange(min = 1, max = 12) int more) {
    TreatmentRequest request = c.disputedItems().get(0).request();
    int fewer = request.totalSessions();
    TreatmentRequest larger =
        request.frequency().isPresent()
            ? TreatmentRequest.builder()
                .from(request)
                .weeks(request.weeks().orElseThrow() + more)
                .totalSessions(request.frequency().get().max() * (request.weeks().get() + more))
                .build()
            : TreatmentRequest.builder().from(request).totalSessions(fewer + more).build();

    boolean largerNecessary = necessary(PhysicalMedicineArbitraries.withRequest(c, larger));
    Statistics.label("larger request necessary").collect(largerNecessary);
    Statistics.label("larger request necessary")
        .coverage(coverage -> coverage.check(true).percentage(p -> p > 2));
    if (largerNecessary) {
      assertThat(necessary(c))
          .as("necessary with %d visits but not with %d", larger.totalSessions(), fewer)
          .isTrue();
    }
  }

  @Property(tries = 400)
  void documentedImprovementNeverMakesARequestUnnecessary(@ForAll("continuations") Case c) {
    boolean before = necessary(c);
    boolean after = necessary(PhysicalMedicineArbitraries.withImprovement(c));
    Statistics.label("improvement changes the decision").collect(before != after);
    Statistics.label("improvement changes the decision")
        .coverage(coverage -> coverage.check(true).percentage(p -> p > 2));
    if (before) {
      assertThat(after).isTrue();
    }
  }

  @Property(tries = 400)
  void
      aRequestInsideTheInitialCourseOfAListedSurgeryWithinThePeriodAndWithNoPriorVisitsIsAlwaysNecessary(
          @ForAll("initialCourses") Case c) {
    Decision decision = decide(c);

    assertThat(decision.evaluatorId()).isEqualTo(MtusPostsurgicalPhysicalMedicineEvaluator.ID);
    assertThat(decision.necessity()).as(decision.rationale()).isEqualTo(MedicalNecessity.NECESSARY);
    assertThat(decision.criteria())
        .filteredOn(cr -> cr.id().equals("mtus.postsurgical.initial-course"))
        .extracting(CriterionResult::status)
        .containsExactly(CriterionStatus.MET);
  }

  private static TreatmentRequest small(TreatmentRequest request, int visits) {
    TreatmentRequest.Builder small =
        TreatmentRequest.builder().modality(request.modality().orElseThrow()).totalSessions(visits);
    request.region().ifPresent(small::region);
    return small.build();
  }

  @Provide
  Arbitrary<Case> cases() {
    return PhysicalMedicineArbitraries.cases();
  }

  /**
   * Cases where documented improvement can matter: no improvement documented yet, and everything
   * else a further course may need (a diagnosis in a group, a home program, active rehabilitation,
   * the employer's authorization beyond the cap).
   */
  @Provide
  Arbitrary<Case> continuations() {
    return Combinators.combine(
            PhysicalMedicineArbitraries.cases(), Arbitraries.integers().between(1, 6))
        .as(
            (c, visits) ->
                Case.builder()
                    .from(
                        PhysicalMedicineArbitraries.withRequest(
                            c, small(c.disputedItems().get(0).request(), visits)))
                    .diagnoses(List.of(Diagnosis.icd9("729.1")))
                    .findings(
                        Set.of(
                            ClinicalFinding.HOME_EXERCISE_PROGRAM,
                            ClinicalFinding.ACTIVE_PHYSICAL_REHABILITATION,
                            ClinicalFinding.REDUCED_WEIGHT_BEARING_DESIRABLE,
                            ClinicalFinding.EMPLOYER_AUTHORIZED_ADDITIONAL_VISITS))
                    .functionalImprovement(List.of())
                    .build());
  }

  /**
   * A listed surgery; a physical or occupational therapy request for its region (or none), dated
   * within its period, for at most half its general course; no prior physical medicine; anything
   * else about the case at random.
   */
  @Provide
  Arbitrary<Case> initialCourses() {
    Arbitrary<PostsurgicalTableRow> rows = Arbitraries.of(MtusContent.postsurgicalTable().rows());
    return rows.flatMap(
        row ->
            Combinators.combine(
                    PhysicalMedicineArbitraries.requestDates(),
                    Arbitraries.integers().between(0, row.periodMonths() * 28),
                    Arbitraries.integers().between(1, row.visitsMax() / 2),
                    Arbitraries.of(Modality.PHYSICAL_THERAPY, Modality.OCCUPATIONAL_THERAPY),
                    Arbitraries.of(true, false),
                    Arbitraries.integers().between(1, 3),
                    PhysicalMedicineArbitraries.cases(Arbitraries.just(Modality.ACUPUNCTURE)))
                .as(
                    (request, daysAfter, visits, modality, withRegion, perWeek, background) -> {
                      Surgery surgery =
                          PhysicalMedicineArbitraries.surgeryFor(row, request.minusDays(daysAfter));
                      TreatmentRequest.Builder r =
                          TreatmentRequest.builder().modality(modality).totalSessions(visits);
                      if (withRegion) {
                        r.region(surgery.region());
                      }
                      return Case.builder()
                          .from(background)
                          .patient(Patient.builder().age(50).sex(Sex.FEMALE).build())
                          .dateOfInjury(request.minusDays(daysAfter + 30L))
                          .requestDate(request)
                          // a request without a region concerns the only injured region
                          .injuredRegions(
                              withRegion ? background.injuredRegions() : List.of(surgery.region()))
                          .surgeries(List.of(surgery))
                          .treatmentHistory(
                              background.treatmentHistory().stream()
                                  .filter(t -> t.modality() == Modality.MASSAGE)
                                  .toList())
                          .functionalImprovement(List.of())
                          .disputedItems(List.of(PhysicalMedicineArbitraries.item(r.build())))
                          .build();
                    }));
  }
}
