package org.openimr.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.openimr.cli.Cli.imr;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every reader reads at most its limit, from a regular file, a device or a pipe alike, and reports
 * a larger input as "too large" naming the file and the limit, never its content. Before, {@code
 * imr review} trusted {@code Files.size} (0 for devices and pipes) and read {@code /dev/zero} until
 * it ran out of memory.
 */
class InputLimitsTest {
  private static final Path DEV_ZERO = Path.of("/dev/zero");
  private static final long CASE_LIMIT = 8L * 1024 * 1024;
  private static final long LETTER_LIMIT = 8L * 1024 * 1024;

  @TempDir Path dir;

  private static void assumeDevZero() {
    assumeThat(Files.exists(DEV_ZERO) && !Files.isRegularFile(DEV_ZERO))
        .as("a /dev/zero device (Linux, macOS)")
        .isTrue();
  }

  /** A file of {@code size} spaces, written sparsely where the file system allows. */
  private Path spaces(String name, long size) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] chunk = " ".repeat(64 * 1024).getBytes(UTF_8);
      long left = size;
      while (left > 0) {
        int n = (int) Math.min(left, chunk.length);
        out.write(chunk, 0, n);
        left -= n;
      }
    }
    return file;
  }

  @Test
  void theLimitsAreTheLibrarysAndAreInTheHelp() {
    assertThat(InputFiles.CASE_LIMIT).isEqualTo(CASE_LIMIT);
    assertThat(InputFiles.LETTER_LIMIT).isEqualTo(LETTER_LIMIT);
    assertThat(imr("evaluate", "--help").out()).contains("Reads at most " + CASE_LIMIT + " bytes");
    assertThat(imr("batch", "--help").out()).contains("Reads at most " + CASE_LIMIT + " bytes");
    assertThat(imr("review", "--help").out()).contains("Reads at most " + LETTER_LIMIT + " bytes");
  }

  @Test
  void reviewOfAnEndlessDeviceIsTooLarge() {
    assumeDevZero();

    Cli.Run run = imr("review", DEV_ZERO.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo("imr review: /dev/zero: too large (limit " + LETTER_LIMIT + " bytes)\n");
  }

  @Test
  void reviewOfAnEndlessPipeIsTooLarge() throws Exception {
    Path fifo = dir.resolve("letter.txt");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      assumeThat(false).as("mkfifo is available").isTrue();
      return;
    }
    assumeThat(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0)
        .as("mkfifo made a pipe")
        .isTrue();
    Thread writer =
        new Thread(
            () -> {
              byte[] chunk = "IMR ISSUES, DECISIONS AND RATIONALES\n".repeat(1000).getBytes(UTF_8);
              try (OutputStream out = Files.newOutputStream(fifo)) {
                while (true) {
                  out.write(chunk); // without end, until the reader closes the pipe
                }
              } catch (IOException e) {
                // the reader stopped reading: expected
              }
            },
            "endless pipe writer");
    writer.setDaemon(true);
    writer.start();

    Cli.Run run = imr("review", fifo.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo("imr review: " + fifo + ": too large (limit " + LETTER_LIMIT + " bytes)\n");
    writer.join(TimeUnit.SECONDS.toMillis(30));
    assertThat(writer.isAlive()).as("the writer saw the pipe closed").isFalse();
  }

  @Test
  void reviewOfAnOversizedLetterFileIsTooLargeAndOneByteLessIsRead() throws IOException {
    Path big = spaces("big.txt", LETTER_LIMIT + 1);
    Path fits = spaces("fits.txt", LETTER_LIMIT);

    Cli.Run tooLarge = imr("review", big.toString());
    Cli.Run read = imr("review", fits.toString());

    assertThat(tooLarge.exitCode()).isEqualTo(1);
    assertThat(tooLarge.err())
        .isEqualTo("imr review: " + big + ": too large (limit " + LETTER_LIMIT + " bytes)\n");
    // Read and parsed: all blank, so the parser finds it empty, not too large.
    assertThat(read.err()).isEqualTo("imr review: " + fits + ": is empty\n");
  }

  @Test
  void aFolderReviewNamesTheOversizedLetterAndReviewsTheOthers() throws IOException {
    Files.copy(Path.of(ReviewCommandTest.SEED_LETTER), dir.resolve("1-seed.txt"));
    Path big = spaces("2-big.txt", LETTER_LIMIT + 1);

    Cli.Run run = imr("review", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo("imr review: " + big + ": too large (limit " + LETTER_LIMIT + " bytes)\n");
    assertThat(run.out())
        .contains(dir.resolve("1-seed.txt") + ": 1 item: 1 agree")
        .contains(big + ": not reviewed: too large (limit " + LETTER_LIMIT + " bytes)")
        .contains("Letters: 2, 1 not reviewed");
  }

  @Test
  void evaluateOfAnEndlessDeviceIsTooLarge() {
    assumeDevZero();

    Cli.Run run = imr("evaluate", DEV_ZERO.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo("imr evaluate: /dev/zero: too large (limit " + CASE_LIMIT + " bytes)\n");
  }

  @Test
  void evaluateOfAnOversizedCaseFileIsTooLarge() throws IOException {
    Path big = spaces("big.json", CASE_LIMIT + 1);

    Cli.Run run = imr("evaluate", big.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo("imr evaluate: " + big + ": too large (limit " + CASE_LIMIT + " bytes)\n");
  }

  @Test
  void batchOfAnEndlessDeviceStopsAtTheLimitOfItsFirstLine() {
    assumeDevZero();

    Cli.Run run = imr("batch", DEV_ZERO.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            "{\"case\":1,\"source\":\"/dev/zero line 1\",\"error\":\"too large (limit "
                + CASE_LIMIT
                + " bytes); the rest of the input is not read\"}\n");
    assertThat(run.err())
        .contains(
            "imr batch: /dev/zero line 1: too large (limit "
                + CASE_LIMIT
                + " bytes); the rest of the input is not read\n")
        .contains("imr batch: 1 cases: 0 reviewed, 0 invalid, 1 unreadable;");
  }

  @Test
  void batchNamesAnOversizedCaseFileOfADirectoryAndReviewsTheOthers() throws IOException {
    Files.copy(Path.of(EvaluateCommandTest.SEED), dir.resolve("a.json"));
    Path big = dir.resolve("b.json");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(CASE_LIMIT + 1); // sparse: no need to write 8 MB
    }

    Cli.Run run = imr("batch", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("imr batch: " + big + ": too large (limit " + CASE_LIMIT + " bytes)\n")
        .contains("imr batch: 2 cases: 1 reviewed, 0 invalid, 1 unreadable;");
  }
}
