package org.openimr.guidelines.mtus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.guidelines.mtus.PhysicalMedicineCase.request;
import static org.openimr.model.BodyRegion.CERVICAL_SPINE;
import static org.openimr.model.BodyRegion.KNEE;
import static org.openimr.model.BodyRegion.LUMBAR_SPINE;
import static org.openimr.model.BodyRegion.SHOULDER;
import static org.openimr.model.BodyRegion.WRIST;
import static org.openimr.model.ClinicalFinding.ACTIVE_PHYSICAL_REHABILITATION;
import static org.openimr.model.ClinicalFinding.EMPLOYER_AUTHORIZED_ADDITIONAL_VISITS;
import static org.openimr.model.ClinicalFinding.HOME_EXERCISE_PROGRAM;
import static org.openimr.model.ClinicalFinding.MAINTENANCE_CARE;
import static org.openimr.model.ClinicalFinding.REDUCED_WEIGHT_BEARING_DESIRABLE;
import static org.openimr.model.ClinicalFinding.RETURNED_TO_WORK;
import static org.openimr.model.Diagnosis.icd10;
import static org.openimr.model.Diagnosis.icd9;
import static org.openimr.model.MedicalNecessity.NECESSARY;
import static org.openimr.model.MedicalNecessity.NOT_EVALUABLE;
import static org.openimr.model.MedicalNecessity.NOT_NECESSARY;
import static org.openimr.model.Modality.CHIROPRACTIC_MANIPULATION;
import static org.openimr.model.Modality.PHYSICAL_THERAPY;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openimr.model.Case;
import org.openimr.model.CriterionResult;
import org.openimr.model.Decision;
import org.openimr.model.Diagnosis;
import org.openimr.model.MedicalNecessity;
import org.openimr.model.Modality;
import org.openimr.review.ImrReviewer;

/**
 * The physical medicine rules of MTUS, scenario by scenario: each row names the situation, the
 * expected decision, the evaluator that decides it and the criteria that stand in the way (the
 * adverse ones, by id). Both evaluators are registered, so each row also shows which guideline the
 * reviewer picks.
 */
class PhysicalMedicineScenarioTest {
  private static final String POSTSURGICAL = MtusPostsurgicalPhysicalMedicineEvaluator.ID;
  private static final String CHRONIC_PAIN = MtusChronicPainPhysicalMedicineEvaluator.ID;
  private static final String REVIEWER = ImrReviewer.REVIEWER_ID;

  private static final ImrReviewer REVIEWER_WITH_BOTH =
      ImrReviewer.builder()
          .register(
              new MtusPostsurgicalPhysicalMedicineEvaluator(),
              new MtusChronicPainPhysicalMedicineEvaluator())
          .build();

  /** One row: the situation, then what is expected and why. */
  record Scenario(
      String situation,
      PhysicalMedicineCase aCase,
      MedicalNecessity expected,
      String decidedBy,
      Set<String> failing,
      String reasonMentions) {
    @Override
    public String toString() {
      return situation;
    }
  }

  static Scenario row(
      String situation,
      MedicalNecessity expected,
      String decidedBy,
      List<String> failing,
      PhysicalMedicineCase aCase) {
    return new Scenario(situation, aCase, expected, decidedBy, Set.copyOf(failing), "");
  }

  static Scenario notEvaluable(
      String situation, String decidedBy, String reasonMentions, PhysicalMedicineCase aCase) {
    return new Scenario(situation, aCase, NOT_EVALUABLE, decidedBy, Set.of(), reasonMentions);
  }

  static List<String> none() {
    return List.of();
  }

  static List<String> failing(String... ids) {
    return List.of(ids);
  }

  static Stream<Scenario> scenarios() {
    return Stream.of(
        // --- postsurgical, § 9792.24.3 ---
        row(
            "postsurgical initial course: 12 of 24 visits after arthroscopic impingement surgery",
            NECESSARY,
            POSTSURGICAL,
            none(),
            request("PT 2x6 right shoulder")
                .surgery("arthroscopic subacromial decompression", SHOULDER, 30, icd9("726.12"))),
        row(
            "postsurgical first request above the initial course: 18 of 12",
            NOT_NECESSARY,
            POSTSURGICAL,
            failing("mtus.postsurgical.initial-course"),
            request("PT 3x6 right shoulder")
                .surgery("arthroscopic subacromial decompression", SHOULDER, 30, icd9("726.12"))),
        row(
            "postsurgical subsequent course with documented functional improvement",
            NECESSARY,
            POSTSURGICAL,
            none(),
            request("PT 2x6 shoulder")
                .surgery("arthroscopic decompression", SHOULDER, 90, icd9("726.10"))
                .prior(PHYSICAL_THERAPY, SHOULDER, 12, 80, 20)
                .improvement()),
        row(
            "postsurgical subsequent course without functional improvement",
            NOT_NECESSARY,
            POSTSURGICAL,
            failing("mtus.postsurgical.subsequent-course"),
            request("PT 2x6 shoulder")
                .surgery("arthroscopic decompression", SHOULDER, 90, icd9("726.10"))
                .prior(PHYSICAL_THERAPY, SHOULDER, 12, 80, 20)),
        row(
            "postsurgical subsequent course when the reduced dependency is only reported, not"
                + " measured (§ 9792.20 element 3)",
            NOT_NECESSARY,
            POSTSURGICAL,
            failing("mtus.postsurgical.subsequent-course"),
            request("PT 2x6 shoulder")
                .surgery("arthroscopic decompression", SHOULDER, 90, icd9("726.10"))
                .prior(PHYSICAL_THERAPY, SHOULDER, 12, 80, 20)
                .improvementWithReportedDependency()),
        row(
            "postsurgical subsequent course when the improvement is not dated to a visit",
            NOT_NECESSARY,
            POSTSURGICAL,
            failing("mtus.postsurgical.subsequent-course"),
            request("PT 2x6 shoulder")
                .surgery("arthroscopic decompression", SHOULDER, 90, icd9("726.10"))
                .prior(PHYSICAL_THERAPY, SHOULDER, 12, 80, 20)
                .undatedImprovement()),
        row(
            "postsurgical subsequent course on a '55% better' report only",
            NOT_NECESSARY,
            POSTSURGICAL,
            failing("mtus.postsurgical.subsequent-course"),
            request("PT 2x6 shoulder")
                .surgery("arthroscopic decompression", SHOULDER, 90, icd9("726.10"))
                .prior(PHYSICAL_THERAPY, SHOULDER, 12, 80, 20)
                .reportedImprovement()),
        row(
            "beyond the general course, within the period, with further improvement",
            NECESSARY,
            POSTSURGICAL,
            none(),
            request("PT 2x4 shoulder")
                .surgery("open acromioplasty for impingement", SHOULDER, 120, icd9("726.12"))
                .prior(PHYSICAL_THERAPY, SHOULDER, 30, 110, 10)
                .improvement()),
        row(
            "beyond the general course without improvement",
            NOT_NECESSARY,
            POSTSURGICAL,
            failing("mtus.postsurgical.subsequent-course", "mtus.postsurgical.general-course"),
            request("PT 2x4 shoulder")
                .surgery("open acromioplasty for impingement", SHOULDER, 120, icd9("726.12"))
                .prior(PHYSICAL_THERAPY, SHOULDER, 30, 110, 10)),
        row(
            "beyond the general course, running past the end of the period",
            NOT_NECESSARY,
            POSTSURGICAL,
            failing("mtus.postsurgical.general-course"),
            request("PT 2x6 shoulder")
                .surgery("open acromioplasty for impingement", SHOULDER, 160, icd9("726.12"))
                .prior(PHYSICAL_THERAPY, SHOULDER, 30, 150, 10)
                .improvement()),
        row(
            "after the postsurgical period the chronic pain rules apply",
            NECESSARY,
            CHRONIC_PAIN,
            none(),
            request("PT 2x4 shoulder")
                .surgery("arthroscopic decompression", SHOULDER, 200, icd9("726.12"))
                .diagnosis(icd9("729.1"))),
        notEvaluable(
            "a surgery not in the table: presumptive period, but no visit numbers",
            POSTSURGICAL,
            "not in the postsurgical table",
            request("PT 2x4 shoulder").surgery("manipulation under anesthesia", SHOULDER, 20)),
        row(
            "after the presumptive 6 months of an unlisted surgery, chronic pain rules",
            NECESSARY,
            CHRONIC_PAIN,
            none(),
            request("PT 2x4 shoulder")
                .surgery("manipulation under anesthesia", SHOULDER, 200)
                .diagnosis(icd9("729.1"))),
        row(
            "carpal tunnel release: the initial course is half of 3-8 visits, 4",
            NECESSARY,
            POSTSURGICAL,
            none(),
            request("OT 2x2 right wrist")
                .surgery("open carpal tunnel release", WRIST, 14, icd9("354.0"))),
        row(
            "carpal tunnel release: 6 visits exceed the initial course of 4",
            NOT_NECESSARY,
            POSTSURGICAL,
            failing("mtus.postsurgical.initial-course"),
            request("OT 2x3 right wrist")
                .surgery("open carpal tunnel release", WRIST, 14, icd9("354.0"))),
        notEvaluable(
            "carpal tunnel release after its 3-month period: no diagnosis group covers 354.0",
            CHRONIC_PAIN,
            "not covered",
            request("OT 2x3 right wrist")
                .surgery("endoscopic carpal tunnel release", WRIST, 100, icd9("354.0"))
                .diagnosis(icd9("354.0"))),
        row(
            "lumbar fusion found by code and procedure: 16 of the initial 17",
            NECESSARY,
            POSTSURGICAL,
            none(),
            request("PT 2x8 low back")
                .surgery("L4-5 posterior fusion", LUMBAR_SPINE, 60, icd9("722.10"))),
        row(
            "knee replacement coded in ICD-10: found by procedure and region",
            NECESSARY,
            POSTSURGICAL,
            none(),
            request("PT 3x4 right knee")
                .surgery("right total knee replacement", KNEE, 21, icd10("M17.11"))),
        row(
            "a shoulder surgery does not make knee therapy postsurgical",
            NECESSARY,
            CHRONIC_PAIN,
            none(),
            request("PT 2x4 knee")
                .surgery("arthroscopic decompression", SHOULDER, 30, icd9("726.12"))
                .diagnosis(icd9("729.1"))),
        row(
            "postsurgical visits already completed are not documented",
            NOT_NECESSARY,
            POSTSURGICAL,
            failing("mtus.postsurgical.initial-course"),
            // Changed in issue 13 (item 3): the course is now dated inside the period; an
            // undated course is not postsurgical (see the row "undated course" below).
            request("PT 2x3 shoulder")
                .surgery("arthroscopic decompression", SHOULDER, 60, icd9("726.12"))
                .priorUncounted(PHYSICAL_THERAPY, SHOULDER, 50, 20)),
        row(
            "postsurgical: an undated prior course is not shown to follow the surgery, so the"
                + " postsurgical course does not count it (item 3)",
            NECESSARY,
            POSTSURGICAL,
            none(),
            request("PT 2x3 shoulder")
                .surgery("arthroscopic decompression", SHOULDER, 60, icd9("726.12"))
                .priorUncounted(PHYSICAL_THERAPY, SHOULDER)),
        row(
            "postsurgical: a request longer than the general course's weeks (10 for a knee"
                + " arthroplasty), within its visits (item 6)",
            NOT_NECESSARY,
            POSTSURGICAL,
            failing("mtus.postsurgical.course-weeks"),
            request("PT 1x12 right knee")
                .surgery("right total knee arthroplasty", KNEE, 21, icd10("M17.11"))),
        row(
            "postsurgical: no frequency is checked, 5 a week within the initial course (item 6)",
            NECESSARY,
            POSTSURGICAL,
            none(),
            request("PT 5x2 right knee")
                .surgery("right total knee arthroplasty", KNEE, 21, icd10("M17.11"))),
        // --- chronic pain physical medicine, § 9792.24.2 ---
        row(
            "myalgia: 8 visits over 4 weeks, within 9-10 over 8 weeks",
            NECESSARY,
            CHRONIC_PAIN,
            none(),
            request("PT 2x4 low back").diagnosis(icd9("729.1"))),
        row(
            "myalgia: 12 visits exceed 9-10",
            NOT_NECESSARY,
            CHRONIC_PAIN,
            failing("mtus.chronic-pain.visits"),
            request("PT 3x4 low back").diagnosis(icd9("729.1"))),
        row(
            "radiculitis: 10 visits over 5 weeks exceed 4 weeks",
            NOT_NECESSARY,
            CHRONIC_PAIN,
            failing("mtus.chronic-pain.visits"),
            request("PT 2x5 low back").diagnosis(icd9("729.2"))),
        row(
            "CRPS coded in ICD-10: 16 of 24 visits over 16 weeks",
            NECESSARY,
            CHRONIC_PAIN,
            none(),
            request("PT 2x8 left arm").diagnosis(icd10("G90.512"))),
        row(
            "prior visits exhausted, no functional improvement, no home exercise: the home program"
                + " is not a condition (issue 13, item 2; the home-exercise criterion no longer"
                + " fails)",
            NOT_NECESSARY,
            CHRONIC_PAIN,
            failing("mtus.chronic-pain.functional-improvement"),
            request("PT 2x3 low back")
                .diagnosis(icd9("729.1"))
                .prior(PHYSICAL_THERAPY, LUMBAR_SPINE, 12)),
        row(
            "prior visits exhausted, with functional improvement and a home program",
            NECESSARY,
            CHRONIC_PAIN,
            none(),
            request("PT 2x3 low back")
                .diagnosis(icd9("729.1"))
                .prior(PHYSICAL_THERAPY, LUMBAR_SPINE, 12)
                .improvement()
                .finding(HOME_EXERCISE_PROGRAM)),
        row(
            "further visits with functional improvement and no home exercise program (item 2)",
            NECESSARY,
            CHRONIC_PAIN,
            none(),
            request("PT 2x3 low back")
                .diagnosis(icd9("729.1"))
                .prior(PHYSICAL_THERAPY, LUMBAR_SPINE, 12)
                .improvement()),
        row(
            "prior visits within the group's first course need no improvement yet (item 1)",
            NECESSARY,
            CHRONIC_PAIN,
            none(),
            request("PT 2x2 low back")
                .diagnosis(icd9("729.1"))
                .prior(PHYSICAL_THERAPY, LUMBAR_SPINE, 4)),
        row(
            "a diagnosis outside every group, prior therapy, no improvement: not necessary,"
                + " whatever the diagnosis (item 1)",
            NOT_NECESSARY,
            CHRONIC_PAIN,
            failing("mtus.chronic-pain.functional-improvement"),
            request("PT 2x3 low back")
                .diagnosis(icd9("847.2"))
                .prior(PHYSICAL_THERAPY, LUMBAR_SPINE, 12)),
        notEvaluable(
            "a diagnosis outside every group, prior therapy with improvement: the outcome turns"
                + " on the numbers the guideline lacks for the named diagnosis",
            CHRONIC_PAIN,
            "ICD-9-CM 847.2 is in no diagnosis group",
            request("PT 2x3 low back")
                .diagnosis(icd9("847.2"))
                .prior(PHYSICAL_THERAPY, LUMBAR_SPINE, 12)
                .improvement()),
        row(
            "past a postsurgical period, after a postsurgical course, no improvement (item 1)",
            NOT_NECESSARY,
            CHRONIC_PAIN,
            failing("mtus.chronic-pain.functional-improvement"),
            request("PT 2x3 low back")
                .surgery("L5-S1 microdiscectomy", LUMBAR_SPINE, 300, icd9("722.10"))
                .diagnosis(icd9("729.1"))
                .prior(PHYSICAL_THERAPY, LUMBAR_SPINE, 20, 280, 200)),
        row(
            "improvement the record attributes to massage does not count for physical therapy"
                + " (item 4)",
            NOT_NECESSARY,
            CHRONIC_PAIN,
            failing("mtus.chronic-pain.functional-improvement"),
            request("PT 2x3 low back")
                .diagnosis(icd9("729.1"))
                .prior(PHYSICAL_THERAPY, LUMBAR_SPINE, 12)
                .improvementAttributedTo(Modality.MASSAGE)),
        row(
            "improvement the record attributes to no treatment counts (item 4)",
            NECESSARY,
            CHRONIC_PAIN,
            none(),
            request("PT 2x3 low back")
                .diagnosis(icd9("729.1"))
                .prior(PHYSICAL_THERAPY, LUMBAR_SPINE, 12)
                .improvement()),
        row(
            "lumbar radiculopathy coded by site (ICD-10-CM M54.16) for low-back therapy: 8 of"
                + " 8-10 over 4 weeks",
            NECESSARY,
            CHRONIC_PAIN,
            none(),
            request("PT 2x4 low back").diagnosis(icd10("M54.16"))),
        row(
            "cervical radiculopathy (ICD-10-CM M54.12): 12 visits exceed 8-10",
            NOT_NECESSARY,
            CHRONIC_PAIN,
            failing("mtus.chronic-pain.visits"),
            request("PT 3x4 neck").diagnosis(icd10("M54.12"))),
        notEvaluable(
            "lumbar radiculopathy (M54.16) sets no visits for knee therapy (item 5)",
            CHRONIC_PAIN,
            "concern other regions",
            request("PT 2x4 right knee").diagnosis(icd10("M54.16"))),
        notEvaluable(
            "a region the record states wins: myalgia recorded for the shoulder, low-back"
                + " therapy (item 5)",
            CHRONIC_PAIN,
            "concern other regions",
            request("PT 2x4 low back")
                .diagnosis(Diagnosis.builder().from(icd9("729.1")).region(SHOULDER).build())),
        row(
            "CRPS of the upper limb (G90.512) sets no visits for knee therapy, myalgia does",
            NECESSARY,
            CHRONIC_PAIN,
            none(),
            request("PT 2x4 right knee").diagnosis(icd10("G90.512")).diagnosis(icd10("M79.18"))),
        row(
            "four visits a week do not fade",
            NOT_NECESSARY,
            CHRONIC_PAIN,
            failing("mtus.chronic-pain.frequency"),
            request("PT 4x2 low back").diagnosis(icd9("729.1"))),
        notEvaluable(
            "a diagnosis outside every group: visits not covered",
            CHRONIC_PAIN,
            "not covered",
            request("PT 2x3 low back").diagnosis(icd9("847.2"))),
        row(
            "aquatic therapy without a reason for reduced weight bearing",
            NOT_NECESSARY,
            CHRONIC_PAIN,
            failing("mtus.aquatic.weight-bearing"),
            request("Aquatic therapy 2x4 low back").diagnosis(icd9("729.1"))),
        row(
            "aquatic therapy where reduced weight bearing is desirable",
            NECESSARY,
            CHRONIC_PAIN,
            none(),
            request("Aquatic therapy 2x4 low back")
                .diagnosis(icd9("729.1"))
                .finding(REDUCED_WEIGHT_BEARING_DESIRABLE)),
        row(
            "massage, 8 visits, more than 4-6",
            NOT_NECESSARY,
            CHRONIC_PAIN,
            failing("mtus.massage.visits"),
            request("Massage 8 visits low back").finding(ACTIVE_PHYSICAL_REHABILITATION)),
        row(
            "massage, 4 visits beside a home exercise program",
            NECESSARY,
            CHRONIC_PAIN,
            none(),
            request("Massage 4 visits low back").finding(HOME_EXERCISE_PROGRAM)),
        row(
            "massage alone, with no active treatment",
            NOT_NECESSARY,
            CHRONIC_PAIN,
            failing("mtus.massage.adjunct"),
            request("Massage 4 visits low back")),
        row(
            "manipulation of the knee is not recommended",
            NOT_NECESSARY,
            CHRONIC_PAIN,
            failing("mtus.manipulation.region"),
            request("Chiropractic 2x3 right knee")),
        row(
            "low-back manipulation trial: 6 visits over 2 weeks",
            NECESSARY,
            CHRONIC_PAIN,
            none(),
            request("Chiropractic 3x2 low back")),
        row(
            "low-back manipulation: 12 visits as a first request exceed the trial",
            NOT_NECESSARY,
            CHRONIC_PAIN,
            failing("mtus.manipulation.trial"),
            request("Chiropractic 2x6 low back")),
        row(
            "low-back manipulation after the trial, with objective improvement, up to 18",
            NECESSARY,
            CHRONIC_PAIN,
            none(),
            request("Chiropractic 2x4 low back")
                .prior(CHIROPRACTIC_MANIPULATION, LUMBAR_SPINE, 6)
                .improvement()),
        row(
            "low-back manipulation after the trial, without improvement",
            NOT_NECESSARY,
            CHRONIC_PAIN,
            failing("mtus.manipulation.extension"),
            request("Chiropractic 2x4 low back").prior(CHIROPRACTIC_MANIPULATION, LUMBAR_SPINE, 6)),
        row(
            "maintenance manipulation is not medically necessary",
            NOT_NECESSARY,
            CHRONIC_PAIN,
            failing("mtus.manipulation.maintenance"),
            request("Chiropractic 3x2 low back").finding(MAINTENANCE_CARE)),
        row(
            "a flare-up after return to work: 2 visits, 5 months after the course",
            NECESSARY,
            CHRONIC_PAIN,
            none(),
            request("Chiropractic 2 visits low back")
                .prior(CHIROPRACTIC_MANIPULATION, LUMBAR_SPINE, 18, 250, 150)
                .finding(RETURNED_TO_WORK)),
        notEvaluable(
            "manipulation of the neck: numbers encoded for the low back only",
            CHRONIC_PAIN,
            "low back only",
            request("Chiropractic 3x2 neck")),
        // --- Labor Code § 4604.5(c)(1) ---
        row(
            "the 24-visit cap: 20 prior physical therapy visits and 8 more",
            NOT_NECESSARY,
            CHRONIC_PAIN,
            failing("labor-code.4604.5.visit-cap"),
            request("PT 2x4 low back")
                .diagnosis(icd9("729.1"))
                .prior(PHYSICAL_THERAPY, LUMBAR_SPINE, 20)
                .improvement()
                .finding(HOME_EXERCISE_PROGRAM)),
        row(
            "the 24-visit cap lifted by the employer's written authorization",
            NECESSARY,
            CHRONIC_PAIN,
            none(),
            request("PT 2x4 low back")
                .diagnosis(icd9("729.1"))
                .prior(PHYSICAL_THERAPY, LUMBAR_SPINE, 20)
                .improvement()
                .finding(HOME_EXERCISE_PROGRAM, EMPLOYER_AUTHORIZED_ADDITIONAL_VISITS)),
        row(
            "no cap for an injury before 2004",
            NECESSARY,
            CHRONIC_PAIN,
            none(),
            request("PT 2x4 low back")
                .injuredOn(LocalDate.of(2003, 5, 1))
                .diagnosis(icd9("729.1"))
                .prior(PHYSICAL_THERAPY, LUMBAR_SPINE, 20)
                .improvement()
                .finding(HOME_EXERCISE_PROGRAM)),
        row(
            "an undated course counts toward the cap: it is not shown to be postsurgical (item"
                + " 3)",
            NOT_NECESSARY,
            CHRONIC_PAIN,
            failing("labor-code.4604.5.visit-cap"),
            request("PT 2x4 low back")
                .surgery("L5-S1 microdiscectomy", LUMBAR_SPINE, 300, icd9("722.10"))
                .diagnosis(icd9("729.1"))
                .prior(PHYSICAL_THERAPY, LUMBAR_SPINE, 20)
                .improvement()),
        row(
            "postsurgical visits do not count against the cap",
            NECESSARY,
            CHRONIC_PAIN,
            none(),
            request("PT 2x4 low back")
                .surgery("L5-S1 microdiscectomy", LUMBAR_SPINE, 300, icd9("722.10"))
                .diagnosis(icd9("729.1"))
                .prior(PHYSICAL_THERAPY, LUMBAR_SPINE, 20, 280, 200)
                .improvement()
                .finding(HOME_EXERCISE_PROGRAM)),
        // --- editions ---
        notEvaluable(
            "a chronic pain request after the 2009 edition: the later edition is not encoded, so"
                + " the one sentence asks for a content pack for that date",
            REVIEWER,
            "No edition of the MTUS Chronic Pain Medical Treatment Guidelines (8 CCR § 9792.24.2)"
                + " in force on 2017-03-01 is encoded: supply a content pack for that date",
            request("PT 2x4 low back")
                .requestedOn(LocalDate.of(2017, 3, 1))
                .diagnosis(icd9("729.1"))),
        row(
            "a neck fusion coded 722.0: fusion row, 12 of the initial 12",
            NECESSARY,
            POSTSURGICAL,
            none(),
            request("PT 2x6 neck").surgery("C5-6 fusion", CERVICAL_SPINE, 70, icd9("722.0"))));
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("scenarios")
  void scenario(Scenario s) {
    Case c = s.aCase().build();
    Decision decision = REVIEWER_WITH_BOTH.decide(c, c.disputedItems().get(0));

    assertThat(decision.necessity())
        .as("necessity; rationale: %s", decision.rationale())
        .isEqualTo(s.expected());
    assertThat(decision.evaluatorId()).as("decided by").isEqualTo(s.decidedBy());
    assertThat(decision.adverseCriteria().map(CriterionResult::id).collect(Collectors.toSet()))
        .as("failing criteria; rationale: %s", decision.rationale())
        .isEqualTo(s.failing());
    if (s.expected() == NOT_EVALUABLE) {
      assertThat(decision.notEvaluableReason())
          .hasValueSatisfying(reason -> assertThat(reason).contains(s.reasonMentions()));
    } else {
      decision
          .adverseCriteria()
          .forEach(c2 -> assertThat(decision.rationale()).contains(c2.citation().section()));
      assertThat(decision.citations()).isNotEmpty();
    }
  }

  @org.junit.jupiter.api.Test
  void theScenarioTableCoversAtLeastTwentyFiveSituations() {
    assertThat(scenarios().count()).isGreaterThanOrEqualTo(25);
  }
}
