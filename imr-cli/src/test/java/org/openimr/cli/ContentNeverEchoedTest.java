package org.openimr.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.cli.Cli.imr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line names the file (the user's own argument) and the field at fault, and never
 * prints what a bad file holds: a marker string placed in broken case files and letters of every
 * kind appears nowhere in what {@code evaluate}, {@code batch} and {@code review} print.
 *
 * <p>(Unknown JSON keys are the library's to report by position; they are not among these inputs.)
 */
class ContentNeverEchoedTest {
  private static final String MARKER = "ZQXMARKER";

  @TempDir Path dir;

  /** Broken case documents, each carrying the marker as content. */
  private static Map<String, byte[]> brokenCases() {
    Map<String, byte[]> cases = new LinkedHashMap<>();
    cases.put("truncated", ("{\"caseNumber\": \"" + MARKER + "\", ").getBytes(UTF_8));
    cases.put("bare-word", MARKER.getBytes(UTF_8));
    cases.put(
        "wrong-type",
        ("{\"caseNumber\": \"CM1\", \"patient\": {\"age\": \""
                + MARKER
                + "\", \"sex\": \"FEMALE\"}}")
            .getBytes(UTF_8));
    cases.put(
        "bad-enum",
        ("{\"caseNumber\": \"CM1\", \"patient\": {\"age\": 40, \"sex\": \"" + MARKER + "\"}}")
            .getBytes(UTF_8));
    cases.put(
        "utf-32", ("{\"caseNumber\": \"" + MARKER + "\"}").getBytes(Charset.forName("UTF-32BE")));
    cases.put(
        "utf-16", ("{\"caseNumber\": \"" + MARKER + "\"}").getBytes(Charset.forName("UTF-16LE")));
    cases.put("nested", ("[".repeat(1000) + "\"" + MARKER + "\"").getBytes(UTF_8));
    cases.put(
        "long-string", ("{\"caseNumber\": \"" + MARKER.repeat(40_000) + "\"}").getBytes(UTF_8));
    ByteArrayOutputStream malformed = new ByteArrayOutputStream();
    malformed.writeBytes(("{\"caseNumber\": \"" + MARKER).getBytes(UTF_8));
    malformed.write(0xc0); // an overlong encoding's first byte: not UTF-8
    malformed.write(0xaf);
    malformed.writeBytes("\"}".getBytes(UTF_8));
    cases.put("malformed-utf-8", malformed.toByteArray());
    return cases;
  }

  @Test
  void evaluateNeverPrintsWhatABrokenCaseFileHolds() throws IOException {
    for (Map.Entry<String, byte[]> broken : brokenCases().entrySet()) {
      Path file = Files.write(dir.resolve(broken.getKey() + ".json"), broken.getValue());

      Cli.Run run = imr("evaluate", file.toString());

      assertThat(run.exitCode()).as(broken.getKey()).isEqualTo(1);
      assertThat(run.err()).as(broken.getKey()).startsWith("imr evaluate: " + file + ": ");
      assertThat(run.all()).as(broken.getKey()).doesNotContain(MARKER);
    }
  }

  @Test
  void batchNeverPrintsWhatABrokenCaseHoldsInADirectoryOrALine() throws IOException {
    Path cases = Files.createDirectory(dir.resolve("cases"));
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    for (Map.Entry<String, byte[]> broken : brokenCases().entrySet()) {
      Files.write(cases.resolve(broken.getKey() + ".json"), broken.getValue());
      lines.writeBytes(broken.getValue());
      lines.write('\n');
    }
    Path jsonl = Files.write(dir.resolve("cases.jsonl"), lines.toByteArray());

    Cli.Run fromFolder = imr("batch", cases.toString());
    Cli.Run fromLines = imr("batch", jsonl.toString());

    assertThat(fromFolder.exitCode()).isEqualTo(1);
    assertThat(fromLines.exitCode()).isEqualTo(1);
    assertThat(fromFolder.err()).contains(brokenCases().size() + " cases: 0 reviewed");
    assertThat(fromFolder.all() + fromLines.all()).doesNotContain(MARKER);
  }

  @Test
  void reviewNeverPrintsWhatABrokenLetterHolds() throws IOException {
    Path notALetter = Files.writeString(dir.resolve("a.txt"), "Dear " + MARKER + ",\nRegards\n");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(("IMR ISSUES, DECISIONS AND RATIONALES\n" + MARKER).getBytes(UTF_8));
    bytes.write(0xff);
    Path malformed = Files.write(dir.resolve("b.txt"), bytes.toByteArray());

    Cli.Run one = imr("review", notALetter.toString());
    Cli.Run two = imr("review", malformed.toString());
    Cli.Run folder = imr("review", dir.toString());
    Cli.Run json = imr("review", "--json", dir.toString());

    assertThat(one.exitCode()).isEqualTo(1);
    assertThat(two.exitCode()).isEqualTo(1);
    assertThat(folder.exitCode()).isEqualTo(1);
    assertThat(one.all() + two.all() + folder.all() + json.all()).doesNotContain(MARKER);
  }
}
