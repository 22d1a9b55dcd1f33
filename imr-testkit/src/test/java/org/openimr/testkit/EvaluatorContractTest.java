package org.openimr.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract catches what it promises to: each deliberately broken evaluator of {@link
 * BrokenEvaluators} fails the property about its defect, the failure names the property and the
 * evaluator, and jqwik's report shows the shrunk case with the patient's identifiers redacted. The
 * contracts run on the JUnit Platform from inside these tests; see {@link PlatformRun}.
 */
class EvaluatorContractTest {
  private static final List<String> OPTIONAL =
      List.of(
          "isMonotoneInRequestedSessions",
          "isMonotoneInDocumentedImprovement",
          "neverApprovesMoreSessionsThanTheBound");

  @Test
  void aNondeterministicEvaluatorFailsDeterminism() {
    PlatformRun.Outcome outcome = failed(BrokenContracts.Nondeterministic.class, "isDeterministic");
    assertNamed(outcome, "deterministic", "broken.nondeterministic");
    assertThat(message(outcome)).contains("necessity (");
  }

  @Test
  void anEvaluatorThatCitesNothingFailsEveryDecisionCites() {
    PlatformRun.Outcome outcome =
        failed(BrokenContracts.WithoutCitations.class, "everyDecisionCites");
    assertNamed(outcome, "every decision cites", "broken.uncited");
    assertThat(message(outcome)).contains("cites no guideline section");
  }

  @Test
  void aDenialWhoseRationaleNamesNoCriterionFailsEveryNonMetCriterionCites() {
    PlatformRun.Outcome outcome =
        failed(BrokenContracts.UnexplainedDenial.class, "everyNonMetCriterionCites");
    assertNamed(outcome, "every non-MET criterion cites", "broken.unexplained");
    assertThat(message(outcome)).contains("is not named in the rationale");
  }

  @Test
  void approvingDespiteAnUnmetCriterionFailsNamingTheDecisionInvariant() {
    PlatformRun.Outcome outcome =
        failed(BrokenContracts.ApprovesDespiteUnmetCriteria.class, "everyNonMetCriterionCites");
    assertNamed(outcome, "every non-MET criterion cites", "broken.approves");
    assertThat(message(outcome))
        .contains(
            "that breaks an invariant: a NECESSARY decision has no NOT_MET or NOT_DOCUMENTED"
                + " criterion");
  }

  @Test
  void approvingEvenSessionCountsOnlyIsNotMonotoneInRequestedSessions() {
    PlatformRun.Outcome outcome =
        failed(BrokenContracts.EvenSessionsOnly.class, "isMonotoneInRequestedSessions");
    assertNamed(outcome, "monotone in requested sessions", "broken.even");
    assertThat(message(outcome))
        .containsPattern("NOT_NECESSARY for \\d+ sessions? but NECESSARY for \\d+ sessions");
  }

  @Test
  void denyingOnceImprovementIsMeasuredIsNotMonotoneInDocumentedImprovement() {
    PlatformRun.Outcome outcome =
        failed(BrokenContracts.ImprovementHurts.class, "isMonotoneInDocumentedImprovement");
    assertNamed(outcome, "monotone in documented improvement", "broken.improvement");
    assertThat(message(outcome)).contains("becomes NOT_NECESSARY once");
  }

  @Test
  void aDeclaredBoundBelowWhatTheEvaluatorApprovesFails() {
    PlatformRun.Outcome outcome =
        failed(BrokenContracts.BoundTooLow.class, "neverApprovesMoreSessionsThanTheBound");
    assertNamed(outcome, "upper bound on sessions", "test.trial");
    assertThat(message(outcome)).contains("above the declared bound of 6");
  }

  @Test
  void anEvaluatorThatThrowsFailsNeverThrowsAndTheCauseIsKept() {
    PlatformRun.Outcome outcome =
        failed(BrokenContracts.ThrowsWithoutRegion.class, "neverThrowsOnAValidCase");
    assertNamed(outcome, "never throws on a valid case", "broken.throwing");
    assertThat(message(outcome)).contains("evaluate threw java.lang.IllegalStateException");
    assertThat(outcome.failure().orElseThrow()).hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void anEvaluatorWithStateSharedBetweenCallsFailsThreadSafety() {
    PlatformRun.Outcome outcome = failed(BrokenContracts.SharedScratchList.class, "isThreadSafe");
    assertNamed(outcome, "thread-safe", "broken.shared");
    assertThat(message(outcome)).contains("concurrent callers");
  }

  @Test
  void anEvaluatorThatNamesThePatientFailsAndTheFailureDoesNotRepeatTheName() {
    PlatformRun.Outcome outcome =
        failed(BrokenContracts.NamesThePatient.class, "patientIdentifiersNeitherDecideNorAppear");
    assertNamed(outcome, "patient identifiers neither decide nor appear", "broken.names");
    assertThat(message(outcome)).contains("patient's name").doesNotContain(CaseEdits.MARKED_NAME);
    assertThat(String.join("\n", outcome.reports())).doesNotContain(CaseEdits.MARKED_NAME);
  }

  @Test
  void criterionIdsThatCarryTheItemIdAreNotStable() {
    PlatformRun.Outcome outcome =
        failed(BrokenContracts.ItemIdInCriterionIds.class, "criterionIdsAreStable");
    assertNamed(outcome, "criterion ids are stable", "broken.ids");
    assertThat(message(outcome)).contains("changed when only the case number and item ids changed");
  }

  @Test
  void criterionIdsWithoutANamespaceFailCriterionIdsAreStable() {
    PlatformRun.Outcome outcome =
        failed(BrokenContracts.UnnamespacedCriterionIds.class, "criterionIdsAreStable");
    assertNamed(outcome, "criterion ids are stable", "broken.unnamespaced");
    assertThat(message(outcome)).contains("is not namespaced");
  }

  @Test
  void aDecisionCitingAnEditionThatNeitherAppliesNorDecidedFailsEveryDecisionCites() {
    PlatformRun.Outcome outcome =
        failed(BrokenContracts.CitesAnUnrelatedEdition.class, "everyDecisionCites");
    assertNamed(outcome, "every decision cites", "broken.unrelated");
    assertThat(message(outcome))
        .contains("cites neither a section of the edition it was asked to apply");
  }

  @Test
  void criteriaNamedAfterAStatuteAndDecisionsTheStatuteDecidesKeepTheContract() {
    Map<String, PlatformRun.Outcome> outcomes =
        PlatformRun.of(BrokenContracts.StatutoryCap.class).outcomes();

    assertThat(outcomes).hasSize(11);
    outcomes.forEach(
        (property, outcome) ->
            assertThat(outcome.status())
                .as(property)
                .isEqualTo(OPTIONAL.contains(property) ? "SKIPPED" : "SUCCESSFUL"));
  }

  @Test
  void answeringAboutAnotherItemFailsApplicabilityAndEvaluationAgree() {
    PlatformRun.Outcome outcome =
        failed(BrokenContracts.AlwaysTheFirstItem.class, "applicabilityAndEvaluationAgree");
    assertNamed(outcome, "applicability and evaluation agree", "broken.first");
    assertThat(message(outcome)).contains("decided another item");
  }

  @Test
  void casesTheEvaluatorNeverDecidesFailInsteadOfPassingVacuously() {
    PlatformRun.Outcome outcome =
        PlatformRun.of(BrokenContracts.NothingApplies.class, "neverThrowsOnAValidCase")
            .outcome("neverThrowsOnAValidCase");
    assertThat(outcome.status()).isEqualTo("FAILED");
    assertThat(outcome.failure().orElseThrow())
        .hasStackTraceContaining("never exercised: no generated case had an item the evaluator");
  }

  @Test
  void aWellBehavedEvaluatorPassesAndUndeclaredOptionalPropertiesAreSkippedWithTheReason() {
    Map<String, PlatformRun.Outcome> outcomes =
        PlatformRun.of(BrokenContracts.NothingDeclared.class).outcomes();

    assertThat(outcomes).hasSize(11);
    outcomes.forEach(
        (property, outcome) -> {
          if (OPTIONAL.contains(property)) {
            assertThat(outcome.status()).as(property).isEqualTo("SKIPPED");
            assertThat(outcome.skipReason().orElseThrow())
                .contains("is not declared by contract()");
          } else {
            assertThat(outcome.status()).as(property).isEqualTo("SUCCESSFUL");
          }
        });
  }

  @Test
  void theSpecRefusesANegativeBoundAndNamesWhatItDeclares() {
    EvaluatorContract.Spec spec =
        EvaluatorContract.of(new TrialRule()).monotoneInRequestedSessions().atMostSessions(12);

    assertThatThrownBy(() -> spec.atMostSessions(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(spec.declares(ContractProperty.UPPER_BOUND_ON_SESSIONS)).isTrue();
    assertThat(spec.declares(ContractProperty.MONOTONE_IN_DOCUMENTED_IMPROVEMENT)).isFalse();
    assertThat(spec)
        .hasToString(
            "EvaluatorContract.Spec{evaluator=org.openimr.testkit.TrialRule, declared=[monotone in"
                + " requested sessions, upper bound on sessions], atMostSessions=12}");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void theEntryPointsNameANullParameter() {
    assertThatThrownBy(() -> EvaluatorContract.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("evaluator");
    assertThatThrownBy(() -> EvaluatorContract.of(new TrialRule()).on(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("cases");
  }

  /** Runs one property of a contract and checks that it failed, showing a shrunk case. */
  private static PlatformRun.Outcome failed(Class<?> contract, String property) {
    PlatformRun.Outcome outcome = PlatformRun.of(contract, property).outcome(property);
    assertThat(outcome.status()).as(property).isEqualTo("FAILED");
    assertThat(String.join("\n", outcome.reports()))
        .as("jqwik's report")
        .contains("Sample")
        .contains("Case{")
        .contains("name=<redacted>");
    return outcome;
  }

  private static void assertNamed(PlatformRun.Outcome outcome, String property, String evaluator) {
    assertThat(message(outcome))
        .startsWith(
            "Contract property '" + property + "' violated by evaluator " + evaluator + ": ");
  }

  private static String message(PlatformRun.Outcome outcome) {
    return String.valueOf(outcome.failure().orElseThrow().getMessage());
  }
}
