package com.example.consumer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The imr command line as a user fetches it: the executable jar {@code
 * org.openimr:imr-cli:VERSION:jar:all}, copied by maven-dependency-plugin from the repository
 * (never from the OpenIMR build), run with {@code java -jar} and nothing else on its class path.
 */
class CommandLineJarTest {
  private static final Path JAR = Path.of(System.getProperty("imr.jar"));

  @Test
  void theJarFetchedByCoordinatesEvaluatesTheSeedCase() throws Exception {
    Path seedCase = Path.of(CommandLineJarTest.class.getResource("/seed-case.json").toURI());
    Path out = Files.createTempFile("imr-out", ".txt");
    Path err = Files.createTempFile("imr-err", ".txt");
    try {
      Process process =
          new ProcessBuilder(
                  List.of(
                      Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                      "-jar",
                      JAR.toString(),
                      "evaluate",
                      seedCase.toString()))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      assertTrue(process.waitFor(2, TimeUnit.MINUTES), "imr finished");
      String output = Files.readString(out, UTF_8);

      assertEquals(0, process.exitValue(), Files.readString(err, UTF_8));
      // The seed letter's reviewer upheld the denial: no documented functional improvement.
      assertTrue(output.startsWith("Case SEED-c13123f40a8e530d: 1 item\n"), output);
      assertTrue(output.contains("Acupuncture 3x4 — Upheld"), output);
      assertTrue(output.contains("mtus.acupuncture.functional-improvement"), output);
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }
}
