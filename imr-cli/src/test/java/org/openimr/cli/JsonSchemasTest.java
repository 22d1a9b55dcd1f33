package org.openimr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.openimr.json.ImrJson;
import org.openimr.model.Case;
import org.openimr.model.Determination;
import org.openimr.model.InvalidCaseException;
import org.openimr.model.Violation;
import org.openimr.review.ImrReviewer;
import org.openimr.testkit.ImrArbitraries;
import org.openimr.testkit.InvalidCase;

/**
 * The case and determination schemas hold for every case file of the repository and for generated
 * cases: a valid case passes both the schema and {@link ImrJson}, and its determination passes the
 * determination schema; a case that breaks one rule is refused by the reader always, and by the
 * schema exactly when the schema can express the rule (docs/json-schemas.md lists the others).
 */
class JsonSchemasTest {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /**
   * The rules only the reader checks, by the message of their violation: each compares two fields
   * or two items, which a JSON Schema cannot.
   */
  private static final Set<String> READER_ONLY =
      Set.of(
          "must not be before dateOfInjury",
          "must not be before requestDate",
          "must not be before urDecisionDate",
          "must not be before startDate",
          "must not exceed sessionsAuthorized",
          "must not exceed frequency.max",
          "must not exceed frequency.max times weeks",
          "must be unique within the case",
          "must be fewer than request.totalSessions");

  private final ImrReviewer reviewer = ImrReviewer.withDiscoveredEvaluators();

  /** Every JSON file of the repository that holds a case: the examples and the test fixtures. */
  static List<Path> caseFiles() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".json"))
          .filter(p -> !ROOT.relativize(p).toString().contains("target"))
          .filter(p -> !ROOT.relativize(p).startsWith(".git"))
          .filter(JsonSchemasTest::holdsACase)
          .sorted()
          .toList();
    }
  }

  private static boolean holdsACase(Path file) {
    try {
      JsonNode json = Schemas.parse(Files.readString(file));
      return json.has("caseNumber") && json.has("disputedItems");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  @Test
  void everyCaseFileOfTheRepositoryIsValidUnderTheCaseSchemaAndReadsCleanly() throws IOException {
    List<Path> files = caseFiles();

    assertThat(files)
        .extracting(p -> ROOT.relativize(p).toString())
        .contains(
            "imr-testkit/src/main/resources/org/openimr/testkit/cases/seed-case.json",
            "imr-core/src/test/resources/org/openimr/json/seed-case.json",
            "imr-release-tests/src/it/consumer/src/test/resources/seed-case.json");
    for (Path file : files) {
      String json = Files.readString(file);
      assertThat(Schemas.errors(Schemas.CASE, json)).as(file.toString()).isEmpty();
      Case c = ImrJson.standard().readCase(json);
      assertThat(
              Schemas.errors(Schemas.DETERMINATION, ImrJson.standard().write(reviewer.review(c))))
          .as(file.toString())
          .isEmpty();
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    return ImrArbitraries.cases();
  }

  @Provide
  Arbitrary<InvalidCase> invalidCases() {
    return ImrArbitraries.invalidCases();
  }

  @Property(tries = 200)
  void aGeneratedCasePassesTheSchemaAndTheReaderAndItsDeterminationPassesItsSchema(
      @ForAll("cases") Case c) {
    String json = ImrJson.standard().write(c);

    assertThat(Schemas.errors(Schemas.CASE, json)).isEmpty();
    assertThat(ImrJson.standard().readCase(json)).isEqualTo(c);
    Determination determination = reviewer.review(c);
    assertThat(Schemas.errors(Schemas.DETERMINATION, ImrJson.standard().write(determination)))
        .isEmpty();
  }

  @Property(tries = 400)
  void aCaseBreakingOneRuleIsRefusedByTheReaderAndByTheSchemaWhereItCanExpressTheRule(
      @ForAll("invalidCases") InvalidCase invalid) {
    String json = ImrJson.standard().write(invalid.aCase());
    List<Error> errors = Schemas.errors(Schemas.CASE, json);
    boolean readerOnly = READER_ONLY.contains(invalid.violation().message());
    Statistics.collect(readerOnly ? "reader-only" : "schema-expressible");

    List<Violation> violations = readerViolations(json);
    assertThat(violations).as(invalid.breakage()).containsExactly(invalid.violation());
    if (readerOnly) {
      assertThat(errors).as("the schema is never stricter than the reader").isEmpty();
    } else {
      assertThat(errors).as(invalid.breakage()).isNotEmpty();
    }
  }

  private static List<Violation> readerViolations(String json) {
    try {
      ImrJson.standard().readCase(json);
      return List.of();
    } catch (InvalidCaseException e) {
      return e.violations();
    }
  }
}
