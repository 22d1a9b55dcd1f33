package org.openimr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.openimr.json.ImrJson;
import org.openimr.model.Case;
import org.openimr.model.Decision;
import org.openimr.model.Determination;
import org.openimr.review.ImrReviewer;

class LetterExampleTest {
  @Test
  void theSeedLetterIsReReviewed() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    LetterExample.reReview(
        ReadmeTest.ROOT.resolve(
            "imr-testkit/src/main/resources/org/openimr/testkit/letters/seed-letter.txt"),
        ImrReviewer.withDiscoveredEvaluators(),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .startsWith("age 61 (\"61 year old\")\n")
        .contains("Acupuncture 3x4: letter Upheld, library ");
  }

  @Test
  void theSeedCaseIsRenderedAsALetter() throws IOException {
    Case c =
        ImrJson.standard()
            .readCase(
                Files.readAllBytes(
                    ReadmeTest.ROOT.resolve(
                        "imr-testkit/src/main/resources/org/openimr/testkit/cases/seed-case.json")));
    Determination d =
        Determination.builder()
            .caseNumber(c.caseNumber())
            .addDecisions(Decision.notEvaluable("1", "example", "1", "No applicable guideline."))
            .build();

    assertThat(LetterExample.render(c, d))
        .contains("CLINICAL CASE SUMMARY")
        .contains("The patient is a 61 year old female nurse")
        .contains("Acupuncture 3x4: Not evaluable")
        .contains("MAXIMUS guideline: No guideline applied.");
  }
}
