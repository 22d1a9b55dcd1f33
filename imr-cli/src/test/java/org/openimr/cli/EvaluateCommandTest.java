package org.openimr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.cli.Cli.imr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openimr.guidelines.mtus.MtusAcupunctureEvaluator;
import org.openimr.json.ImrJson;
import org.openimr.letter.Agreement;
import org.openimr.letter.LetterReview;
import org.openimr.letter.ReReview;
import org.openimr.model.Case;
import org.openimr.model.Determination;
import org.openimr.model.ImrOutcome;
import org.openimr.model.Patient;
import org.openimr.review.ImrReviewer;

/** {@code imr evaluate}, run in-process on the seed case and on every kind of bad input. */
class EvaluateCommandTest {
  /** The case fixtures the testkit ships, shared with imr-examples. */
  static final String CASES = "../imr-testkit/src/main/resources/org/openimr/testkit/cases";

  static final String SEED = CASES + "/seed-case.json";
  private static final String MTUS_VERSION = new MtusAcupunctureEvaluator().version();
  private static final String MARKER = "ZQXMARKER";

  @TempDir Path dir;

  @Test
  void theSeedCaseIsUpheldBecauseSixSessionsShowNoDocumentedFunctionalImprovement() {
    Cli.Run run = imr("evaluate", SEED);

    // The extension rule 9792.24.1(d) needs functional improvement as 9792.20(f) defines it;
    // the record has six sessions and only a global improvement.
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("Case SEED-c13123f40a8e530d: 1 item\n");
    assertThat(run.out().lines())
        .containsSubsequence(
            "Acupuncture 3x4 — Upheld",
            "  Not medically necessary (mtus.acupuncture " + MTUS_VERSION + ")",
            "  Failing criteria:",
            "    mtus.acupuncture.extension (not documented), 8 CCR § 9792.24.1(d)",
            "    mtus.acupuncture.functional-improvement (not documented), 8 CCR § 9792.20(f)",
            "  Citations:")
        .filteredOn(line -> line.startsWith("    mtus."))
        .hasSize(2);
  }

  @Test
  void theSeedCaseAsALetterIsUpheldWithTheFailingSectionsAndNamesOnlyWhatItIsGiven() {
    Cli.Run run = imr("evaluate", "--letter", "--organization", "Example IMR Organization", SEED);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines())
        .contains(
            "IMR Case Number: SEED-c13123f40a8e530d",
            "Acupuncture 3x4: Upheld",
            "Claims Administrator guideline: Decision based on MTUS Acupuncture Treatment"
                + " Guidelines.");
    assertThat(run.out())
        .contains(
            "Example IMR Organization sent the complete case file to an expert reviewer. The"
                + " expert reviewer's qualifications were not provided for this letter.")
        .contains("Example IMR Organization guideline: Decision based on ")
        .contains("Decision rationale: Under the MTUS Acupuncture Medical Treatment Guidelines")
        .contains("8 CCR § 9792.24.1(d)", "8 CCR § 9792.20(f)")
        .doesNotContain("MAXIMUS")
        .doesNotContain("Board Certified");
    // The letter reads back: the parser finds the item, and the library agrees with it.
    LetterReview reread = ReReview.with(ImrReviewer.withDiscoveredEvaluators()).review(run.out());
    assertThat(reread.items())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.letterOutcome()).contains(ImrOutcome.UPHELD);
              assertThat(item.agreement()).isEqualTo(Agreement.AGREE);
            });
  }

  @Test
  void theLetterIsMarkdownOnRequest() {
    Cli.Run run =
        imr("evaluate", "--letter", "--format", "markdown", "--organization", "Example IMR", SEED);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines())
        .contains(
            "## IMR ISSUES, DECISIONS AND RATIONALES",
            "### Acupuncture 3x4: Upheld",
            "**IMR Case Number:** SEED\\-c13123f40a8e530d");
  }

  @Test
  void theReviewersQualificationsAreStatedOnlyAsGiven() {
    Cli.Run practising =
        imr(
            "evaluate",
            "--letter",
            "--organization",
            "Example IMR",
            "--reviewer-specialty",
            "Occupational Medicine",
            "--reviewer-licensed-in",
            "California",
            "--reviewer-years",
            "5",
            SEED);
    Cli.Run certified =
        imr(
            "evaluate",
            "--letter",
            "--organization",
            "Example IMR",
            "--reviewer-specialty",
            "Occupational Medicine",
            "--reviewer-board-certified",
            "--reviewer-subspecialty",
            "Preventive Medicine",
            "--reviewer-licensed-in",
            "California",
            "--reviewer-hours-per-week",
            "24",
            SEED);

    assertThat(practising.exitCode()).as(practising.err()).isZero();
    assertThat(practising.out())
        .contains(
            "The expert reviewer practices in Occupational Medicine and is licensed to practice in"
                + " California. He/she has been in active clinical practice for more than five"
                + " years.")
        .doesNotContain("Board Certified")
        .doesNotContain("hours a week");
    assertThat(certified.exitCode()).as(certified.err()).isZero();
    assertThat(certified.out())
        .contains(
            "The expert reviewer is Board Certified in Occupational Medicine has a subspecialty in"
                + " Preventive Medicine and is licensed to practice in California. He/she is"
                + " currently working at least 24 hours a week in active practice.")
        .doesNotContain("years");
  }

  @Test
  void letterOptionsThatCannotWorkTogetherAreUsageErrors() {
    Cli.Run jsonAndLetter = imr("evaluate", "--json", "--letter", "--organization", MARKER, SEED);
    Cli.Run noOrganization = imr("evaluate", "--letter", SEED);
    Cli.Run withoutLetter = imr("evaluate", "--organization", MARKER, "--format", "markdown", SEED);
    Cli.Run halfAReviewer =
        imr("evaluate", "--letter", "--organization", "X", "--reviewer-specialty", MARKER, SEED);
    Cli.Run noSuchFormat =
        imr("evaluate", "--letter", "--organization", "X", "--format", "pdf", SEED);
    Cli.Run blankOrganization = imr("evaluate", "--letter", "--organization", " ", SEED);

    // Which options go together is picocli's argument groups' rule; the errors name the options.
    assertThat(jsonAndLetter.exitCode()).isEqualTo(2);
    assertThat(jsonAndLetter.err())
        .startsWith("Error: --json and [--letter --organization=NAME ")
        .contains("are mutually exclusive (specify only one)\n");
    assertThat(noOrganization.exitCode()).isEqualTo(2);
    assertThat(noOrganization.err())
        .startsWith("Error: Missing required argument(s): --organization=NAME\n");
    assertThat(withoutLetter.exitCode()).isEqualTo(2);
    assertThat(withoutLetter.err()).startsWith("Error: Missing required argument(s): --letter\n");
    assertThat(halfAReviewer.exitCode()).isEqualTo(2);
    assertThat(halfAReviewer.err())
        .startsWith("Error: Missing required argument(s): --reviewer-licensed-in=STATE\n");
    assertThat(noSuchFormat.exitCode()).isEqualTo(2);
    assertThat(blankOrganization.exitCode()).isEqualTo(2);
    assertThat(blankOrganization.err()).startsWith("--organization must not be blank\n");
    for (Cli.Run run :
        List.of(
            jsonAndLetter,
            noOrganization,
            withoutLetter,
            halfAReviewer,
            noSuchFormat,
            blankOrganization)) {
      assertThat(run.out()).isEmpty();
      // The errors name options, never the values given with them.
      assertThat(run.err()).doesNotContain(MARKER);
    }
  }

  @Test
  void jsonPrintsTheDeterminationTheLibraryMakes() throws IOException {
    Cli.Run run = imr("evaluate", "--json", SEED);

    assertThat(run.exitCode()).isZero();
    Determination printed = ImrJson.standard().read(run.out(), Determination.class);
    Case seed = ImrJson.standard().readCase(Files.readAllBytes(Path.of(SEED)));
    assertThat(printed).isEqualTo(ImrReviewer.withDiscoveredEvaluators().review(seed));
  }

  @Test
  void aMissingFileIsInvalidInputNamedWithoutAStackTrace() {
    Cli.Run run = imr("evaluate", "no-such-case.json");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("imr evaluate: no-such-case.json: no such file\n");
  }

  @Test
  void aDirectoryIsNotACaseFile() {
    Cli.Run run = imr("evaluate", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(dir + ": is a directory");
  }

  @Test
  void malformedJsonIsReportedWithTheFileAndThePlaceInIt() throws IOException {
    Path file = Files.writeString(dir.resolve("broken.json"), "{\"caseNumber\": \"CM1\",\n");

    Cli.Run run = imr("evaluate", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .startsWith("imr evaluate: " + file + ": $: is not well-formed JSON (line ")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void anInvalidCaseListsEveryFieldAtFaultAndNoValue() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("invalid.json"),
            "{\"caseNumber\": \"CM1\", \"patient\": {\"age\": 40, \"sex\": \""
                + MARKER
                + "\","
                + " \"name\": \""
                + MARKER
                + "\"}, \"disputedItems\": []}");

    Cli.Run run = imr("evaluate", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("imr evaluate: " + file + ": $.patient.sex: ")
        .contains("imr evaluate: " + file + ": $.dateOfInjury: is required")
        .doesNotContain(MARKER);
  }

  @Test
  void aCaseBreakingAWholeCaseRuleNamesTheRule() throws IOException {
    Case seed = ImrJson.standard().readCase(Files.readAllBytes(Path.of(SEED)));
    String json =
        ImrJson.standard()
            .write(Case.builder().from(seed).requestDate(LocalDate.of(2013, 1, 1)).build());
    Path file = Files.writeString(dir.resolve("dates.json"), json);

    Cli.Run run = imr("evaluate", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("imr evaluate: " + file + ": $.requestDate: ");
  }

  @Test
  void patientIdentifiersAreNeverPrinted() throws IOException {
    Case seed = ImrJson.standard().readCase(Files.readAllBytes(Path.of(SEED)));
    Case identified =
        Case.builder()
            .from(seed)
            .patient(
                Patient.builder()
                    .from(seed.patient())
                    .name(MARKER + " Name")
                    .claimNumber(MARKER + "-CLAIM")
                    .dateOfBirth(LocalDate.of(1952, 12, 31))
                    .build())
            .build();
    Path file =
        Files.writeString(dir.resolve("identified.json"), ImrJson.standard().write(identified));

    Cli.Run summary = imr("evaluate", file.toString());
    Cli.Run json = imr("evaluate", "--json", file.toString());
    Cli.Run letter = imr("evaluate", "--letter", "--organization", "X", file.toString());
    Cli.Run batch = imr("batch", dir.toString());

    assertThat(summary.exitCode()).isZero();
    assertThat(json.exitCode()).isZero();
    assertThat(letter.exitCode()).isZero();
    assertThat(batch.exitCode()).isZero();
    assertThat(summary.all() + json.all() + letter.all() + batch.all())
        .doesNotContain(MARKER)
        .doesNotContain("1952");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(imr().exitCode()).isEqualTo(2);
    assertThat(imr("evaluate").exitCode()).isEqualTo(2);
    assertThat(imr("evaluate", "--no-such-option", SEED).exitCode()).isEqualTo(2);
    assertThat(imr("no-such-command").exitCode()).isEqualTo(2);
    assertThat(imr("no-such-command").err()).contains("Unmatched argument");
  }

  @Test
  void helpDocumentsTheExitCodes() {
    Cli.Run run = imr("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("evaluate", "review", "batch", "guidelines")
        .contains("Exit codes:", "0   done", "1   invalid input", "2   wrong usage");
  }

  @Test
  void versionIsTheLibraryVersion() {
    assertThat(imr("--version").out()).isEqualTo("imr " + ImrReviewer.version() + "\n");
  }
}
