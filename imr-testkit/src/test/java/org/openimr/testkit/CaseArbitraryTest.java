package org.openimr.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.ClinicalFinding;
import org.openimr.model.CodeSystem;
import org.openimr.model.Diagnosis;
import org.openimr.model.DisputedItem;
import org.openimr.model.FunctionalElement;
import org.openimr.model.FunctionalImprovementEvidence;
import org.openimr.model.Modality;
import org.openimr.model.PainMedicationStatus;
import org.openimr.model.PriorTreatment;
import org.openimr.model.Surgery;
import org.openimr.model.TreatmentRequest;

/** The knobs of {@link CaseArbitrary} give what they promise, and every case stays valid. */
class CaseArbitraryTest {
  private static final Period SIX_MONTHS = Period.ofMonths(6);
  private static final LocalDate EVIDENCE_DATE = LocalDate.of(2014, 9, 2);

  @Property(tries = 200)
  void everyCombinationOfKnobsGivesValidCases(@ForAll("anyKnobs") Case c) {
    assertThat(c.violations()).isEmpty();
  }

  @Property(tries = 200)
  void everyCombinationOfKnobsAtTheBoundsGivesValidCases(@ForAll("anyKnobsAtTheBounds") Case c) {
    assertThat(c.violations()).isEmpty();
  }

  @Property(tries = 400)
  void atTheBoundsCasesReachEveryBound(@ForAll("atTheBounds") Case c) {
    assertThat(c.violations()).isEmpty();
    int max = TreatmentRequest.MAX_SESSIONS;
    List<TreatmentRequest> requests =
        c.disputedItems().stream().map(DisputedItem::request).toList();
    Statistics.label("total at the maximum")
        .collect(requests.stream().anyMatch(r -> r.totalSessions() == max));
    Statistics.label("weeks at the maximum")
        .collect(
            requests.stream()
                .anyMatch(r -> r.weeks().equals(Optional.of(TreatmentRequest.MAX_WEEKS))));
    Statistics.label("most items").collect(c.disputedItems().size() == Case.MAX_DISPUTED_ITEMS);
    Statistics.label("most courses").collect(c.treatmentHistory().size() == Case.MAX_PRIOR_COURSES);
    Statistics.label("a course at the maximum")
        .collect(
            c.treatmentHistory().stream()
                .anyMatch(t -> t.sessionsCompleted().equals(Optional.of(max))));
    Statistics.label("injury on the earliest date")
        .collect(c.dateOfInjury().equals(Case.EARLIEST_DATE));
    Statistics.label("born on the earliest date")
        .collect(c.patient().dateOfBirth().equals(Optional.of(Case.EARLIEST_DATE)));
    Statistics.label("request on the latest date")
        .collect(c.requestDate().equals(Optional.of(Case.LATEST_DATE)));
    Statistics.label("surgery on the latest date")
        .collect(c.surgeries().stream().anyMatch(s -> s.date().equals(Case.LATEST_DATE)));
    for (String label :
        List.of(
            "total at the maximum",
            "weeks at the maximum",
            "most items",
            "most courses",
            "a course at the maximum",
            "injury on the earliest date",
            "born on the earliest date",
            "request on the latest date",
            "surgery on the latest date")) {
      Statistics.label(label).coverage(coverage -> coverage.check(true).count(n -> n > 0));
    }
  }

  @Property(tries = 200)
  void theSessionsKnobStaysWithinTheBounds(@ForAll("anySessions") Case c) {
    assertThat(c.violations()).isEmpty();
    for (DisputedItem item : c.disputedItems()) {
      assertThat(item.request().totalSessions()).isBetween(1, TreatmentRequest.MAX_SESSIONS);
    }
  }

  @Provide
  Arbitrary<Case> atTheBounds() {
    return Arbitraries.oneOf(
        ImrArbitraries.cases().atTheBounds(),
        ImrArbitraries.cases().atTheBounds().withinPostsurgicalPeriod(SIX_MONTHS));
  }

  @Provide
  Arbitrary<Case> anySessions() {
    return ImrArbitraries.cases().sessions(Arbitraries.integers());
  }

  @Property(tries = 200)
  void theModalityAndRegionKnobsFixEveryItemAndTheRegionIsInjured(
      @ForAll("lumbarAcupuncture") Case c) {
    for (DisputedItem item : c.disputedItems()) {
      assertThat(item.request().modality()).contains(Modality.ACUPUNCTURE);
      assertThat(item.request().region()).contains(BodyRegion.LUMBAR_SPINE);
    }
    assertThat(c.injuredRegions()).contains(BodyRegion.LUMBAR_SPINE);
  }

  @Property(tries = 200)
  void withoutPriorTreatmentTheHistoryIsEmpty(@ForAll("firstRequests") Case c) {
    assertThat(c.treatmentHistory()).isEmpty();
  }

  @Property(tries = 200)
  void withPriorTreatmentTheHistoryHasACourseOfTheRequestedModalityAndRegion(
      @ForAll("continuations") Case c) {
    List<PriorTreatment> same =
        c.treatmentHistory().stream()
            .filter(t -> t.modality() == Modality.CHIROPRACTIC_MANIPULATION)
            .filter(t -> t.region().equals(Optional.of(BodyRegion.LUMBAR_SPINE)))
            .filter(t -> t.sessionsCompleted().isPresent())
            .toList();
    assertThat(same).isNotEmpty();
    for (PriorTreatment course : same) {
      assertThat(course.startDate().orElseThrow())
          .isBetween(c.dateOfInjury(), c.requestDate().orElseThrow());
      // Only the generated course of the requested modality always has an end date; an
      // unrelated course that happens to match may be open-ended.
      course
          .endDate()
          .ifPresent(end -> assertThat(end).isBeforeOrEqualTo(c.requestDate().orElseThrow()));
    }
    assertThat(same).anySatisfy(course -> assertThat(course.endDate()).isPresent());
  }

  @Property(tries = 300)
  void eachImprovementLevelDocumentsWhatItsNameSays(
      @ForAll("casesByImprovement") Tuple2<DocumentedImprovement, Case> levelAndCase) {
    DocumentedImprovement level = levelAndCase.get1();
    Case c = levelAndCase.get2();

    assertThat(levelOf(c.functionalImprovement())).isEqualTo(level);
    if (level == DocumentedImprovement.COMPLETE) {
      assertThat(c.functionalImprovement())
          .anySatisfy(
              e -> {
                assertThat(e.element()).isEqualTo(FunctionalElement.REDUCED_TREATMENT_DEPENDENCY);
                assertThat(e.objective()).isTrue();
                assertThat(e.documentedOn()).isPresent();
                assertThat(e.attributedTo()).contains(Modality.ACUPUNCTURE);
              });
    }
  }

  @Property(tries = 300)
  void withinThePostsurgicalPeriodTheRequestFallsAfterTheSurgeryAndBeforeThePeriodEnds(
      @ForAll("withinSixMonths") Case c) {
    Surgery surgery = onlySurgery(c);
    LocalDate request = c.requestDate().orElseThrow();
    assertThat(surgery.region()).isEqualTo(BodyRegion.SHOULDER);
    assertThat(request).isAfterOrEqualTo(surgery.date());
    assertThat(request).isBefore(surgery.date().plus(SIX_MONTHS));
    assertThat(c.dateOfInjury()).isBeforeOrEqualTo(surgery.date());

    Statistics.label("on the period's last day")
        .collect(request.equals(surgery.date().plus(SIX_MONTHS).minusDays(1)))
        .coverage(coverage -> coverage.check(true).count(n -> n > 0));
    Statistics.label("on the day of surgery")
        .collect(request.equals(surgery.date()))
        .coverage(coverage -> coverage.check(true).count(n -> n > 0));
  }

  @Property(tries = 300)
  void afterThePostsurgicalPeriodTheRequestFallsAfterThePeriodEnds(
      @ForAll("afterSixMonths") Case c) {
    Surgery surgery = onlySurgery(c);
    LocalDate request = c.requestDate().orElseThrow();
    assertThat(request).isAfter(surgery.date().plus(SIX_MONTHS));
    assertThat(c.dateOfInjury()).isBeforeOrEqualTo(surgery.date());

    Statistics.label("on the first day after the period")
        .collect(request.equals(surgery.date().plus(SIX_MONTHS).plusDays(1)))
        .coverage(coverage -> coverage.check(true).count(n -> n > 0));
  }

  @Example
  void periodsEndingAtTheEndOfAMonthAreExact() {
    // 2014-08-31 minus six months is 2014-02-28, and 2014-02-28 plus six months is 2014-08-28: the
    // earliest surgery whose period still covers 2014-08-31 is the first of March.
    assertThat(CaseArbitrary.firstSurgeryDateWithin(LocalDate.of(2014, 8, 31), SIX_MONTHS))
        .isEqualTo(LocalDate.of(2014, 3, 1));
    assertThat(CaseArbitrary.firstSurgeryDateWithin(LocalDate.of(2014, 8, 15), SIX_MONTHS))
        .isEqualTo(LocalDate.of(2014, 2, 16));
  }

  @Property(tries = 200)
  void withoutSurgeryNoSurgeryIsListed(@ForAll("noSurgery") Case c) {
    assertThat(c.surgeries()).isEmpty();
  }

  @Property(tries = 300)
  void sessionsAroundABoundaryAskForOneBelowTheBoundaryOrOneAbove(@ForAll("aroundSix") Case c) {
    for (DisputedItem item : c.disputedItems()) {
      int sessions = item.request().totalSessions();
      assertThat(sessions).isBetween(5, 7);
      assertThat(item.requestedAs()).isEqualTo(item.request().format());
      Statistics.collect(sessions);
    }
    Statistics.coverage(
        coverage -> {
          coverage.check(5).count(n -> n > 0);
          coverage.check(6).count(n -> n > 0);
          coverage.check(7).count(n -> n > 0);
        });
  }

  @Property(tries = 200)
  void requestDatesStayWithinTheGivenWindow(@ForAll("inTwoThousandFourteen") Case c) {
    assertThat(c.requestDate().orElseThrow())
        .isBetween(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 12, 31));
  }

  @Property(tries = 300)
  void requestDatesDefaultToAFixedRangeThatReachesIntoThePresent(@ForAll("anyCase") Case c) {
    LocalDate request = c.requestDate().orElseThrow();
    assertThat(request).isBetween(LocalDate.of(2008, 1, 1), LocalDate.of(2030, 12, 31));
    Statistics.label("requested after 2020").collect(request.getYear() > 2020);
    Statistics.label("requested before 2015").collect(request.getYear() < 2015);
    Statistics.label("requested after 2020")
        .coverage(cov -> cov.check(true).percentage(p -> p > 20));
    Statistics.label("requested before 2015")
        .coverage(cov -> cov.check(true).percentage(p -> p > 20));
  }

  @Property(tries = 200)
  void theDiagnosisKnobListsOnlyTheGivenCodesInTheSystemForTheFixedRegion(
      @ForAll("kneeDiagnoses") Case c) {
    assertThat(c.diagnoses()).hasSizeBetween(1, 2);
    for (Diagnosis d : c.diagnoses()) {
      assertThat(d.system()).isEqualTo(CodeSystem.ICD_10_CM);
      assertThat(d.code()).isIn("M17.11", "M23.205");
      assertThat(d.region()).contains(BodyRegion.KNEE);
    }
  }

  @Property(tries = 200)
  void withoutAFixedRegionTheDiagnosesAreForNoRegionOrAnInjuredOne(
      @ForAll("icd9Diagnoses") Case c) {
    assertThat(c.diagnoses()).isNotEmpty();
    for (Diagnosis d : c.diagnoses()) {
      assertThat(d.system()).isEqualTo(CodeSystem.ICD_9_CM);
      assertThat(d.code()).isEqualTo("722.10");
      d.region().ifPresent(r -> assertThat(c.injuredRegions()).contains(r));
    }
    Statistics.label("diagnosis region").collect(c.diagnoses().get(0).region().isPresent());
    Statistics.label("diagnosis region")
        .coverage(
            cov -> {
              cov.check(true).percentage(p -> p > 10);
              cov.check(false).percentage(p -> p > 10);
            });
  }

  @Property(tries = 200)
  void givenDiagnosesAreListedAsGiven(@ForAll("givenDiagnoses") Case c) {
    assertThat(c.diagnoses())
        .isNotEmpty()
        .allMatch(
            d ->
                d.equals(Diagnosis.icd10("G56.01"))
                    || d.equals(
                        Diagnosis.builder()
                            .system(CodeSystem.ICD_10_CM)
                            .code("M75.101")
                            .region(BodyRegion.SHOULDER)
                            .build()));
  }

  @Property(tries = 200)
  void theFindingsAndPainMedicationKnobsFixWhatTheCaseLists(
      @ForAll("maintenanceWithoutMedication") Case c) {
    assertThat(c.findings()).containsExactly(ClinicalFinding.MAINTENANCE_CARE);
    assertThat(c.painMedication())
        .isIn(PainMedicationStatus.NOT_DOCUMENTED, PainMedicationStatus.REDUCED);
  }

  @Property(tries = 100)
  void noFindingsGivenMeansNone(@ForAll("withoutFindings") Case c) {
    assertThat(c.findings()).isEmpty();
  }

  @Property(tries = 300)
  void theSurgeriesKnobDatesTheGivenSurgeryTheGivenDaysBeforeTheRequestAfterTheInjury(
      @ForAll("recentKneeSurgery") Case c) {
    Surgery s = onlySurgery(c);
    LocalDate request = c.requestDate().orElseThrow();
    assertThat(s.procedure()).isIn("total knee arthroplasty", "meniscectomy");
    assertThat(s.region()).isEqualTo(BodyRegion.KNEE);
    assertThat(ChronoUnit.DAYS.between(s.date(), request)).isBetween(-5L, 120L);
    assertThat(c.dateOfInjury()).isBeforeOrEqualTo(s.date());
    assertThat(c.violations()).isEmpty();
    Statistics.label("after the request").collect(s.date().isAfter(request));
    Statistics.label("after the request").coverage(cov -> cov.check(true).count(n -> n > 0));
  }

  @Property(tries = 300)
  void evidenceIsDocumentedWithinThirtyDaysBeforeTheDateGiven(
      @ForAll("evidenceBeforeTheRequest") FunctionalImprovementEvidence e) {
    e.documentedOn()
        .ifPresent(d -> assertThat(d).isBetween(EVIDENCE_DATE.minusDays(30), EVIDENCE_DATE));
    Statistics.label("before the date")
        .collect(e.documentedOn().filter(d -> d.isBefore(EVIDENCE_DATE)).isPresent());
    Statistics.label("before the date").coverage(cov -> cov.check(true).percentage(p -> p > 20));
  }

  @Example
  void knobsRefuseValuesThatCannotMakeAValidCase() {
    CaseArbitrary cases = ImrArbitraries.cases();
    assertThatThrownBy(() -> cases.diagnoses(CodeSystem.ICD_9_CM))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cases.diagnoses(CodeSystem.ICD_9_CM, "722.10", "12345678901"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("code 2")
        .hasMessageNotContaining("12345678901");
    assertThatThrownBy(() -> cases.diagnoses(CodeSystem.ICD_9_CM, " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cases.painMedication()).isInstanceOf(IllegalArgumentException.class);
    Arbitrary<Surgery> knee = Arbitraries.just(kneeSurgery("meniscectomy"));
    assertThatThrownBy(() -> cases.surgeries(knee, 10, 9))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cases.surgeries(knee, 0, CaseArbitrary.MAX_SURGERY_DAYS + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cases.surgeries(knee, -CaseArbitrary.MAX_SURGERY_DAYS - 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cases.sessionsAround()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cases.sessionsAround(6, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cases.withinPostsurgicalPeriod(Period.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cases.afterPostsurgicalPeriod(Period.ofDays(-3)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> cases.requestedBetween(LocalDate.of(2015, 1, 2), LocalDate.of(2015, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> cases.requestedBetween(Case.EARLIEST_DATE.minusDays(1), LocalDate.of(2015, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cases.requestedBetween(LocalDate.of(2015, 1, 1), LocalDate.MAX))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Example
  void aKnobLeavesTheArbitraryItWasCalledOnUnchanged() {
    CaseArbitrary any = ImrArbitraries.cases();
    any.modality(Modality.MASSAGE).withoutPriorTreatment();

    assertThat(
            any.sampleStream()
                .limit(50)
                .flatMap(c -> c.disputedItems().stream())
                .map(item -> item.request().modality().orElseThrow()))
        .anyMatch(m -> m != Modality.MASSAGE);
  }

  /**
   * Shrinking stays valid: every candidate jqwik would try while shrinking a case is itself a valid
   * case. This walks the shrink tree directly ({@link Shrinkable#shrink()} is jqwik-internal API;
   * jqwik is pinned, and only this test uses it).
   */
  @Example
  void everyCaseJqwikShrinksToIsValid() {
    Random random = new Random(20140210);
    CaseArbitrary knobbed =
        ImrArbitraries.cases()
            .modality(Modality.ACUPUNCTURE)
            .region(BodyRegion.KNEE)
            .withPriorTreatment()
            .improvement(DocumentedImprovement.PARTIAL)
            .withinPostsurgicalPeriod(Period.ofMonths(4))
            .sessionsAround(6);
    for (Arbitrary<Case> arbitrary : List.<Arbitrary<Case>>of(ImrArbitraries.cases(), knobbed)) {
      RandomGenerator<Case> generator = arbitrary.generator(1000);
      for (int i = 0; i < 4; i++) {
        Shrinkable<Case> current = generator.next(random);
        for (int depth = 0; depth < 12; depth++) {
          List<Shrinkable<Case>> candidates = current.shrink().limit(8).toList();
          if (candidates.isEmpty()) {
            break;
          }
          for (Shrinkable<Case> candidate : candidates) {
            assertThat(candidate.value().violations()).isEmpty();
          }
          current = candidates.get(depth % candidates.size());
        }
      }
    }
  }

  @Provide
  Arbitrary<Case> anyKnobs() {
    return knobs().flatMap(a -> a);
  }

  @Provide
  Arbitrary<Case> anyKnobsAtTheBounds() {
    return knobs().flatMap(CaseArbitrary::atTheBounds);
  }

  private static Arbitrary<CaseArbitrary> knobs() {
    return Combinators.combine(
            firstKnobs(),
            Arbitraries.of(CodeSystem.class).optional(),
            Arbitraries.of(ClinicalFinding.class).set().optional(),
            Arbitraries.of(PainMedicationStatus.class).optional(),
            Arbitraries.integers().between(-MOST, MOST).optional(),
            Arbitraries.integers().between(0, MOST))
        .as(
            (a, system, findings, pain, daysBefore, spread) -> {
              CaseArbitrary b = a;
              if (system.isPresent()) {
                b = b.diagnoses(system.get(), "722.10", "M54.16");
              }
              if (findings.isPresent()) {
                b = b.findings(findings.get().toArray(ClinicalFinding[]::new));
              }
              b = pain.map(b::painMedication).orElse(b);
              if (daysBefore.isPresent()) {
                int from = daysBefore.get();
                int to = (int) Math.min((long) from + spread, MOST);
                b = b.surgeries(Arbitraries.just(kneeSurgery("meniscectomy")), from, to);
              }
              return b;
            });
  }

  private static final int MOST = CaseArbitrary.MAX_SURGERY_DAYS;

  private static Arbitrary<CaseArbitrary> firstKnobs() {
    return Combinators.combine(
            ImrArbitraries.modalities().optional(),
            ImrArbitraries.regions().optional(),
            Arbitraries.integers().between(0, 2),
            Arbitraries.of(DocumentedImprovement.class).optional(),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(1, 8),
            Arbitraries.integers().between(1, 30).optional(),
            Arbitraries.of(true, false))
        .as(
            (modality, region, history, improvement, surgery, months, boundary, window) -> {
              CaseArbitrary a = ImrArbitraries.cases();
              a = modality.map(a::modality).orElse(a);
              a = region.map(a::region).orElse(a);
              a =
                  history == 1
                      ? a.withPriorTreatment()
                      : history == 2 ? a.withoutPriorTreatment() : a;
              a = improvement.map(a::improvement).orElse(a);
              Period period = Period.ofMonths(months);
              a =
                  switch (surgery) {
                    case 1 -> a.withoutSurgery();
                    case 2 -> a.withinPostsurgicalPeriod(period);
                    case 3 -> a.afterPostsurgicalPeriod(period);
                    default -> a;
                  };
              if (boundary.isPresent()) {
                a = a.sessionsAround(boundary.get());
              }
              return window
                  ? a.requestedBetween(LocalDate.of(2009, 7, 18), LocalDate.of(2009, 8, 1))
                  : a;
            });
  }

  @Provide
  Arbitrary<Case> lumbarAcupuncture() {
    return ImrArbitraries.cases().modality(Modality.ACUPUNCTURE).region(BodyRegion.LUMBAR_SPINE);
  }

  @Provide
  Arbitrary<Case> firstRequests() {
    return ImrArbitraries.cases().withoutPriorTreatment();
  }

  @Provide
  Arbitrary<Case> continuations() {
    return ImrArbitraries.cases()
        .modality(Modality.CHIROPRACTIC_MANIPULATION)
        .region(BodyRegion.LUMBAR_SPINE)
        .withPriorTreatment();
  }

  @Provide
  Arbitrary<Tuple2<DocumentedImprovement, Case>> casesByImprovement() {
    return Arbitraries.of(DocumentedImprovement.class)
        .flatMap(
            level ->
                ImrArbitraries.cases()
                    .modality(Modality.ACUPUNCTURE)
                    .improvement(level)
                    .map(c -> Tuple.of(level, c)));
  }

  @Provide
  Arbitrary<Case> withinSixMonths() {
    return ImrArbitraries.cases().region(BodyRegion.SHOULDER).withinPostsurgicalPeriod(SIX_MONTHS);
  }

  @Provide
  Arbitrary<Case> afterSixMonths() {
    return ImrArbitraries.cases().afterPostsurgicalPeriod(SIX_MONTHS);
  }

  @Provide
  Arbitrary<Case> noSurgery() {
    return ImrArbitraries.cases().withoutSurgery();
  }

  @Provide
  Arbitrary<Case> aroundSix() {
    return ImrArbitraries.cases().sessionsAround(6);
  }

  @Provide
  Arbitrary<Case> anyCase() {
    return ImrArbitraries.cases();
  }

  @Provide
  Arbitrary<Case> kneeDiagnoses() {
    return ImrArbitraries.cases()
        .region(BodyRegion.KNEE)
        .diagnoses(CodeSystem.ICD_10_CM, "M17.11", "M23.205");
  }

  @Provide
  Arbitrary<Case> icd9Diagnoses() {
    return ImrArbitraries.cases().diagnoses(CodeSystem.ICD_9_CM, "722.10");
  }

  @Provide
  Arbitrary<Case> givenDiagnoses() {
    return ImrArbitraries.cases()
        .diagnoses(
            Arbitraries.of(
                Diagnosis.icd10("G56.01"),
                Diagnosis.builder()
                    .system(CodeSystem.ICD_10_CM)
                    .code("M75.101")
                    .region(BodyRegion.SHOULDER)
                    .build(),
                Diagnosis.icd10("M7510199999")));
  }

  @Provide
  Arbitrary<Case> maintenanceWithoutMedication() {
    return ImrArbitraries.cases()
        .findings(ClinicalFinding.MAINTENANCE_CARE)
        .painMedication(PainMedicationStatus.NOT_DOCUMENTED, PainMedicationStatus.REDUCED);
  }

  @Provide
  Arbitrary<Case> withoutFindings() {
    return ImrArbitraries.cases().findings();
  }

  @Provide
  Arbitrary<Case> recentKneeSurgery() {
    return ImrArbitraries.cases()
        .surgeries(
            Arbitraries.of("total knee arthroplasty", "meniscectomy")
                .map(CaseArbitraryTest::kneeSurgery),
            -5,
            120);
  }

  @Provide
  Arbitrary<FunctionalImprovementEvidence> evidenceBeforeTheRequest() {
    return ImrArbitraries.evidence(EVIDENCE_DATE);
  }

  private static Surgery kneeSurgery(String procedure) {
    return Surgery.builder()
        .procedure(procedure)
        .region(BodyRegion.KNEE)
        .date(LocalDate.of(2000, 1, 1))
        .build();
  }

  @Provide
  Arbitrary<Case> inTwoThousandFourteen() {
    return ImrArbitraries.cases()
        .requestedBetween(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 12, 31));
  }

  private static Surgery onlySurgery(Case c) {
    assertThat(c.surgeries()).hasSize(1);
    return c.surgeries().get(0);
  }

  /** How much improvement the evidence documents, judged by § 9792.20's elements. */
  static DocumentedImprovement levelOf(List<FunctionalImprovementEvidence> evidence) {
    if (evidence.isEmpty()) {
      return DocumentedImprovement.NONE;
    }
    List<FunctionalImprovementEvidence> objective =
        evidence.stream().filter(FunctionalImprovementEvidence::objective).toList();
    if (objective.isEmpty()) {
      return DocumentedImprovement.SUBJECTIVE_ONLY;
    }
    boolean activity =
        objective.stream()
            .anyMatch(
                e ->
                    e.element() == FunctionalElement.ADL_IMPROVEMENT
                        || e.element() == FunctionalElement.WORK_RESTRICTION_REDUCTION);
    boolean dependency =
        objective.stream()
            .anyMatch(e -> e.element() == FunctionalElement.REDUCED_TREATMENT_DEPENDENCY);
    return activity && dependency ? DocumentedImprovement.COMPLETE : DocumentedImprovement.PARTIAL;
  }
}
