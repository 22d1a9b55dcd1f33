package org.openimr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.openimr.json.ImrJson;
import org.openimr.model.Case;
import org.openimr.review.ImrReviewer;
import org.openimr.testkit.ImrArbitraries;
import org.openimr.testkit.InvalidCase;

/**
 * Every kind of line {@code imr batch} writes (a determination, the violations of an invalid case,
 * the error of an unreadable input) is valid under the batch line schema, and the schema refuses a
 * line with none of them or two.
 */
class BatchLineSchemaTest {
  private final BatchRun run = new BatchRun(ImrReviewer.withDiscoveredEvaluators(), 1);

  private byte[] line(CaseInput.Loader loader) {
    return run.review(new CaseInput(7, "cases.jsonl line 7", loader)).line();
  }

  @Test
  void theLineOfTheSeedCaseIsValid() throws IOException {
    String seed =
        Files.readString(
            JsonSchemasTest.ROOT.resolve(
                "imr-testkit/src/main/resources/org/openimr/testkit/cases/seed-case.json"));

    byte[] line = line(() -> ImrJson.standard().readCase(seed));

    assertThat(
            Schemas.parse(new String(line, java.nio.charset.StandardCharsets.UTF_8))
                .has("determination"))
        .isTrue();
    assertThat(Schemas.errors(Schemas.BATCH_LINE, line)).isEmpty();
  }

  @Test
  void theLineOfAnUnreadableInputIsValid() {
    byte[] line =
        line(
            () -> {
              throw new AccessDeniedException("case.json");
            });

    assertThat(Schemas.errors(Schemas.BATCH_LINE, line)).isEmpty();
  }

  @Provide
  Arbitrary<Case> cases() {
    return ImrArbitraries.cases();
  }

  @Provide
  Arbitrary<InvalidCase> invalidCases() {
    return ImrArbitraries.invalidCases();
  }

  @Property(tries = 100)
  void theLineOfAGeneratedCaseIsValid(@ForAll("cases") Case c) {
    String json = ImrJson.standard().write(c);

    assertThat(Schemas.errors(Schemas.BATCH_LINE, line(() -> ImrJson.standard().readCase(json))))
        .isEmpty();
  }

  @Property(tries = 100)
  void theLineOfAnInvalidCaseIsValid(@ForAll("invalidCases") InvalidCase invalid) {
    String json = ImrJson.standard().write(invalid.aCase());

    byte[] line = line(() -> ImrJson.standard().readCase(json));

    assertThat(Schemas.errors(Schemas.BATCH_LINE, line)).isEmpty();
  }

  @Test
  void aLineWithBothADeterminationAndAnErrorOrWithNeitherIsRefused() throws IOException {
    String seed =
        Files.readString(
            JsonSchemasTest.ROOT.resolve(
                "imr-testkit/src/main/resources/org/openimr/testkit/cases/seed-case.json"));
    ObjectNode line =
        (ObjectNode)
            Schemas.parse(
                new String(
                    line(() -> ImrJson.standard().readCase(seed)),
                    java.nio.charset.StandardCharsets.UTF_8));
    JsonNode determination = line.get("determination");

    line.put("error", "cannot be read");
    assertThat(Schemas.BATCH_LINE.validate(line)).isNotEmpty();
    line.remove("error");
    line.remove("determination");
    assertThat(Schemas.BATCH_LINE.validate(line)).isNotEmpty();
    line.set("determination", determination);
    line.put("case", 0);
    assertThat(Schemas.BATCH_LINE.validate(line)).isNotEmpty();
  }
}
