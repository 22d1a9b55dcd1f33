package org.openimr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.openimr.json.ImrJson;

class AcupunctureExampleTest {

  @Test
  void theAcupunctureExampleUpholdsTheSeedLettersDenial() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AcupunctureExample.run(
        ImrJson.standard()
            .readCase(
                Files.readAllBytes(
                    ReadmeTest.ROOT.resolve(
                        "imr-testkit/src/main/resources/org/openimr/testkit/cases/seed-case.json"))),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
        .startsWith("Upheld")
        .contains(
            "mtus.acupuncture.extension NOT_DOCUMENTED 8 CCR § 9792.24.1(d) (MTUS Acupuncture"
                + " Medical Treatment Guidelines, 2009)",
            "mtus.acupuncture.functional-improvement NOT_DOCUMENTED 8 CCR § 9792.20(f) (MTUS"
                + " Acupuncture Medical Treatment Guidelines, 2009)");
  }
}
