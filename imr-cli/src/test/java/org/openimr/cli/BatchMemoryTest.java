package org.openimr.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openimr.json.ImrJson;

/**
 * {@code imr batch} works in bounded memory: a separate JVM with a 32 MB heap reviews an input
 * larger than its heap and writes an output larger still. A batch that held the input, the cases or
 * the determinations would run out of memory and exit non-zero.
 */
class BatchMemoryTest {
  private static final String HEAP = "-Xmx32m";
  private static final long HEAP_BYTES = 32L * 1024 * 1024;
  private static final int DISTINCT = 200;
  private static final long SEED = 20_140_210L;

  @TempDir Path dir;

  @Test
  void aBatchLargerThanTheHeapFinishesInA32MegabyteHeap() throws Exception {
    Path input = dir.resolve("cases.jsonl");
    List<String> json =
        GeneratedCases.generate(SEED, DISTINCT).stream().map(ImrJson.standard()::write).toList();
    int cases = 0;
    try (BufferedWriter writer = Files.newBufferedWriter(input, UTF_8)) {
      while (Files.size(input) <= 2 * HEAP_BYTES) {
        for (int i = 0; i < 1000; i++) {
          writer.write(json.get(cases++ % DISTINCT));
          writer.write('\n');
        }
        writer.flush();
      }
    }
    Path output = dir.resolve("determinations.jsonl");

    Process batch =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP,
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty("java.class.path"),
                Imr.class.getName(),
                "batch",
                "--threads",
                "2",
                "-o",
                output.toString(),
                input.toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(dir.resolve("stderr.txt").toFile())
            .start();
    assertThat(batch.waitFor(5, TimeUnit.MINUTES)).as("batch finished").isTrue();
    String err = Files.readString(dir.resolve("stderr.txt"), UTF_8);

    assertThat(batch.exitValue()).as(err).isZero();
    assertThat(err).contains("imr batch: " + cases + " cases: " + cases + " reviewed");
    assertThat(Files.size(input)).isGreaterThan(2 * HEAP_BYTES);
    assertThat(Files.size(output)).isGreaterThan(Files.size(input));
    assertThat(lineCount(output)).isEqualTo(cases);
  }

  private static long lineCount(Path file) throws IOException {
    try (Stream<String> lines = Files.lines(file, UTF_8)) {
      return lines.count();
    }
  }
}
