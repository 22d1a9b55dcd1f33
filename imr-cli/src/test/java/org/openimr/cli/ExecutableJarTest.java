package org.openimr.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged {@code target/imr.jar} with {@code java -jar}, as the README's main job does.
 * Surefire runs this class in the integration-test phase, after package has built the jar.
 */
class ExecutableJarTest {
  private static final Path JAR = Path.of("target", "imr.jar");

  record Result(int exitCode, String out, String err) {}

  /** Runs the jar in the C locale, so the output is UTF-8 only because imr makes it so. */
  private static Result java(String... args) throws IOException, InterruptedException {
    assertThat(JAR).as("package builds the executable jar").isRegularFile();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("LC_ALL", "C");
    builder.environment().put("LANG", "C");
    Path out = Files.createTempFile("imr-out", ".txt");
    Path err = Files.createTempFile("imr-err", ".txt");
    try {
      Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("imr finished").isTrue();
      return new Result(
          process.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8));
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }

  @Test
  void theJarEvaluatesTheSeedCase() throws Exception {
    Result result = java("evaluate", EvaluateCommandTest.SEED);

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out().lines())
        .contains(
            "Acupuncture 3x4 — Upheld",
            "    mtus.acupuncture.extension (not documented), 8 CCR § 9792.24.1(d)",
            "    mtus.acupuncture.functional-improvement (not documented), 8 CCR § 9792.20(f)");
  }

  @Test
  void theJarReReviewsTheSeedLetter() throws Exception {
    Result result = java("review", ReviewCommandTest.SEED_LETTER);

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("Acupuncture 3x4 — letter Upheld, library Upheld: agree");
  }

  @Test
  void theJarListsTheGuidelines() throws Exception {
    Result result = java("guidelines");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("MTUS content (8 CCR § 9792.20 ff.)");
  }

  @Test
  void theJarMergesTheContentPackIndexesAndFindsTheBundledPack() throws Exception {
    String index;
    try (java.util.jar.JarFile jar = new java.util.jar.JarFile(JAR.toFile())) {
      java.util.jar.JarEntry entry = jar.getJarEntry("META-INF/openimr/content/packs.list");
      assertThat(entry).as("the merged content-pack index").isNotNull();
      try (java.io.InputStream in = jar.getInputStream(entry)) {
        index = new String(in.readAllBytes(), UTF_8);
      }
    }
    Result result = java("guidelines");

    assertThat(index.lines()).contains("openimr-mtus-acupuncture.json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .containsPattern("openimr\\.mtus\\.acupuncture \\S+ sha256 [0-9a-f]{64}");
  }

  @Test
  void theJarExitsWithTwoOnAUsageError() throws Exception {
    Result result = java("no-such-command");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Unmatched argument");
  }
}
