package org.openimr.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.examples.cli.Cli.imr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openimr.json.ImrJson;
import org.openimr.model.Case;
import org.openimr.model.Determination;
import org.openimr.model.Patient;
import org.openimr.review.ImrReviewer;

/** {@code imr evaluate}, run in-process on the seed case and on every kind of bad input. */
class EvaluateCommandTest {
  static final String SEED = "cases/seed-case.json";
  private static final String MARKER = "ZQXMARKER";

  @TempDir Path dir;

  @Test
  void theSeedCaseSummaryNamesTheRequestAndItsOutcome() {
    Cli.Run run = imr("evaluate", SEED);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("Case SEED-c13123f40a8e530d: 1 item")
        .contains("Acupuncture 3x4 — ");
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
    Cli.Run batch = imr("batch", dir.toString());

    assertThat(summary.exitCode()).isZero();
    assertThat(json.exitCode()).isZero();
    assertThat(batch.exitCode()).isZero();
    assertThat(summary.all() + json.all() + batch.all())
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
        .contains("evaluate", "batch", "guidelines")
        .contains("Exit codes:", "0   done", "1   invalid input", "2   wrong usage");
  }

  @Test
  void versionIsTheLibraryVersion() {
    assertThat(imr("--version").out()).isEqualTo("imr " + ImrReviewer.version() + "\n");
  }
}
