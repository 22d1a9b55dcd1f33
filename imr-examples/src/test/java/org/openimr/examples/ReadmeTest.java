package org.openimr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openimr.examples.cli.Imr;

/**
 * Keeps README.md true: every Java snippet in it is a tagged region of compiled example code, and
 * .ci/run runs the README's test command.
 */
class ReadmeTest {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern SNIPPET =
      Pattern.compile("<!-- snippet: (\\S+) (\\S+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL);

  static String readme() throws IOException {
    return Files.readString(ROOT.resolve("README.md"));
  }

  @Test
  void everyJavaSnippetInTheReadmeIsCompiledExampleCode() throws IOException {
    Matcher m = SNIPPET.matcher(readme());
    int count = 0;
    while (m.find()) {
      count++;
      String source = Files.readString(ROOT.resolve(m.group(1)));
      assertThat(m.group(3))
          .as("README snippet %s", m.group(2))
          .isEqualTo(region(source, m.group(2)));
    }
    assertThat(count).as("snippets found").isPositive();
    assertThat(readme().split("```java", -1).length - 1)
        .as("every java block is a checked snippet")
        .isEqualTo(count);
  }

  @Test
  void ciRunsTheReadmesTestCommand() throws IOException {
    Matcher m =
        Pattern.compile("<!-- test-command -->\\s*```sh\\n(.*?)\\n```", Pattern.DOTALL)
            .matcher(readme());
    assertThat(m.find()).as("README has a marked test command").isTrue();
    assertThat(Files.readString(ROOT.resolve(".ci/run"))).contains(m.group(1).trim());
  }

  @Test
  void theMainJobBuildsTheJarAndEvaluatesTheSeedCase() throws IOException {
    Matcher m =
        Pattern.compile("<!-- main-job -->\\s*```sh\\n(.*?)\\n```", Pattern.DOTALL)
            .matcher(readme());
    assertThat(m.find()).as("README has a marked main job").isTrue();
    String command = m.group(1).trim();
    String jar = "java -jar imr-examples/target/imr.jar ";
    assertThat(command).startsWith("./mvnw -B -q -DskipTests package && " + jar);
    // The same arguments, run in-process; ExecutableJarTest runs the packaged jar itself.
    String[] args = command.substring(command.indexOf(jar) + jar.length()).split(" ");
    for (int i = 0; i < args.length; i++) {
      if (args[i].endsWith(".json")) {
        assertThat(ROOT.resolve(args[i])).isRegularFile();
        args[i] = ROOT.resolve(args[i]).toString();
      }
    }
    StringWriter out = new StringWriter();
    int exitCode = Imr.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), args);

    assertThat(exitCode).isZero();
    assertThat(out.toString()).contains("Acupuncture 3x4 — ");
  }

  @Test
  void theQuickStartRunsOnTheSeedCase() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QuickStart.run(
        ROOT.resolve("imr-examples/cases/seed-case.json"),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("1: ");
  }

  /** The lines between {@code tag::name[]} and {@code end::name[]}, without their indentation. */
  static String region(String source, String name) {
    List<String> lines = source.lines().collect(Collectors.toList());
    int start = -1;
    int end = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("tag::" + name + "[]")) {
        start = i + 1;
      } else if (lines.get(i).contains("end::" + name + "[]")) {
        end = i;
      }
    }
    assertThat(start).as("region %s", name).isPositive();
    List<String> region = lines.subList(start, end);
    int indent =
        region.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return region.stream()
        .map(l -> l.isBlank() ? "" : l.substring(indent))
        .collect(Collectors.joining("\n", "", "\n"));
  }
}
