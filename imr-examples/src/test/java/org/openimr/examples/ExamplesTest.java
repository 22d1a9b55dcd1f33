package org.openimr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openimr.json.ImrJson;
import org.openimr.model.Case;
import org.openimr.model.ClinicalFinding;
import org.openimr.model.CriterionStatus;
import org.openimr.model.Decision;
import org.openimr.model.Determination;
import org.openimr.model.DisputedItem;
import org.openimr.model.ImrOutcome;
import org.openimr.model.TreatmentRequest;
import org.openimr.model.UrDecision;
import org.openimr.review.ImrReviewer;

/** Runs every embedding example the README and docs/ show. */
class ExamplesTest {
  private static final Path SEED =
      Path.of("../imr-testkit/src/main/resources/org/openimr/testkit/cases/seed-case.json");

  @TempDir Path dir;

  private static Case seedFromJson() throws IOException {
    return ImrJson.standard().readCase(Files.readAllBytes(SEED));
  }

  @Test
  void theCaseBuiltInCodeIsTheSeedCaseReadFromJson() throws IOException {
    assertThat(BuildingACase.seedCase()).isEqualTo(seedFromJson());
  }

  @Test
  void readingJsonGivesTheCaseOrEveryProblemWithItsPath() throws IOException {
    Path invalid =
        Files.writeString(
            dir.resolve("invalid.json"),
            "{\"caseNumber\": \"CM1\", \"patient\": {\"age\": \"old\", \"sex\": \"FEMALE\"}}");
    ByteArrayOutputStream problems = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(problems, true, StandardCharsets.UTF_8);

    assertThat(ReadingJson.read(SEED, out)).contains(seedFromJson());
    assertThat(ReadingJson.read(invalid, out)).isEmpty();
    assertThat(problems.toString(StandardCharsets.UTF_8))
        .contains(invalid + ": $.patient.age: ")
        .contains(invalid + ": $.dateOfInjury: is required");
  }

  /** A massage request dated after every encoded MTUS edition, so only the policy applies. */
  private static Case massageCase(ClinicalFinding... findings) throws IOException {
    return Case.builder()
        .from(seedFromJson())
        .requestDate(LocalDate.of(2018, 3, 1))
        .findings(List.of(findings))
        .disputedItems(
            List.of(
                DisputedItem.builder()
                    .id("1")
                    .requestedAs("Massage x6")
                    .request(TreatmentRequest.parse("Massage x6 thoracic spine"))
                    .urDecision(UrDecision.denied())
                    .build()))
        .build();
  }

  @Test
  void theCustomEvaluatorIsFoundByTheServiceLoader() {
    assertThat(ImrReviewer.withDiscoveredEvaluators().evaluators())
        .anyMatch(e -> e instanceof MassageAdjunctPolicy);
  }

  @Test
  void massageWithoutActiveTreatmentIsUpheldBecauseThePolicyCriterionIsNotDocumented()
      throws IOException {
    Decision decision = CustomEvaluatorExample.decideFirstItem(massageCase());

    assertThat(decision.evaluatorId()).isEqualTo("example.massage-adjunct");
    assertThat(decision.outcome()).contains(ImrOutcome.UPHELD);
    assertThat(decision.adverseCriteria())
        .singleElement()
        .satisfies(c -> assertThat(c.id()).isEqualTo("example.massage-adjunct.active-treatment"))
        .satisfies(c -> assertThat(c.status()).isEqualTo(CriterionStatus.NOT_DOCUMENTED));
  }

  @Test
  void massageWithAHomeExerciseProgramIsOverturnedBecauseEveryCriterionIsMet() throws IOException {
    Case c = massageCase(ClinicalFinding.HOME_EXERCISE_PROGRAM);

    assertThat(CustomEvaluatorExample.decideFirstItem(c).outcome()).contains(ImrOutcome.OVERTURNED);
    assertThat(CustomEvaluatorExample.policyOnly().review(c).decisions().get(0).outcome())
        .contains(ImrOutcome.OVERTURNED);
  }

  @Test
  void theParallelReviewGivesWhatOneThreadGivesInTheSameOrder() throws Exception {
    List<Case> cases = GeneratedCases.generate(42, 100);
    ImrReviewer reviewer = ImrReviewer.withDiscoveredEvaluators();

    List<Determination> parallel = ParallelReview.reviewAll(cases);

    assertThat(parallel).isEqualTo(cases.stream().map(reviewer::review).toList());
  }
}
