package org.openimr.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.openimr.review.ImrReviewer;

/**
 * No {@link LetterParseException} repeats the letter: a marker written into every place a letter
 * has (headings, summary, item names, labels, rationales, stray lines) never appears in a message,
 * whichever problem the letter has, from {@link LetterParser#parse}, {@link ParsedLetter#toCase()}
 * or a re-review's reasons. The IMR case number is the one exception by design: it is no patient
 * identifier, and the re-review's {@link org.openimr.model.Determination} prints it.
 */
class ParseExceptionMarkerTest {
  private static final String MARKER = "ZQXMARKER";

  /** Lines of every kind a letter has, each carrying the marker. */
  private static final List<String> LINES =
      List.of(
          "IMR Case Number: CM14-0000001",
          MARKER + " sent the complete case file to an expert reviewer.",
          "CLINICAL CASE SUMMARY",
          "The patient is a 45 year old female nurse " + MARKER + " who sustained an injury.",
          "The patient is a 45 year old female " + MARKER.toLowerCase() + " who fell on 1/5/2013.",
          MARKER + " was injured at work on 1/5/2013. A report dated 2/1/2013 notes pain.",
          "A report dated 2/1/" + MARKER + " notes pain.",
          "IMR ISSUES, DECISIONS AND RATIONALES",
          "DOCUMENTS REVIEWED",
          "ISSUE AT DISPUTE",
          "Acupuncture 3x4 " + MARKER + ": Upheld",
          MARKER + ": Overturned",
          "\"" + MARKER + "\": Upheld",
          "1. Is " + MARKER + " medically necessary?",
          "Acupuncture 3x" + MARKER + ": Upheld",
          "Acupuncture 9x999: Upheld",
          "Claims Administrator guideline: " + MARKER,
          "MAXIMUS guideline: " + MARKER,
          "Decision rationale: " + MARKER,
          MARKER.toUpperCase() + " REVIEWED",
          "Page 2 of " + MARKER,
          MARKER,
          "");

  @Property(tries = 500)
  void noMessageRepeatsTheLetter(@ForAll("letters") String letter) {
    ParsedLetter parsed;
    try {
      parsed = LetterParser.standard().parse(letter);
    } catch (LetterParseException e) {
      assertThat(e.getMessage()).doesNotContain(MARKER);
      return;
    }
    try {
      parsed.toCase();
    } catch (LetterParseException e) {
      assertThat(e.getMessage()).doesNotContain(MARKER);
    }
    LetterReview review = ReReview.with(ImrReviewer.builder().build()).review(parsed);
    for (ItemComparison item : review.items()) {
      assertThat(item.reason().orElse("")).doesNotContain(MARKER);
    }
    assertThat(review.toString()).doesNotContain(MARKER);
  }

  @Test
  void everyProblemIsReportedWithoutTheLetter() {
    LetterParser parser = LetterParser.withMaxLength(100);
    assertThatThrownBy(() -> parser.parse(MARKER.repeat(20)))
        .isInstanceOf(LetterParseException.class)
        .hasMessageNotContaining(MARKER);
    assertThatThrownBy(() -> LetterParser.standard().parse(MARKER + "\nno heading"))
        .isInstanceOf(LetterParseException.class)
        .hasMessageNotContaining(MARKER);
    assertThatThrownBy(() -> LetterParser.standard().parse(" \n\u2028 "))
        .isInstanceOf(LetterParseException.class)
        .hasMessageNotContaining(MARKER);
    byte[] bytes = (MARKER + "\u00FF\uD800").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> LetterParser.standard().parse(bytes))
        .isInstanceOf(LetterParseException.class)
        .hasMessageNotContaining(MARKER);
    assertThatThrownBy(
            () ->
                LetterParser.standard()
                    .parse(Letters.withSummary(MARKER + " is 45.", MARKER + " 3x4: Upheld"))
                    .toCase())
        .isInstanceOf(LetterParseException.class)
        .hasMessageNotContaining(MARKER);
  }

  @Provide
  Arbitrary<String> letters() {
    return Arbitraries.of(LINES).list().ofMaxSize(30).map(lines -> String.join("\n", lines));
  }
}
