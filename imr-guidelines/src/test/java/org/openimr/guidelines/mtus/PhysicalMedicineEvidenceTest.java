package org.openimr.guidelines.mtus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.guidelines.mtus.PhysicalMedicineCase.request;
import static org.openimr.model.BodyRegion.CERVICAL_SPINE;
import static org.openimr.model.BodyRegion.LUMBAR_SPINE;
import static org.openimr.model.BodyRegion.SHOULDER;
import static org.openimr.model.ClinicalFinding.RETURNED_TO_WORK;
import static org.openimr.model.Diagnosis.icd9;
import static org.openimr.model.Modality.CHIROPRACTIC_MANIPULATION;
import static org.openimr.model.Modality.PHYSICAL_THERAPY;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openimr.model.Case;
import org.openimr.model.CriterionResult;
import org.openimr.model.Decision;
import org.openimr.model.Evidence;
import org.openimr.review.ImrReviewer;

/**
 * The facts of physical medicine evidence, row by row: what was requested and what the guideline
 * (or the statute) allows are numbers a tool reads without parsing the sentence, and the sentence
 * is the one the facts render. Each row names the situation, the criterion and the evidence code,
 * then the facts expected; the scenario table ({@link PhysicalMedicineScenarioTest}) says why each
 * decision comes out as it does.
 */
class PhysicalMedicineEvidenceTest {
  private static final ImrReviewer REVIEWER =
      ImrReviewer.builder()
          .register(
              new MtusPostsurgicalPhysicalMedicineEvaluator(),
              new MtusChronicPainPhysicalMedicineEvaluator())
          .build();

  private static final String NECK_DISCECTOMY =
      "neck, displacement of cervical disc (722.0), discectomy / laminectomy";
  private static final String NECK_FUSION =
      "neck, displacement of cervical disc (722.0), fusion, after graft maturity";

  record Row(
      String situation,
      PhysicalMedicineCase aCase,
      String criterion,
      PhysicalMedicineEvidence code,
      Map<String, Object> facts,
      String text) {
    @Override
    public String toString() {
      return situation;
    }
  }

  private static Map<String, Object> facts(Object... namesAndValues) {
    Map<String, Object> facts = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      facts.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return facts;
  }

  static Stream<Row> rows() {
    return Stream.of(
        new Row(
            "myalgia: 8 visits over 4 weeks, within 9-10 over 8 weeks",
            request("PT 2x4 low back").diagnosis(icd9("729.1")),
            TherapyCriteria.Visits.ID,
            PhysicalMedicineEvidence.VISITS_AND_WEEKS_REQUESTED,
            facts(
                "requested", 8,
                "weeks", 4,
                "allowed", 10,
                "allowedWeeks", 8,
                "course", "9-10 visits over 8 weeks"),
            "The request is for 8 visits over 4 weeks, within 9-10 visits over 8 weeks."),
        new Row(
            "myalgia: 12 visits, more than the 10 allowed",
            request("PT 3x4 low back").diagnosis(icd9("729.1")),
            TherapyCriteria.Visits.ID,
            PhysicalMedicineEvidence.VISITS_AND_WEEKS_REQUESTED,
            facts(
                "requested", 12,
                "weeks", 4,
                "allowed", 10,
                "allowedWeeks", 8,
                "course", "9-10 visits over 8 weeks"),
            "The request is for 12 visits over 4 weeks: more than 10 visits."),
        new Row(
            "radiculitis: 10 visits over 5 weeks, longer than the 4 allowed",
            request("PT 2x5 low back").diagnosis(icd9("729.2")),
            TherapyCriteria.Visits.ID,
            PhysicalMedicineEvidence.VISITS_AND_WEEKS_REQUESTED,
            facts(
                "requested", 10,
                "weeks", 5,
                "allowed", 10,
                "allowedWeeks", 4,
                "course", "8-10 visits over 4 weeks"),
            "The request is for 10 visits over 5 weeks: longer than 4 weeks."),
        new Row(
            "myalgia: 6 visits with no weeks stated",
            request("PT 6 sessions low back").diagnosis(icd9("729.1")),
            TherapyCriteria.Visits.ID,
            PhysicalMedicineEvidence.VISITS_REQUESTED,
            facts(
                "requested", 6,
                "allowed", 10,
                "allowedWeeks", 8,
                "course", "9-10 visits over 8 weeks"),
            "The request is for 6 visits, within 9-10 visits over 8 weeks."),
        new Row(
            "the visit cap: 20 prior and 8 requested physical therapy visits, cap 24",
            request("PT 2x4 low back")
                .diagnosis(icd9("729.1"))
                .prior(PHYSICAL_THERAPY, LUMBAR_SPINE, 20),
            VisitCapCriterion.ID,
            PhysicalMedicineEvidence.VISIT_CAP_TOTAL,
            facts(
                "requested", 8,
                "discipline", "physical therapy",
                "visits", 28,
                "allowed", 24,
                "allCounted", true),
            "With the 8 requested the injury's physical therapy visits come to 28, more than the"
                + " cap of 24."),
        new Row(
            "the visit cap: a course without its count makes the total a lower bound",
            request("PT 2x4 low back")
                .diagnosis(icd9("729.1"))
                .prior(PHYSICAL_THERAPY, LUMBAR_SPINE, 6)
                .priorUncounted(PHYSICAL_THERAPY, LUMBAR_SPINE),
            VisitCapCriterion.ID,
            PhysicalMedicineEvidence.VISIT_CAP_PRIOR_VISITS,
            facts(
                "discipline", "physical therapy",
                "priorVisits", 6,
                "courses", 2,
                "coursesWithoutCount", 1,
                "undatedCourses", 0,
                "postsurgicalCourses", 0),
            "The record shows 6 prior physical therapy visits in 1 course, and 1 more course"
                + " without the number of visits."),
        new Row(
            "postsurgical: 18 requested, past the initial course of half of 24",
            request("PT 3x6 right shoulder")
                .surgery("arthroscopic subacromial decompression", SHOULDER, 30, icd9("726.12")),
            PostsurgicalCriteria.Course.INITIAL,
            PhysicalMedicineEvidence.POSTSURGICAL_INITIAL_OVER,
            facts("visits", 18, "generalVisits", 24, "initialPercent", 50),
            "The initial course is 12 visits. The request runs past it before a subsequent course"
                + " can be considered."),
        new Row(
            "postsurgical: the surgery's table row and how it matched",
            request("PT 2x6 right shoulder")
                .surgery("arthroscopic subacromial decompression", SHOULDER, 30, icd9("726.12")),
            PostsurgicalCriteria.TreatmentPeriod.ID,
            PhysicalMedicineEvidence.POSTSURGICAL_IN_PERIOD,
            facts(
                "daysAfterSurgery",
                30,
                "region",
                "SHOULDER",
                "inTable",
                true,
                "periodMonths",
                6,
                "provenance",
                "QUOTED"),
            "The request date is 30 days after the surgery of the shoulder, within the period of"
                + " its table row, 6 months from the date of surgery (transcribed from IMR letters"
                + " quoting the section; verify against the official text before production"
                + " use)."),
        // --- rows for codes neither the scenario table nor the golden cases reach; the texts are
        // those the free-text evidence read before it was structured ---
        new Row(
            "postsurgical: a surgery the record cannot tell apart between two rows",
            request("PT 2x4 neck")
                .surgery(
                    "anterior cervical discectomy and fusion", CERVICAL_SPINE, 30, icd9("722.0")),
            PostsurgicalCriteria.TreatmentPeriod.ID,
            PhysicalMedicineEvidence.POSTSURGICAL_SEVERAL_ROWS,
            facts("rows", List.of(NECK_DISCECTOMY, NECK_FUSION)),
            "The surgery matches more than one row of the postsurgical table ("
                + NECK_DISCECTOMY
                + "; "
                + NECK_FUSION
                + ") and the record does not tell them apart, so it is treated as a surgery not in"
                + " the table."),
        new Row(
            "manipulation without a region, for carpal tunnel syndrome",
            request("Chiropractic 2x3").diagnosis(icd9("354.0")),
            ManipulationCriteria.Region.ID,
            PhysicalMedicineEvidence.MANIPULATION_EXCLUDED_DIAGNOSIS,
            facts("condition", "carpal tunnel syndrome"),
            "The request names no region, and the case's diagnosis is carpal tunnel syndrome, for"
                + " which manipulation is not recommended."),
        new Row(
            "low-back manipulation after a course without its count",
            request("Chiropractic 3x2 low back")
                .priorUncounted(CHIROPRACTIC_MANIPULATION, LUMBAR_SPINE),
            ManipulationCriteria.RegionCourse.TRIAL,
            PhysicalMedicineEvidence.MANIPULATION_STAGE_UNKNOWN,
            facts(),
            "Without the visits already completed, the stage of the course cannot be told."),
        new Row(
            "a flare-up of 3 visits, more than 1-2",
            request("Chiropractic 3 visits low back")
                .prior(CHIROPRACTIC_MANIPULATION, LUMBAR_SPINE, 18, 250, 150)
                .finding(RETURNED_TO_WORK),
            ManipulationCriteria.RegionCourse.FLARE_UP,
            PhysicalMedicineEvidence.MANIPULATION_FLARE_UP_OVER,
            facts("requested", 3, "allowed", 2, "flareUp", "1-2 visits"),
            "After the course, the request for 3 visits is more than the 1-2 visits for a"
                + " flare-up."),
        new Row(
            "a flare-up without a return to work",
            request("Chiropractic 2 visits low back")
                .prior(CHIROPRACTIC_MANIPULATION, LUMBAR_SPINE, 18, 250, 150),
            ManipulationCriteria.RegionCourse.FLARE_UP,
            PhysicalMedicineEvidence.MANIPULATION_NO_RETURN_TO_WORK,
            facts(),
            "The record does not document a return to work."),
        new Row(
            "a flare-up after an undated course",
            request("Chiropractic 2 visits low back")
                .prior(CHIROPRACTIC_MANIPULATION, LUMBAR_SPINE, 18)
                .finding(RETURNED_TO_WORK),
            ManipulationCriteria.RegionCourse.FLARE_UP,
            PhysicalMedicineEvidence.MANIPULATION_LAST_UNDATED,
            facts(),
            "The record does not date the last manipulation, so the interval since cannot be"
                + " told."),
        new Row(
            "a flare-up 2 months after the course, sooner than 4",
            request("Chiropractic 2 visits low back")
                .prior(CHIROPRACTIC_MANIPULATION, LUMBAR_SPINE, 18, 100, 60)
                .finding(RETURNED_TO_WORK),
            ManipulationCriteria.RegionCourse.FLARE_UP,
            PhysicalMedicineEvidence.MANIPULATION_FLARE_UP_TOO_SOON,
            facts("months", 4),
            "Return to work is documented, and the last manipulation was less than 4 months"
                + " before the request."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theEvidenceCarriesWhatWasRequestedAndWhatIsAllowedAsFacts(Row row) {
    Case c = row.aCase().build();
    Decision d = REVIEWER.decide(c, c.disputedItems().get(0));

    Evidence e = evidenceOf(d, row.criterion(), row.code());

    assertThat(e.facts()).containsExactlyEntriesOf(row.facts());
    assertThat(e.text()).isEqualTo(row.text());
  }

  @Test
  void aToolReadsRequestedAgainstAllowedWithoutParsingTheSentence() {
    Case c = request("PT 3x4 low back").diagnosis(icd9("729.1")).build();
    Decision d = REVIEWER.decide(c, c.disputedItems().get(0));

    Evidence e =
        evidenceOf(
            d, TherapyCriteria.Visits.ID, PhysicalMedicineEvidence.VISITS_AND_WEEKS_REQUESTED);

    // the criterion fails because 12 > 10, which the facts say as numbers
    assertThat(e.integer("requested")).isGreaterThan(e.integer("allowed"));
    assertThat(e.code()).isEqualTo("mtus.physical-medicine.evidence.visits-and-weeks-requested");
  }

  @Test
  void everyCodeIsNamespacedAndTakesDistinctFacts() {
    for (PhysicalMedicineEvidence code : PhysicalMedicineEvidence.values()) {
      assertThat(code.id())
          .isEqualTo(
              "mtus.physical-medicine.evidence."
                  + code.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      assertThat(code.factNames()).doesNotHaveDuplicates();
    }
  }

  /**
   * The scenario table, the golden recording's generated cases and this table's rows together reach
   * every code, and no evidence of a physical medicine decision there is free text.
   */
  @Test
  void everyCodeIsReachedAndNoPhysicalMedicineEvidenceIsFreeText() {
    List<Case> cases = new ArrayList<>();
    PhysicalMedicineScenarioTest.scenarios().forEach(s -> cases.add(s.aCase().build()));
    rows().forEach(row -> cases.add(row.aCase().build()));
    GoldenDecisions.generated("generated", PhysicalMedicineArbitraries.cases(), 20_160_728L, 500)
        .forEach(named -> cases.add(named.c()));
    Set<String> reached = new TreeSet<>();
    for (Case c : cases) {
      for (Decision d : REVIEWER.review(c).decisions()) {
        if (d.evaluatorId().startsWith("mtus.")) {
          for (CriterionResult cr : d.criteria()) {
            for (Evidence e : cr.evidenceItems()) {
              assertThat(e.isText()).as("%s: %s", cr.id(), e).isFalse();
              reached.add(e.code());
            }
          }
        }
      }
    }
    Set<String> codes = new TreeSet<>();
    for (PhysicalMedicineEvidence code : PhysicalMedicineEvidence.values()) {
      codes.add(code.id());
    }
    codes.removeAll(reached);
    assertThat(codes).as("codes no case reaches").isEmpty();
  }

  private static Evidence evidenceOf(Decision d, String criterion, PhysicalMedicineEvidence code) {
    List<CriterionResult> matching =
        d.criteria().stream().filter(cr -> cr.id().equals(criterion)).toList();
    assertThat(matching).as("criterion %s in %s", criterion, d.criteria()).hasSize(1);
    CriterionResult cr = matching.get(0);
    List<Evidence> items =
        cr.evidenceItems().stream().filter(e -> e.code().equals(code.id())).toList();
    assertThat(items).as("evidence %s of %s", code.id(), cr.evidenceItems()).hasSize(1);
    // the sentence among the criterion's evidence is the one the facts render
    assertThat(cr.evidence()).contains(items.get(0).text());
    return items.get(0);
  }
}
