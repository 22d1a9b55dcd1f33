package org.openimr.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.openimr.cli.Cli.imr;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openimr.json.ImrJson;
import org.openimr.model.Case;

/**
 * {@code imr batch -o} loses no input: an output that is an input (by name, through a link) is
 * refused before anything is opened for writing, and an output file is replaced only at the end of
 * a run that finished, so a failed run leaves neither a truncated output nor a temporary file.
 */
class BatchOutputTest {
  private static final long SEED = 20_140_211L;

  @TempDir Path dir;

  private Path casesFile() throws IOException {
    Iterator<Case> cases = GeneratedCases.generate(SEED, 2).iterator();
    return Files.writeString(
        dir.resolve("cases.jsonl"),
        ImrJson.standard().write(cases.next()) + "\n" + ImrJson.standard().write(cases.next()),
        UTF_8);
  }

  private List<String> folderListing(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void anOutputThatIsTheInputIsRefusedAndTheInputIsUnchanged() throws IOException {
    Path input = casesFile();
    byte[] before = Files.readAllBytes(input);

    Cli.Run run = imr("batch", "-o", input.toString(), input.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo("imr batch: " + input + ": is the input; write the output to another file\n");
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
    assertThat(folderListing(dir)).containsExactly("cases.jsonl");
  }

  @Test
  void anOutputNamingTheInputAnotherWayIsRefused() throws IOException {
    Path input = casesFile();
    byte[] before = Files.readAllBytes(input);
    Files.createDirectory(dir.resolve("sub"));
    String roundabout = dir.resolve("sub").resolve("..").resolve("cases.jsonl").toString();

    Cli.Run run = imr("batch", "-o", roundabout, input.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).hasLineCount(1).contains(": is the input " + input + ";");
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
  }

  @Test
  void anOutputThatIsASymbolicLinkToTheInputIsRefused() throws IOException {
    Path input = casesFile();
    byte[] before = Files.readAllBytes(input);
    Path link = dir.resolve("link.jsonl");
    try {
      Files.createSymbolicLink(link, input);
    } catch (UnsupportedOperationException | IOException e) {
      assumeThat(false).as("symbolic links are supported here").isTrue();
    }

    Cli.Run run = imr("batch", "-o", link.toString(), input.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).hasLineCount(1).contains(link + ": is the input " + input);
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void anOutputThatIsAHardLinkToTheInputIsRefused() throws IOException {
    Path input = casesFile();
    byte[] before = Files.readAllBytes(input);
    Path link = dir.resolve("hard.jsonl");
    try {
      Files.createLink(link, input);
    } catch (UnsupportedOperationException | IOException e) {
      assumeThat(false).as("hard links are supported here").isTrue();
    }

    Cli.Run run = imr("batch", "-o", link.toString(), input.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).hasLineCount(1).contains(link + ": is the input " + input);
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
  }

  @Test
  void anOutputThatIsACaseFileOfTheInputDirectoryIsRefused() throws IOException {
    Path cases = Files.createDirectory(dir.resolve("cases"));
    Iterator<Case> generated = GeneratedCases.generate(SEED, 2).iterator();
    Path a = Files.writeString(cases.resolve("a.json"), ImrJson.standard().write(generated.next()));
    Path b = Files.writeString(cases.resolve("b.json"), ImrJson.standard().write(generated.next()));
    byte[] beforeA = Files.readAllBytes(a);
    byte[] beforeB = Files.readAllBytes(b);
    Path elsewhere = dir.resolve("b-link.json");
    try {
      Files.createSymbolicLink(elsewhere, b);
    } catch (UnsupportedOperationException | IOException e) {
      elsewhere = b;
    }

    Cli.Run direct = imr("batch", "-o", a.toString(), cases.toString());
    Cli.Run linked = imr("batch", "-o", elsewhere.toString(), cases.toString());

    assertThat(direct.exitCode()).isEqualTo(1);
    assertThat(direct.err())
        .isEqualTo("imr batch: " + a + ": is the input; write the output to another file\n");
    assertThat(linked.exitCode()).isEqualTo(1);
    assertThat(linked.err()).hasLineCount(1).contains(": is the input " + b + ";");
    assertThat(Files.readAllBytes(a)).isEqualTo(beforeA);
    assertThat(Files.readAllBytes(b)).isEqualTo(beforeB);
  }

  @Test
  void anExistingOutputIsReplacedWholeAndNoTemporaryFileIsLeft() throws IOException {
    Path input = casesFile();
    Path output = Files.writeString(dir.resolve("out.jsonl"), "an earlier run\n".repeat(1000));

    Cli.Run run = imr("batch", "-o", output.toString(), input.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = Files.readAllLines(output, UTF_8);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("{\"case\":1,");
    assertThat(folderListing(dir)).containsExactly("cases.jsonl", "out.jsonl");
  }

  @Test
  void anOutputThatIsASymbolicLinkStaysALinkToTheNewOutput() throws IOException {
    Path input = casesFile();
    Path target = Files.writeString(dir.resolve("target.jsonl"), "old\n");
    Path link = dir.resolve("link.jsonl");
    try {
      Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException | IOException e) {
      assumeThat(false).as("symbolic links are supported here").isTrue();
    }

    Cli.Run run = imr("batch", "-o", link.toString(), input.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readAllLines(target, UTF_8)).hasSize(2);
  }

  @Test
  void aFailedRunLeavesTheEarlierOutputAndNoTemporaryFile() throws IOException {
    Path input = casesFile();
    Path output = Files.writeString(dir.resolve("out.jsonl"), "an earlier run\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Terminal terminal = new Terminal(new PrintWriter(out), new PrintWriter(err), false);

    // The evaluator fails on a worker thread, after the temporary output was created. (The
    // reviewer turns an evaluator's RuntimeException into a decision; an Error goes through.)
    int code =
        Imr.execute(
            terminal,
            FailingEvaluator.reviewers(() -> new AssertionError("boom")),
            "batch",
            "-o",
            output.toString(),
            input.toString());

    assertThat(code).isEqualTo(3);
    assertThat(err.toString()).hasLineCount(1).startsWith("imr batch: internal error: ");
    assertThat(Files.readString(output, UTF_8)).isEqualTo("an earlier run\n");
    assertThat(folderListing(dir)).containsExactly("cases.jsonl", "out.jsonl");
  }

  @Test
  void aFailedRunWithANewOutputLeavesNoFileAtAll() throws IOException {
    Path input = casesFile();
    Path output = dir.resolve("new.jsonl");
    StringWriter err = new StringWriter();
    Terminal terminal =
        new Terminal(new PrintWriter(new StringWriter()), new PrintWriter(err), false);

    int code =
        Imr.execute(
            terminal,
            FailingEvaluator.reviewers(() -> new StackOverflowError()),
            "batch",
            "-o",
            output.toString(),
            input.toString());

    assertThat(code).isEqualTo(3);
    assertThat(folderListing(dir)).containsExactly("cases.jsonl");
  }

  @Test
  void aDeviceOutputIsWrittenDirectly() throws IOException {
    Path devNull = Path.of("/dev/null");
    assumeThat(Files.exists(devNull) && !Files.isRegularFile(devNull)).isTrue();
    Path input = casesFile();

    Cli.Run run = imr("batch", "-o", devNull.toString(), input.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.exists(devNull)).isTrue();
    assertThat(Files.isRegularFile(devNull)).isFalse();
  }

  @Test
  void standardOutputAppendedToTheInputIsRefused() throws Exception {
    assumeThat(Files.exists(Path.of("/proc/self/fd/1"))).as("Linux /proc").isTrue();
    Path input = casesFile();
    byte[] before = Files.readAllBytes(input);

    Process batch =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Imr.class.getName(),
                "batch",
                input.toString())
            .redirectOutput(ProcessBuilder.Redirect.appendTo(input.toFile()))
            .redirectError(dir.resolve("stderr.txt").toFile())
            .start();
    assertThat(batch.waitFor(2, TimeUnit.MINUTES)).as("batch finished").isTrue();

    String err = Files.readString(dir.resolve("stderr.txt"), UTF_8);
    assertThat(batch.exitValue()).as(err).isEqualTo(1);
    assertThat(err)
        .isEqualTo(
            "imr batch: standard output: is the input "
                + input
                + "; write the output to another file\n");
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
  }
}
