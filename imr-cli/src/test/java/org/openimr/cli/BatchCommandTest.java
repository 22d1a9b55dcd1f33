package org.openimr.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.cli.Cli.imr;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openimr.json.ImrJson;
import org.openimr.model.Case;
import org.openimr.model.Determination;
import org.openimr.review.ImrReviewer;

/** {@code imr batch}, run in-process on a generated stream of cases and on bad input. */
class BatchCommandTest {
  private static final int CASES = 10_000;

  /**
   * Generating is slower than reviewing: the 10,000 cases cycle through this many distinct ones.
   */
  private static final int DISTINCT = 200;

  private static final long SEED = 20_140_209L;

  @TempDir Path dir;

  @Test
  void tenThousandGeneratedCasesAreEachReviewedOnceInInputOrder() throws IOException {
    Path input = dir.resolve("cases.jsonl");
    List<Case> cases = GeneratedCases.generate(SEED, DISTINCT);
    List<String> json = cases.stream().map(ImrJson.standard()::write).toList();
    try (BufferedWriter writer = Files.newBufferedWriter(input, UTF_8)) {
      for (int i = 0; i < CASES; i++) {
        writer.write(json.get(i % DISTINCT));
        writer.write('\n');
      }
    }
    Path output = dir.resolve("determinations.jsonl");

    Cli.Run run = imr("batch", "--threads", "2", "-o", output.toString(), input.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith(
            "imr batch: " + CASES + " cases: " + CASES + " reviewed, 0 invalid, 0 unreadable;");
    // Every line is exactly what a reviewer on one thread makes of the same case, in order.
    ImrReviewer reviewer = ImrReviewer.withDiscoveredEvaluators();
    List<Determination> determinations = cases.stream().map(reviewer::review).toList();
    int lines = 0;
    try (BufferedReader reader = Files.newBufferedReader(output, UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines++;
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("case", (long) lines);
        expected.put("source", input + " line " + lines);
        expected.put("determination", determinations.get((lines - 1) % DISTINCT));
        assertThat(line).isEqualTo(ImrJson.standard().write(expected));
      }
    }
    assertThat(lines).isEqualTo(CASES);
  }

  @Test
  void aDirectoryIsReadFileByFileInNameOrderAndBadFilesAreNamed() throws IOException {
    Iterator<Case> cases = GeneratedCases.generate(SEED, 2).iterator();
    Files.writeString(dir.resolve("b.json"), ImrJson.standard().write(cases.next()));
    Files.writeString(dir.resolve("a.json"), ImrJson.standard().write(cases.next()));
    Files.writeString(dir.resolve("c.json"), "{\"caseNumber\": ");
    Files.writeString(dir.resolve("notes.txt"), "not a case");

    Cli.Run run = imr("batch", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0))
        .startsWith("{\"case\":1,\"source\":\"" + dir.resolve("a.json") + "\",\"determination\":");
    assertThat(lines.get(1))
        .startsWith("{\"case\":2,\"source\":\"" + dir.resolve("b.json") + "\",\"determination\":");
    assertThat(lines.get(2))
        .startsWith(
            "{\"case\":3,\"source\":\""
                + dir.resolve("c.json")
                + "\",\"violations\":[{\"path\":\"$\"");
    assertThat(run.err())
        .contains("imr batch: " + dir.resolve("c.json") + ": $: is not well-formed JSON")
        .contains("imr batch: 3 cases: 2 reviewed, 1 invalid, 0 unreadable;");
  }

  @Test
  void anInvalidLineIsNamedByFileLineAndFieldAndTheRestGoOn() throws IOException {
    Iterator<Case> cases = GeneratedCases.generate(SEED, 2).iterator();
    Path input =
        Files.writeString(
            dir.resolve("cases.jsonl"),
            ImrJson.standard().write(cases.next())
                + "\n\n"
                + "{\"caseNumber\": \"CM1\", \"patient\": {\"age\": \"old\", \"sex\": \"FEMALE\"}}\n"
                + ImrJson.standard().write(cases.next()));

    Cli.Run run = imr("batch", input.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines()).hasSize(3);
    assertThat(run.err())
        .contains("imr batch: " + input + " line 3: $.patient.age: ")
        .contains("imr batch: 3 cases: 2 reviewed, 1 invalid, 0 unreadable;");
  }

  @Test
  void onlyTheFirstProblemsArePrintedAndTheRestCounted() throws IOException {
    Path input = Files.writeString(dir.resolve("bad.jsonl"), "{}\n".repeat(25));

    Cli.Run run = imr("batch", input.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines()).hasSize(25);
    assertThat(run.err()).contains(input + " line 20: ").doesNotContain(input + " line 21: ");
    assertThat(run.err())
        .contains("and 5 more invalid or unreadable cases; the output has every problem");
  }

  @Test
  void progressIsShownOnStandardErrorWhenAsked() throws IOException {
    Iterator<Case> cases = GeneratedCases.generate(SEED, 2).iterator();
    Files.writeString(dir.resolve("a.json"), ImrJson.standard().write(cases.next()));
    Files.writeString(dir.resolve("b.json"), ImrJson.standard().write(cases.next()));

    Cli.Run quiet = imr("batch", dir.toString());
    Cli.Run shown = imr("batch", "--progress", dir.toString());

    assertThat(quiet.err()).doesNotContain("\r");
    assertThat(shown.err()).contains("\rimr batch: 2/2 cases (100%)\n");
    assertThat(shown.out()).isEqualTo(quiet.out());
  }

  @Test
  void aMissingInputIsInvalidInput() {
    Cli.Run run = imr("batch", dir.resolve("nothing-here").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo("imr batch: " + dir.resolve("nothing-here") + ": no such file or directory\n");
  }

  @Test
  void aSingleCaseFileIsPointedToEvaluate() throws IOException {
    Path file = Files.writeString(dir.resolve("one.json"), "{}");

    Cli.Run run = imr("batch", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("use imr evaluate");
  }

  @Test
  void anUnwritableOutputIsNamed() throws IOException {
    Path input = Files.writeString(dir.resolve("cases.jsonl"), "{}\n");
    Path output = dir.resolve("no-such-dir").resolve("out.jsonl");

    Cli.Run run = imr("batch", "-o", output.toString(), input.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("imr batch: " + output + ": cannot be written");
  }

  @Test
  void aThreadCountOutOfRangeIsAUsageError() {
    assertThat(imr("batch", "--threads", "0", dir.toString()).exitCode()).isEqualTo(2);
  }
}
