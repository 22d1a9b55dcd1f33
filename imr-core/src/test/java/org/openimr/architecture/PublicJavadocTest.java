package org.openimr.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public member of the model ({@code org.openimr.model}) and the SPI ({@code
 * org.openimr.spi}) has javadoc: public and protected types, constructors, methods and fields, and
 * enum constants. A source check, so Immutables' generated code (package-private, under {@code
 * target/}) is never asked for comments; javadoc's own doclint (all groups but "missing") checks
 * the comments themselves when the javadoc jar is built.
 */
class PublicJavadocTest {
  private static final Path SOURCES = Path.of("src/main/java/org/openimr");
  private static final List<String> PACKAGES = List.of("model", "spi");
  private static final Pattern MEMBER = Pattern.compile("^\\s*(public|protected)\\s.*");
  private static final Pattern ENUM_CONSTANT = Pattern.compile("^  [A-Z][A-Z0-9_]*(\\(.*|,|;)?$");

  @Test
  void everyPublicMemberOfTheModelAndTheSpiHasJavadoc() throws IOException {
    List<String> undocumented = new ArrayList<>();
    for (String pkg : PACKAGES) {
      try (Stream<Path> files = Files.list(SOURCES.resolve(pkg))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          String name = pkg + "/" + file.getFileName();
          undocumented(Files.readAllLines(file))
              .forEach(line -> undocumented.add(name + ":" + line));
        }
      }
    }
    assertThat(undocumented).as("public members without javadoc").isEmpty();
  }

  @Test
  void theCheckFindsAMemberWithoutJavadocAndAcceptsOneWithIt() {
    List<String> source =
        List.of(
            "/** A kind. */",
            "public enum Kind {",
            "  /** The first. */",
            "  FIRST,",
            "  SECOND;",
            "",
            "  /** Documented. */",
            "  @Deprecated",
            "  public int documented() {",
            "    return 1;",
            "  }",
            "",
            "  // a line comment is not javadoc",
            "  public int undocumented() {",
            "    return 2;",
            "  }",
            "",
            "  /* nor is a block comment */",
            "  protected static final int LIMIT = 3;",
            "}");

    assertThat(undocumented(source))
        .containsExactly(
            "5 SECOND;",
            "14 public int undocumented() {",
            "19 protected static final int LIMIT = 3;");
  }

  /** The declarations (line number and text) that no javadoc comment precedes. */
  static List<String> undocumented(List<String> lines) {
    boolean isEnum = lines.stream().anyMatch(l -> l.matches("^public enum .*"));
    boolean inEnumConstants = false;
    List<String> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (isEnum && line.matches("^public enum .*")) {
        inEnumConstants = true;
        continue;
      }
      boolean constant = inEnumConstants && ENUM_CONSTANT.matcher(line).matches();
      if (inEnumConstants && (line.trim().endsWith(";") || line.trim().equals("}"))) {
        inEnumConstants = false;
      }
      if (!constant && !MEMBER.matcher(line).matches()) {
        continue;
      }
      int previous = i - 1;
      while (previous >= 0) {
        String above = lines.get(previous).trim();
        if (above.startsWith("@")) {
          previous--;
        } else if (above.endsWith(")") && !above.startsWith("*") && !above.startsWith("/")) {
          // the end of an annotation written over several lines: skip to its start
          while (previous >= 0 && !lines.get(previous).trim().startsWith("@")) {
            previous--;
          }
        } else {
          break;
        }
      }
      if (previous < 0 || !documented(lines, previous)) {
        found.add((i + 1) + " " + line.trim());
      }
    }
    return found;
  }

  /** Whether the comment ending on line {@code end} is a javadoc comment. */
  private static boolean documented(List<String> lines, int end) {
    if (!lines.get(end).trim().endsWith("*/")) {
      return false;
    }
    for (int i = end; i >= 0; i--) {
      String line = lines.get(i).trim();
      if (line.startsWith("/**")) {
        return true;
      }
      if (line.startsWith("/*")) {
        return false;
      }
    }
    return false;
  }
}
