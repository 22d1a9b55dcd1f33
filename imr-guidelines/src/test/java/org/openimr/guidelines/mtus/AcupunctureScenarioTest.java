package org.openimr.guidelines.mtus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.guidelines.mtus.AcupunctureCase.extension;
import static org.openimr.guidelines.mtus.AcupunctureCase.firstTrial;
import static org.openimr.guidelines.mtus.AcupunctureCase.request;
import static org.openimr.guidelines.mtus.AcupunctureCriteria.DURATION;
import static org.openimr.guidelines.mtus.AcupunctureCriteria.ELECTROACUPUNCTURE_INDICATION;
import static org.openimr.guidelines.mtus.AcupunctureCriteria.EXTENSION;
import static org.openimr.guidelines.mtus.AcupunctureCriteria.FREQUENCY;
import static org.openimr.guidelines.mtus.AcupunctureCriteria.FUNCTIONAL_IMPROVEMENT;
import static org.openimr.guidelines.mtus.AcupunctureCriteria.INDICATION;
import static org.openimr.guidelines.mtus.AcupunctureCriteria.INITIAL_TRIAL;
import static org.openimr.guidelines.mtus.AcupunctureCriteria.SCOPE;
import static org.openimr.guidelines.mtus.AcupunctureCriteria.SESSIONS_DOCUMENTED;
import static org.openimr.model.BodyRegion.KNEE;
import static org.openimr.model.BodyRegion.LUMBAR_SPINE;
import static org.openimr.model.ClinicalFinding.ACTIVE_PHYSICAL_REHABILITATION;
import static org.openimr.model.ClinicalFinding.MUSCLE_SPASM;
import static org.openimr.model.ClinicalFinding.RADIATING_PAIN;
import static org.openimr.model.FunctionalElement.ADL_IMPROVEMENT;
import static org.openimr.model.FunctionalElement.REDUCED_TREATMENT_DEPENDENCY;
import static org.openimr.model.FunctionalElement.WORK_RESTRICTION_REDUCTION;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openimr.model.Case;
import org.openimr.model.CriterionResult;
import org.openimr.model.Decision;
import org.openimr.model.ImrOutcome;
import org.openimr.model.MedicalNecessity;
import org.openimr.model.Modality;
import org.openimr.model.PainMedicationStatus;
import org.openimr.review.ImrReviewer;

/**
 * The acupuncture guidelines as a table: each scenario is written from the guideline, with the
 * decision it must get and the criteria that must fail (the "why"). Scenarios go through the
 * reviewer, so the edition is chosen by the request date as in production.
 */
class AcupunctureScenarioTest {
  private static final ImrReviewer REVIEWER =
      ImrReviewer.builder().register(new MtusAcupunctureEvaluator()).build();

  static Stream<Arguments> scenarios() {
    return Stream.of(
        // --- the seed letter
        scenario(
            "seed letter: 6 prior sessions, only a self-reported global improvement",
            AcupunctureCase.seed(),
            notNecessary(EXTENSION, FUNCTIONAL_IMPROVEMENT)),
        // --- (c)(1) first trials: 3-6 treatments
        scenario(
            "first trial of 4 sessions (2x2)", firstTrial("Acupuncture 2x2 low back"), necessary()),
        scenario(
            "first trial of 6 sessions (2x3)", firstTrial("Acupuncture 2x3 low back"), necessary()),
        scenario(
            "first trial of 8 sessions (2x4) is more than 6",
            firstTrial("Acupuncture 2x4 low back"),
            notNecessary(INITIAL_TRIAL)),
        scenario(
            "first trial of 12 sessions (3x4) is more than 6",
            firstTrial("Acupuncture 3x4 low back"),
            notNecessary(INITIAL_TRIAL)),
        scenario(
            "first trial of up to 8 sessions (1-2x/week x 4 weeks) is more than 6",
            firstTrial("Acupuncture 1-2x/week x 4 weeks low back"),
            notNecessary(INITIAL_TRIAL)),
        scenario(
            "first trial x6 states no frequency: scheduled within 1-3 a week",
            firstTrial("Acupuncture x6 low back"),
            necessary()),
        scenario(
            "first trial of 6 sessions with no weeks fits 2 months at 3 a week",
            firstTrial("Acupuncture 6 sessions low back"),
            necessary()),
        // --- (c)(2) frequency: 1-3 a week
        scenario(
            "4 sessions a week (4x1) is more than 3",
            firstTrial("Acupuncture 4x1 low back"),
            notNecessary(FREQUENCY)),
        scenario(
            "12 sessions over 2 weeks need 6 a week, and 12 is more than a first trial",
            firstTrial("Acupuncture 12 sessions over 2 weeks low back"),
            notNecessary(INITIAL_TRIAL, FREQUENCY)),
        // --- (c)(3) duration: 1-2 months, i.e. up to 8 weeks
        scenario(
            "extension over 10 weeks (1x10) is longer than 2 months",
            extension("Acupuncture 1x10 low back").completeImprovement(),
            notNecessary(DURATION)),
        scenario(
            "extension over 9 weeks (1x9) is longer than 2 months",
            extension("Acupuncture 1x9 low back").completeImprovement(),
            notNecessary(DURATION)),
        scenario(
            "extension over 8 weeks (1x8) fits 2 months",
            extension("Acupuncture 1x8 low back").completeImprovement(),
            necessary()),
        // --- (d) extension with functional improvement as § 9792.20(f) defines it
        scenario(
            "extension with complete improvement: ADL and reduced dependency",
            extension("Acupuncture 2x3 low back").completeImprovement(),
            necessary()),
        scenario(
            "extension with reduced work restrictions and reduced dependency",
            extension("Acupuncture 2x3 low back")
                .improvement(WORK_RESTRICTION_REDUCTION)
                .improvement(REDUCED_TREATMENT_DEPENDENCY),
            necessary()),
        scenario(
            "extension of 12 sessions (3x4) with improvement: no fixed maximum after a trial",
            extension("Acupuncture 3x4 low back").completeImprovement(),
            necessary()),
        scenario(
            "extension with partial improvement: ADL only, no reduced dependency",
            extension("Acupuncture 2x3 low back").improvement(ADL_IMPROVEMENT),
            notNecessary(EXTENSION, FUNCTIONAL_IMPROVEMENT)),
        scenario(
            "extension with subjective-only improvement",
            extension("Acupuncture 2x3 low back")
                .subjectiveImprovement(ADL_IMPROVEMENT)
                .subjectiveImprovement(REDUCED_TREATMENT_DEPENDENCY)
                .globalImprovementReport(),
            notNecessary(EXTENSION, FUNCTIONAL_IMPROVEMENT)),
        scenario(
            "extension with improvement not documented at a visit (undated)",
            extension("Acupuncture 2x3 low back")
                .undatedImprovement(ADL_IMPROVEMENT)
                .undatedImprovement(REDUCED_TREATMENT_DEPENDENCY),
            notNecessary(EXTENSION, FUNCTIONAL_IMPROVEMENT)),
        scenario(
            "extension with improvement the record attributes to physical therapy",
            extension("Acupuncture 2x3 low back")
                .improvementAttributedTo(ADL_IMPROVEMENT, Modality.PHYSICAL_THERAPY)
                .improvementAttributedTo(REDUCED_TREATMENT_DEPENDENCY, Modality.PHYSICAL_THERAPY),
            // One reading of attribution in every evaluator (issue 13, item 4): evidence
            // attributed to another modality counts neither for (d) nor for § 9792.20.
            notNecessary(EXTENSION, FUNCTIONAL_IMPROVEMENT)),
        scenario(
            "extension with improvement the record attributes to no treatment",
            extension("Acupuncture 2x3 low back")
                .improvementAttributedTo(ADL_IMPROVEMENT, Modality.OTHER)
                .improvementAttributedTo(REDUCED_TREATMENT_DEPENDENCY, Modality.OTHER),
            necessary()),
        scenario(
            "extension with improvement but the completed session count missing",
            request("Acupuncture 2x3 low back")
                .priorAcupunctureWithoutCount()
                .completeImprovement(),
            notNecessary(SESSIONS_DOCUMENTED)),
        scenario(
            "extension with neither a session count nor improvement",
            request("Acupuncture 2x3 low back").priorAcupunctureWithoutCount(),
            notNecessary(SESSIONS_DOCUMENTED, EXTENSION, FUNCTIONAL_IMPROVEMENT)),
        scenario(
            "prior acupuncture only for the knee: a first trial for the low back",
            firstTrial("Acupuncture 2x3 low back").priorAcupunctureFor(KNEE, 6),
            necessary()),
        scenario(
            "prior acupuncture course with no session completed: still a first trial",
            firstTrial("Acupuncture 2x3 low back").priorAcupuncture(0),
            necessary()),
        // --- (a)(1) indications
        scenario(
            "first trial with no indication documented",
            request("Acupuncture 2x3 low back"),
            notNecessary(INDICATION)),
        scenario(
            "first trial with pain medication documented as unchanged",
            request("Acupuncture 2x3 low back").painMedication(PainMedicationStatus.UNCHANGED),
            notNecessary(INDICATION)),
        scenario(
            "first trial as an adjunct to active physical rehabilitation",
            request("Acupuncture 2x3 low back").findings(ACTIVE_PHYSICAL_REHABILITATION),
            necessary()),
        scenario(
            "first trial as an adjunct to surgery on the same region",
            request("Acupuncture 2x3 low back").surgeryOn(LUMBAR_SPINE),
            necessary()),
        // --- (a)(2) electroacupuncture
        scenario(
            "electroacupuncture first trial for radiating pain, medication not tolerated",
            request("Electroacupuncture 2x3 low back")
                .painMedication(PainMedicationStatus.NOT_TOLERATED)
                .findings(RADIATING_PAIN, MUSCLE_SPASM),
            necessary()),
        scenario(
            "electroacupuncture with none of its (a)(2) findings",
            firstTrial("Electroacupuncture 2x3 low back"),
            notNecessary(ELECTROACUPUNCTURE_INDICATION)),
        // --- (b) scope: the shoulder stays with ACOEM
        scenario(
            "shoulder under the 2009 edition: deferred to ACOEM, not decided",
            firstTrial("Acupuncture 2x3 right shoulder"),
            notEvaluable("ACOEM Practice Guidelines' text on shoulder complaints", SCOPE)),
        scenario(
            "shoulder under the 2007 edition: deferred to ACOEM 2nd edition, not decided",
            firstTrial("Acupuncture 2x3 right shoulder").requestedOn(LocalDate.of(2008, 3, 1)),
            notEvaluable("ACOEM Practice Guidelines, 2nd edition", SCOPE)),
        // --- editions and dates
        scenario(
            "low back under the 2007 edition: its figures are not covered",
            firstTrial("Acupuncture 2x3 low back").requestedOn(LocalDate.of(2008, 3, 1)),
            notEvaluable("does not cover")),
        scenario(
            "request dated before 2007: no edition in force",
            firstTrial("Acupuncture 2x3 low back").requestedOn(LocalDate.of(2006, 9, 1)),
            notEvaluable("no edition it encodes is in force")),
        scenario(
            "request dated after the 2009 edition ended (2017-11-30)",
            firstTrial("Acupuncture 2x3 low back").requestedOn(LocalDate.of(2018, 1, 15)),
            notEvaluable(
                "No edition of the MTUS Acupuncture Medical Treatment Guidelines (8 CCR §"
                    + " 9792.24.1) in force on 2018-01-15 is encoded: supply a content pack for"
                    + " that date (see docs/content-packs.md).")));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("scenarios")
  void eachScenarioGetsTheDecisionTheGuidelineGives(String name, Case c, Expected expected) {
    Decision decision = REVIEWER.decide(c, c.disputedItems().get(0));

    assertThat(decision.necessity()).as("necessity").isEqualTo(expected.necessity());
    assertThat(decision.outcome()).as("outcome").isEqualTo(expected.outcome());
    assertThat(decision.adverseCriteria().map(CriterionResult::id).toList())
        .as("failing criteria")
        .isEqualTo(expected.failing());
    expected
        .reason()
        .ifPresent(r -> assertThat(decision.notEvaluableReason()).get().asString().contains(r));
    decision
        .adverseCriteria()
        .forEach(
            failing ->
                assertThat(decision.rationale())
                    .as("rationale names %s", failing.id())
                    .contains(failing.citation().section()));
  }

  /** The decision a scenario must get, and which criteria must fail. */
  record Expected(MedicalNecessity necessity, List<String> failing, Optional<String> reason) {
    Optional<ImrOutcome> outcome() {
      return switch (necessity) {
        case NECESSARY -> Optional.of(ImrOutcome.OVERTURNED);
        case NOT_NECESSARY -> Optional.of(ImrOutcome.UPHELD);
        case NOT_EVALUABLE -> Optional.empty();
      };
    }

    @Override
    public String toString() {
      return necessity
          + (failing.isEmpty() ? "" : " because of " + failing)
          + reason.map(r -> " (\"" + r + "\")").orElse("");
    }
  }

  private static Arguments scenario(String name, AcupunctureCase c, Expected expected) {
    return scenario(name, c.build(), expected);
  }

  private static Arguments scenario(String name, Case c, Expected expected) {
    return Arguments.of(name, c, expected);
  }

  private static Expected necessary() {
    return new Expected(MedicalNecessity.NECESSARY, List.of(), Optional.empty());
  }

  private static Expected notNecessary(String... failing) {
    return new Expected(MedicalNecessity.NOT_NECESSARY, List.of(failing), Optional.empty());
  }

  private static Expected notEvaluable(String reason, String... failing) {
    return new Expected(MedicalNecessity.NOT_EVALUABLE, List.of(failing), Optional.of(reason));
  }
}
