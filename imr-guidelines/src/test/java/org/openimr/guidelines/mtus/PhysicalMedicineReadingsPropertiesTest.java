package org.openimr.guidelines.mtus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.CriterionResult;
import org.openimr.model.CriterionStatus;
import org.openimr.model.Decision;
import org.openimr.model.Diagnosis;
import org.openimr.model.FunctionalElement;
import org.openimr.model.FunctionalImprovementEvidence;
import org.openimr.model.MedicalNecessity;
import org.openimr.model.Modality;
import org.openimr.model.PriorTreatment;
import org.openimr.model.Surgery;
import org.openimr.model.TreatmentRequest;
import org.openimr.review.ImrReviewer;

/**
 * Properties for the rule readings of issue 13, over generated cases: continued therapy needs
 * functional improvement whatever the diagnosis (item 1), one classification of each prior course
 * (item 3), a diagnosis sets the visits only for its own region (item 5), and every criterion's
 * status and sentence agree with the comparison recomputed from the case (item 7).
 */
class PhysicalMedicineReadingsPropertiesTest {
  private static final ImrReviewer REVIEWER =
      ImrReviewer.builder()
          .register(
              new MtusPostsurgicalPhysicalMedicineEvaluator(),
              new MtusChronicPainPhysicalMedicineEvaluator())
          .build();

  private static final Set<Modality> PHYSICAL_MEDICINE =
      Set.of(Modality.PHYSICAL_THERAPY, Modality.OCCUPATIONAL_THERAPY, Modality.AQUATIC_THERAPY);

  private static Decision decide(Case c) {
    return REVIEWER.decide(c, c.disputedItems().get(0));
  }

  private static Optional<CriterionResult> criterion(Decision d, String id) {
    return d.criteria().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  // --- item 1 -----------------------------------------------------------------------------------

  /**
   * Prior physical therapy for the low back beyond every group's visits, and no functional
   * improvement that counts for physical medicine: the request is not necessary, for the failing
   * functional-improvement criterion, whatever the diagnosis, and never "not evaluable".
   */
  @Property(tries = 300)
  void continuedTherapyWithoutFunctionalImprovementIsNotNecessaryWhateverTheDiagnosis(
      @ForAll("continuedWithoutImprovement") Case c) {
    Decision decision = decide(c);
    Statistics.label("diagnosis in a group")
        .collect(
            c.diagnoses().stream()
                .anyMatch(d -> PhysicalMedicineContent.standard().groupIndex.place(d).isPresent()));

    assertThat(decision.evaluatorId()).isEqualTo(MtusChronicPainPhysicalMedicineEvaluator.ID);
    assertThat(decision.necessity())
        .as(decision.rationale())
        .isEqualTo(MedicalNecessity.NOT_NECESSARY);
    assertThat(decision.adverseCriteria().map(CriterionResult::id))
        .contains(ContinuedTherapyCriteria.FunctionalImprovement.ID);
  }

  @Provide
  Arbitrary<Case> continuedWithoutImprovement() {
    List<Diagnosis> diagnoses =
        List.of(
            Diagnosis.icd9("729.1"),
            Diagnosis.icd9("729.2"),
            Diagnosis.icd9("337.21"),
            Diagnosis.icd9("847.2"),
            Diagnosis.icd10("M54.16"),
            Diagnosis.icd10("M54.12"),
            Diagnosis.icd10("S33.5XXA"),
            Diagnosis.icd10("M79.18"));
    return Combinators.combine(
            PhysicalMedicineArbitraries.cases(Arbitraries.just(Modality.PHYSICAL_THERAPY)),
            Arbitraries.of(diagnoses).list().ofMinSize(0).ofMaxSize(2).uniqueElements(),
            Arbitraries.integers().between(25, 40),
            Arbitraries.of(Modality.MASSAGE, Modality.CHIROPRACTIC_MANIPULATION).optional())
        .as(
            (base, dx, visits, elsewhere) -> {
              TreatmentRequest request =
                  TreatmentRequest.builder()
                      .modality(Modality.PHYSICAL_THERAPY)
                      .region(BodyRegion.LUMBAR_SPINE)
                      .totalSessions(6)
                      .build();
              List<FunctionalImprovementEvidence> evidence = new ArrayList<>();
              // Improvement that does not count for physical medicine: attributed elsewhere,
              // or self-reported.
              for (FunctionalElement e :
                  List.of(
                      FunctionalElement.ADL_IMPROVEMENT,
                      FunctionalElement.REDUCED_TREATMENT_DEPENDENCY)) {
                FunctionalImprovementEvidence.Builder b =
                    FunctionalImprovementEvidence.builder()
                        .element(e)
                        .documentedOn(base.requestDate().orElseThrow());
                if (elsewhere.isPresent()) {
                  b.objective(true).attributedTo(elsewhere.get());
                } else {
                  b.objective(false);
                }
                evidence.add(b.build());
              }
              return Case.builder()
                  .from(PhysicalMedicineArbitraries.withRequest(base, request))
                  .diagnoses(dx)
                  .surgeries(List.of())
                  .treatmentHistory(
                      List.of(
                          PriorTreatment.builder()
                              .modality(Modality.PHYSICAL_THERAPY)
                              .region(BodyRegion.LUMBAR_SPINE)
                              .sessionsCompleted(visits)
                              .build()))
                  .functionalImprovement(evidence)
                  .build();
            });
  }

  // --- item 3 -----------------------------------------------------------------------------------

  /**
   * The record classifies every prior course as the definition says, recomputed here from the case:
   * postsurgical exactly when it is physical medicine, dated, every date inside a surgery's period,
   * and its region (or the only injured region) that surgery's; a course without dates never is.
   */
  @Property(tries = 400)
  void eachPriorCourseIsClassifiedOnceAsTheDefinitionSays(@ForAll("casesWithSurgeries") Case c) {
    PhysicalMedicineRecord record =
        new PhysicalMedicineRecord(
            c, c.disputedItems().get(0), PhysicalMedicineContent.standard().postsurgicalPart);
    for (int i = 0; i < c.treatmentHistory().size(); i++) {
      PriorTreatment t = c.treatmentHistory().get(i);
      boolean expected = postsurgical(c, t);
      PhysicalMedicineRecord.Kind kind = record.courses.get(i).kind;
      Statistics.label("kind").collect(kind);
      assertThat(kind == PhysicalMedicineRecord.Kind.POSTSURGICAL).isEqualTo(expected);
      if (t.startDate().isEmpty() && t.endDate().isEmpty()) {
        assertThat(kind).isNotEqualTo(PhysicalMedicineRecord.Kind.POSTSURGICAL);
      }
    }
  }

  /** Adding an undated course of physical therapy never makes a request necessary. */
  @Property(tries = 300)
  void anUndatedCourseNeverMakesARequestNecessary(
      @ForAll("casesWithSurgeries") Case c, @ForAll("visits") int visits) {
    List<PriorTreatment> history = new ArrayList<>(c.treatmentHistory());
    PriorTreatment.Builder undated =
        PriorTreatment.builder().modality(Modality.PHYSICAL_THERAPY).sessionsCompleted(visits);
    c.disputedItems().get(0).request().region().ifPresent(undated::region);
    history.add(undated.build());
    Case more = Case.builder().from(c).treatmentHistory(history).build();

    if (decide(more).necessity() == MedicalNecessity.NECESSARY) {
      assertThat(decide(c).necessity()).isEqualTo(MedicalNecessity.NECESSARY);
    }
  }

  @Provide
  Arbitrary<Integer> visits() {
    return Arbitraries.integers().between(1, 30);
  }

  @Provide
  Arbitrary<Case> casesWithSurgeries() {
    return PhysicalMedicineArbitraries.cases()
        .filter(c -> !c.surgeries().isEmpty() && !c.treatmentHistory().isEmpty());
  }

  /** Item 3's definition, recomputed from the case without the record. */
  static boolean postsurgical(Case c, PriorTreatment t) {
    if (!PHYSICAL_MEDICINE.contains(t.modality())) {
      return false;
    }
    Optional<BodyRegion> region =
        t.region()
            .or(
                () ->
                    c.injuredRegions().size() == 1
                        ? Optional.of(c.injuredRegions().get(0))
                        : Optional.empty());
    if (region.isEmpty() || (t.startDate().isEmpty() && t.endDate().isEmpty())) {
      return false;
    }
    for (Surgery s : c.surgeries()) {
      Optional<PostsurgicalTableRow> row = MtusContent.postsurgicalTable().rowFor(s);
      int months = row.map(PostsurgicalTableRow::periodMonths).orElse(6);
      LocalDate end = s.date().plusMonths(months);
      boolean concerns =
          s.region() == region.get() || (row.isPresent() && row.get().covers(region.get()));
      boolean inside =
          t.startDate().map(d -> !d.isBefore(s.date()) && !d.isAfter(end)).orElse(true)
              && t.endDate().map(d -> !d.isBefore(s.date()) && !d.isAfter(end)).orElse(true);
      if (concerns && inside) {
        return true;
      }
    }
    return false;
  }

  // --- item 5 -----------------------------------------------------------------------------------

  /**
   * A diagnosis whose region (stated, or read from its code) is not the treated region never sets
   * the visits; one whose region is, or that states none, does.
   */
  @Property(tries = 300)
  void aDiagnosisSetsTheVisitsOnlyForItsOwnRegion(@ForAll("regionCases") Case c) {
    Decision decision = decide(c);
    BodyRegion treated = c.disputedItems().get(0).request().region().orElseThrow();
    Diagnosis d = c.diagnoses().get(0);
    Optional<BodyRegion> stated = d.region();
    boolean inferredElsewhere =
        stated.isEmpty() && d.code().equals("M54.16") && treated != BodyRegion.LUMBAR_SPINE;
    boolean applies = stated.map(r -> r == treated).orElse(!inferredElsewhere);
    Statistics.label("applies").collect(applies);

    CriterionResult group = criterion(decision, TherapyCriteria.DiagnosisGroup.ID).orElseThrow();
    assertThat(group.status())
        .as(String.join(" ", group.evidence()))
        .isEqualTo(applies ? CriterionStatus.MET : CriterionStatus.NOT_APPLICABLE);
    assertThat(criterion(decision, TherapyCriteria.Visits.ID).isPresent()).isEqualTo(applies);
  }

  @Provide
  Arbitrary<Case> regionCases() {
    List<BodyRegion> regions =
        List.of(
            BodyRegion.LUMBAR_SPINE,
            BodyRegion.CERVICAL_SPINE,
            BodyRegion.SHOULDER,
            BodyRegion.KNEE);
    return Combinators.combine(
            PhysicalMedicineArbitraries.cases(Arbitraries.just(Modality.PHYSICAL_THERAPY)),
            Arbitraries.of(regions),
            Arbitraries.of(Diagnosis.icd9("729.1"), Diagnosis.icd10("M54.16")),
            Arbitraries.of(regions).optional())
        .as(
            (base, treated, code, stated) -> {
              Diagnosis.Builder d = Diagnosis.builder().from(code);
              stated.ifPresent(d::region);
              return Case.builder()
                  .from(
                      PhysicalMedicineArbitraries.withRequest(
                          base,
                          TreatmentRequest.builder()
                              .modality(Modality.PHYSICAL_THERAPY)
                              .region(treated)
                              .totalSessions(4)
                              .build()))
                  .diagnoses(List.of(d.build()))
                  .surgeries(List.of())
                  .build();
            });
  }

  // --- item 7 -----------------------------------------------------------------------------------

  /**
   * Every criterion that compares numbers says the numbers the case gives and a relation that
   * agrees with its status, recomputed here from the case: "within" or "no more than" only when the
   * comparison holds, "more than" or "longer than" only when it does not, singular for one.
   */
  @Property(tries = 500)
  void everyComparisonSentenceAgreesWithTheCaseAndTheStatus(@ForAll("cases") Case c) {
    Decision decision = decide(c);
    TreatmentRequest request = c.disputedItems().get(0).request();
    int requested = request.totalSessions();
    for (CriterionResult cr : decision.criteria()) {
      String text = String.join(" ", cr.evidence());
      Statistics.label("criterion").collect(cr.id());
      switch (cr.id()) {
        case TherapyCriteria.Frequency.ID -> {
          if (request.frequency().isPresent()) {
            int perWeek = request.frequency().get().max();
            boolean holds = perWeek <= 3;
            assertThat(cr.status())
                .isEqualTo(holds ? CriterionStatus.MET : CriterionStatus.NOT_MET);
            assertThat(text).contains("up to " + count(perWeek, "visit", "visits") + " a week");
            assertThat(text.contains("no more than the 3")).isEqualTo(holds);
            assertThat(text.contains(", more than the 3")).isEqualTo(!holds);
          }
        }
        case TherapyCriteria.Visits.ID -> {
          ChronicPainDiagnosisGroup g = groupCited(cr);
          boolean visitsHold = requested <= g.visitsMax();
          boolean weeksHold = request.weeks().map(w -> w <= g.weeks()).orElse(true);
          assertThat(cr.status())
              .isEqualTo(visitsHold && weeksHold ? CriterionStatus.MET : CriterionStatus.NOT_MET);
          assertThat(text).contains("The request is for " + count(requested, "visit", "visits"));
          assertThat(text.contains("within " + g.visits())).isEqualTo(visitsHold && weeksHold);
          assertThat(text.contains("more than " + count(g.visitsMax(), "visit", "visits")))
              .isEqualTo(!visitsHold);
          assertThat(text.contains("longer than " + count(g.weeks(), "week", "weeks")))
              .isEqualTo(!weeksHold);
        }
        case VisitCapCriterion.ID -> checkCap(c, cr, text, requested);
        case PostsurgicalCriteria.CourseWeeks.ID -> {
          if (request.weeks().isPresent()) {
            int weeks = request.weeks().get();
            int max = rowCited(cr).weeksMax();
            boolean holds = weeks <= max;
            assertThat(cr.status())
                .isEqualTo(holds ? CriterionStatus.MET : CriterionStatus.NOT_MET);
            assertThat(text).contains("runs " + count(weeks, "week", "weeks"));
            assertThat(text.contains("no longer than the " + count(max, "week", "weeks")))
                .isEqualTo(holds);
          } else {
            assertThat(cr.status()).isEqualTo(CriterionStatus.NOT_APPLICABLE);
          }
        }
        case ContinuedTherapyCriteria.FunctionalImprovement.ID,
            PostsurgicalCriteria.Course.SUBSEQUENT ->
            checkElements(c, cr, text);
        default -> {
          // compared elsewhere, or no numbers
        }
      }
    }
  }

  /** The cap: the visits not shown to be postsurgical, with the request, against the cap. */
  private static void checkCap(Case c, CriterionResult cr, String text, int requested) {
    if (cr.status() == CriterionStatus.NOT_APPLICABLE || text.contains("employer authorized")) {
      return;
    }
    Modality modality = c.disputedItems().get(0).request().modality().orElseThrow();
    PhysicalMedicineVisitCap cap =
        MtusContent.physicalMedicineVisitCaps().stream()
            .filter(k -> k.modalities().contains(modality))
            .findFirst()
            .orElseThrow();
    long known = 0;
    boolean uncounted = false;
    for (PriorTreatment t : c.treatmentHistory()) {
      if (cap.modalities().contains(t.modality()) && !postsurgical(c, t)) {
        known += t.sessionsCompleted().orElse(0);
        uncounted |=
            t.sessionsCompleted().isEmpty() && t.sessionsAuthorized().map(a -> a > 0).orElse(true);
      }
    }
    long total = known + requested;
    boolean holds = total <= cap.visits();
    if (uncounted) {
      // The known visits alone decide only when they exceed the cap.
      assertThat(cr.status())
          .isEqualTo(holds ? CriterionStatus.NOT_DOCUMENTED : CriterionStatus.NOT_MET);
      assertThat(text).contains("visits come to at least " + total);
      assertThat(text.contains("more than the cap of " + cap.visits())).isEqualTo(!holds);
      assertThat(text).doesNotContain("within the cap");
      return;
    }
    assertThat(cr.status()).isEqualTo(holds ? CriterionStatus.MET : CriterionStatus.NOT_MET);
    assertThat(text).contains("visits come to " + total);
    assertThat(text.contains("within the cap of " + cap.visits())).isEqualTo(holds);
    assertThat(text.contains("more than the cap of " + cap.visits())).isEqualTo(!holds);
  }

  /**
   * Functional improvement: when exactly one element is documented (recomputed from the case), the
   * sentence names the one that is missing; when neither is, it says neither.
   */
  private static void checkElements(Case c, CriterionResult cr, String text) {
    if (cr.status() == CriterionStatus.NOT_APPLICABLE) {
      return;
    }
    boolean postsurgical = cr.id().equals(PostsurgicalCriteria.Course.SUBSEQUENT);
    Optional<LocalDate> notBefore =
        postsurgical
            ? c.surgeries().stream().map(Surgery::date).max(LocalDate::compareTo)
            : Optional.empty();
    boolean activity = false;
    boolean dependency = false;
    for (FunctionalImprovementEvidence e : c.functionalImprovement()) {
      boolean counts =
          e.objective()
              && e.documentedOn().isPresent()
              && notBefore.map(d -> !e.documentedOn().get().isBefore(d)).orElse(true)
              && e.attributedTo().map(PHYSICAL_MEDICINE::contains).orElse(true);
      if (!counts) {
        continue;
      }
      activity |=
          e.element() == FunctionalElement.ADL_IMPROVEMENT
              || e.element() == FunctionalElement.WORK_RESTRICTION_REDUCTION;
      dependency |= e.element() == FunctionalElement.REDUCED_TREATMENT_DEPENDENCY;
    }
    if (postsurgical && c.surgeries().size() > 1) {
      return; // which surgery covers the request is the coverage's question, not this one's
    }
    Statistics.label("elements").collect(activity + "/" + dependency);
    assertThat(cr.status())
        .isEqualTo(activity && dependency ? CriterionStatus.MET : CriterionStatus.NOT_DOCUMENTED);
    if (activity && !dependency) {
      assertThat(text).contains("but not a reduction in the dependency");
    } else if (!activity && dependency) {
      assertThat(text).contains("but not an improvement in activities of daily living");
    } else if (!activity) {
      assertThat(text).contains("documents neither");
    }
  }

  private static ChronicPainDiagnosisGroup groupCited(CriterionResult cr) {
    return MtusContent.chronicPainDiagnosisGroups().stream()
        .filter(g -> g.citation().equals(cr.citation()))
        .findFirst()
        .orElseThrow();
  }

  private static PostsurgicalTableRow rowCited(CriterionResult cr) {
    return MtusContent.postsurgicalTable().rows().stream()
        .filter(r -> r.citation().equals(cr.citation()))
        .findFirst()
        .orElseThrow();
  }

  private static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  @Provide
  Arbitrary<Case> cases() {
    return PhysicalMedicineArbitraries.cases();
  }
}
