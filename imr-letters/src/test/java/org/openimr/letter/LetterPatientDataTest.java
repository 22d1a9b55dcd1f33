package org.openimr.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openimr.review.ImrReviewer;

/** Letter text may name the patient: no toString() and no message repeats letter text. */
class LetterPatientDataTest {
  private static final String MARKER = "ZQXMARKER";

  private static final String LETTER =
      Letters.withSummary(
          "Mr. "
              + MARKER
              + " is a 50 year old male "
              + MARKER
              + " who sustained an injury to the low back on 1/5/2013. "
              + MARKER
              + " has had 6 sessions of acupuncture with "
              + MARKER
              + " relief. He takes Norco. A report dated 3/1/2013 notes "
              + MARKER
              + " reports 50% improvement.",
          "Acupuncture 3x4: Upheld",
          "Claims Administrator guideline: " + MARKER + " guidelines.",
          "MAXIMUS guideline: " + MARKER + ".",
          "Decision rationale: " + MARKER + " has not improved.");

  @Test
  void aParsedLettersToStringShowsStructureButNoLetterText() {
    ParsedLetter letter = LetterParser.standard().parse(LETTER);

    assertThat(letter.items().get(0).rationale().map(Fact::value).orElseThrow()).contains(MARKER);
    assertThat(letter.toString()).doesNotContain(MARKER).contains("age=Fact[value=50");
    for (Fact<?> fact : Letters.allFacts(letter)) {
      assertThat(fact.toString()).doesNotContain(MARKER);
      assertThat(fact.span().toString()).doesNotContain(MARKER);
    }
  }

  @Test
  void parseExceptionsNeverRepeatTheInput() {
    assertThatThrownBy(() -> LetterParser.standard().parse(MARKER + " no headings here"))
        .hasMessageNotContaining(MARKER);
    assertThatThrownBy(
            () ->
                LetterParser.standard()
                    .parse(Letters.withSummary(MARKER + " was injured on 1/5/2013.", "X: Upheld"))
                    .toCase())
        .isInstanceOf(LetterParseException.class)
        .hasMessageNotContaining(MARKER);
  }

  @Test
  void reReviewReasonsNeverRepeatTheInput() {
    LetterReview review =
        ReReview.with(ImrReviewer.builder().build())
            .review(Letters.withSummary(MARKER + " was injured.", MARKER + " 3x4: Upheld"));

    assertThat(review.items().get(0).reason().orElseThrow()).doesNotContain(MARKER);
    assertThat(review.toString()).doesNotContain(MARKER);
  }
}
