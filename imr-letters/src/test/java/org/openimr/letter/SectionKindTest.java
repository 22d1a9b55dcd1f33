package org.openimr.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Every heading is written once, in {@link SectionKind}: each layout owns at least one heading that
 * tells it apart, each heading names one kind, and a letter is of the layout its headings tell, in
 * {@link SectionKind#LAYOUTS}' order.
 */
class SectionKindTest {

  @Test
  void everyLayoutOwnsAHeadingAndEveryHeadingNamesItsOwnKind() {
    assertThat(SectionKind.LAYOUTS).containsExactlyInAnyOrder(LetterLayout.values());
    for (LetterLayout layout : LetterLayout.values()) {
      assertThat(Arrays.stream(SectionKind.values()).filter(k -> k.layout() == layout))
          .as("kinds whose headings tell %s apart", layout)
          .isNotEmpty();
    }
    for (SectionKind kind : SectionKind.values()) {
      for (String heading : kind.headings()) {
        assertThat(SectionKind.of(heading)).as(heading).isEqualTo(kind);
      }
    }
  }

  @Test
  void aLetterIsOfTheFirstLayoutItsHeadingsTell() {
    // "DOCUMENTS REVIEWED" tells DECISIONS_AND_DOCUMENTS_REVIEWED, but "ISSUE AT DISPUTE" comes
    // first
    String letter =
        "DOCUMENTS REVIEWED\nReport of 1/2/2014\nISSUE AT DISPUTE\n"
            + "1. Is acupuncture 3x4 medically necessary?\n";
    assertThat(LetterParser.standard().parse(letter).layout())
        .isEqualTo(LetterLayout.ISSUE_AT_DISPUTE);
    assertThat(LetterParser.standard().parse("DOCUMENTS REVIEWED\nReport of 1/2/2014\n").layout())
        .isEqualTo(LetterLayout.DECISIONS_AND_DOCUMENTS_REVIEWED);
    assertThat(
            LetterParser.standard()
                .parse(
                    "CLINICAL CASE SUMMARY\nA case.\n"
                        + "IMR ISSUES, DECISIONS AND RATIONALES\nAcupuncture 3x4: Upheld\n")
                .layout())
        .isEqualTo(LetterLayout.ISSUES_DECISIONS_AND_RATIONALES);
  }

  @Test
  void aSummaryHeadingAloneTellsNoLayout() {
    assertThat(SectionKind.SUMMARY.layout()).isNull();
    assertThat(SectionKind.of(LetterRenderer.SUMMARY_HEADING)).isEqualTo(SectionKind.SUMMARY);
  }
}
