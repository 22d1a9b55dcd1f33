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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openimr.cli.Imr;

/**
 * Keeps README.md and the pages under docs/ true: every Java snippet in them is a tagged region of
 * compiled example code, .ci/run runs the README's test command, and the README stays a front door
 * (within its line budget, every link to a page or file resolving).
 */
class ReadmeTest {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern SNIPPET =
      Pattern.compile("<!-- snippet: (\\S+) (\\S+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL);

  static String readme() throws IOException {
    return Files.readString(ROOT.resolve("README.md"));
  }

  /** The README and every page under docs/. */
  static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(ROOT.resolve("README.md"));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  @Test
  void everyJavaSnippetInTheReadmeAndTheDocsIsCompiledExampleCode() throws IOException {
    int total = 0;
    for (Path page : pages()) {
      String text = Files.readString(page);
      Matcher m = SNIPPET.matcher(text);
      int count = 0;
      while (m.find()) {
        count++;
        String source = Files.readString(ROOT.resolve(m.group(1)));
        assertThat(m.group(3))
            .as("%s snippet %s", ROOT.relativize(page), m.group(2))
            .isEqualTo(region(source, m.group(2)));
      }
      assertThat(text.split("```java", -1).length - 1)
          .as("every java block in %s is a checked snippet", ROOT.relativize(page))
          .isEqualTo(count);
      total += count;
    }
    assertThat(total).as("snippets found").isPositive();
  }

  @Test
  void theReadmeIsAFrontDoorOfAtMostTwoHundredFiftyLines() throws IOException {
    assertThat(readme().lines().count()).isLessThanOrEqualTo(250);
  }

  @Test
  void everyRelativeLinkInTheReadmeAndTheDocsResolves() throws IOException {
    Pattern link = Pattern.compile("\\]\\(([^)\\s#]+)(#[^)\\s]*)?\\)");
    List<String> broken = new ArrayList<>();
    for (Path page : pages()) {
      Matcher m = link.matcher(Files.readString(page));
      while (m.find()) {
        String target = m.group(1);
        if (target.matches("[a-z]+:.*")) {
          continue;
        }
        if (!Files.exists(page.resolveSibling(target))) {
          broken.add(ROOT.relativize(page) + " -> " + target);
        }
      }
    }
    assertThat(broken).isEmpty();
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
    String jar = "java -jar imr-cli/target/imr.jar ";
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
        ROOT.resolve("imr-testkit/src/main/resources/org/openimr/testkit/cases/seed-case.json"),
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
