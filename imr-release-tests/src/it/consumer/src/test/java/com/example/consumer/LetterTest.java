package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openimr.json.ImrJson;
import org.openimr.letter.Agreement;
import org.openimr.letter.ItemComparison;
import org.openimr.letter.LetterParser;
import org.openimr.letter.LetterRenderer;
import org.openimr.letter.LetterReview;
import org.openimr.letter.ParsedLetter;
import org.openimr.letter.ReReview;
import org.openimr.model.Case;
import org.openimr.model.Determination;
import org.openimr.review.ImrReviewer;

/**
 * The letter module by coordinates: imr-letters renders a determination as a letter, reads it
 * back and re-reviews it, loaded from its own published jar (not from imr-core).
 */
class LetterTest {
  private static final String VERSION = System.getProperty("openimr.version");

  @Test
  void aRenderedLetterReadsBackAndItsReReviewAgreesWithTheLibrary()
      throws IOException, URISyntaxException {
    Case seed;
    try (InputStream in = LetterTest.class.getResourceAsStream("/seed-case.json")) {
      seed = ImrJson.standard().readCase(in.readAllBytes());
    }
    ImrReviewer reviewer = ImrReviewer.withDiscoveredEvaluators();
    Determination determination = reviewer.review(seed);

    String letter =
        LetterRenderer.builder().organization("Example Review Organization").build()
            .plainText(seed, determination);
    ParsedLetter parsed = LetterParser.standard().parse(letter);
    LetterReview review = ReReview.with(reviewer).review(parsed);

    // The letter states the library's own decisions, so re-reviewing it must agree item by item.
    assertEquals(seed.disputedItems().size(), review.items().size());
    for (ItemComparison item : review.items()) {
      assertEquals(Agreement.AGREE, item.agreement(), item.itemName());
    }
    assertTrue(parsed.caseNumber().isPresent(), "the case number reads back");
    assertEquals("imr-letters-" + VERSION + ".jar", jarOf(LetterParser.class));
  }

  private static String jarOf(Class<?> type) throws URISyntaxException {
    Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    return location.getFileName().toString();
  }
}
