package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.openimr.json.ImrJson;
import org.openimr.model.Case;
import org.openimr.model.Decision;
import org.openimr.model.Determination;
import org.openimr.model.ImrOutcome;
import org.openimr.review.ImrReviewer;
import org.openimr.spi.GuidelineEvaluator;

/**
 * Another team's first test: OpenIMR from its published artifacts only. It fails if a service
 * file is missing from a jar, if a class existed only in the OpenIMR build, or if Immutables (a
 * provided-scope dependency of OpenIMR) were needed at run time.
 */
class SeedCaseTest {
  private static final String VERSION = System.getProperty("openimr.version");

  private static Case seedCase() throws IOException {
    try (InputStream in = SeedCaseTest.class.getResourceAsStream("/seed-case.json")) {
      return ImrJson.standard().readCase(in.readAllBytes());
    }
  }

  @Test
  void theAcupunctureRequestOfTheSeedCaseIsUpheldByTheDiscoveredMtusEvaluator()
      throws IOException {
    Determination determination = ImrReviewer.withDiscoveredEvaluators().review(seedCase());

    Decision item1 =
        determination.decisions().stream()
            .filter(d -> d.itemId().equals("1"))
            .findFirst()
            .orElseThrow();
    // Six sessions were completed without objective functional improvement, so a further 3x4
    // is not necessary under the MTUS acupuncture guideline: the UR denial is upheld.
    assertEquals("mtus.acupuncture", item1.evaluatorId(), item1.rationale());
    assertEquals(Optional.of(ImrOutcome.UPHELD), item1.outcome(), item1.rationale());
  }

  @Test
  void theGuidelinesJarRegistersItsEvaluatorsAsAService() throws URISyntaxException {
    List<GuidelineEvaluator> evaluators =
        StreamSupport.stream(ServiceLoader.load(GuidelineEvaluator.class).spliterator(), false)
            .collect(Collectors.toList());
    List<String> ids =
        evaluators.stream().map(GuidelineEvaluator::id).collect(Collectors.toList());
    assertTrue(
        ids.contains("mtus.acupuncture"),
        "META-INF/services/org.openimr.spi.GuidelineEvaluator in imr-guidelines lists " + ids);
    for (GuidelineEvaluator evaluator : evaluators) {
      assertEquals("imr-guidelines-" + VERSION + ".jar", jarOf(evaluator.getClass()));
    }
  }

  @Test
  void theLibraryIsLoadedFromItsPublishedJars() throws URISyntaxException {
    assertEquals("imr-core-" + VERSION + ".jar", jarOf(ImrReviewer.class));
    assertEquals(VERSION, ImrReviewer.version());
  }

  @Test
  void immutablesIsNeitherOnTheClassPathNorNeeded() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.immutables.value.Value"));
  }

  private static String jarOf(Class<?> type) throws URISyntaxException {
    Path location =
        Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    return location.getFileName().toString();
  }
}
