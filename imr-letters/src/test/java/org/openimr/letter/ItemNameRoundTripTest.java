package org.openimr.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openimr.model.Case;
import org.openimr.model.Decision;
import org.openimr.model.Determination;
import org.openimr.model.DisputedItem;
import org.openimr.model.MedicalNecessity;
import org.openimr.model.TreatmentRequest;

/**
 * An item name the reader would take for something else (a heading, a label, a number, a closing
 * line) or would cut (a lead such as "The", a final colon, quotes) is written in double quotes, and
 * read back without them; a name of any length is read whole. Each row: the name, why the bare line
 * would lose it, and whether the renderer quotes it.
 */
class ItemNameRoundTripTest {
  private static final LetterRenderer RENDERER =
      LetterRenderer.builder().organization("Example Review Organization").build();

  static Stream<Arguments> names() {
    return Stream.of(
        Arguments.of("Acupuncture 3x4", "an ordinary name", false),
        Arguments.of("DOCUMENTS REVIEWED", "a heading of its own", true),
        Arguments.of("CLINICAL CASE SUMMARY: acupuncture 3x4", "a heading before its colon", true),
        Arguments.of("Decision rationale: acupuncture 3x4", "a rationale label", true),
        Arguments.of("Claims Administrator guideline: PT", "a guideline label", true),
        Arguments.of("MTUS guideline: acupuncture 3x4", "a reviewer's guideline label", true),
        Arguments.of("Medical Necessity:", "a final colon, trimmed", true),
        Arguments.of("The acupuncture 3x4", "the lead \"The\", dropped", true),
        Arguments.of("The request for PT 2x6", "the lead \"The request for\", dropped", true),
        Arguments.of("1. Acupuncture 3x4", "a number, taken as the item's", true),
        Arguments.of("Sincerely requested PT 2x6", "a closing line, ending the section", true),
        Arguments.of("cc: acupuncture 3x4", "a copy line, ending the section", true),
        Arguments.of("\"Acupuncture 3x4\"", "quotes, which the reader strips", true),
        Arguments.of("12", "no letter to make it a name", true),
        Arguments.of("Items in dispute", "an ordinary name", false));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("names")
  void everyItemNameReadsBackAsWritten(String name, String why, boolean quoted) throws IOException {
    Case c = withItemNames(List.of(name, "Physical therapy 2x6"));

    String text = RENDERER.plainText(c, decided(c));
    ParsedLetter letter = LetterParser.standard().parse(text);

    assertThat(letter.items())
        .extracting(ParsedItem::name)
        .containsExactly(name, "Physical therapy 2x6");
    assertThat(letter.items()).extracting(ParsedItem::id).containsExactly("1", "2");
    assertThat(text.contains("\n\"" + name + "\": Upheld\n")).isEqualTo(quoted);
  }

  @Test
  void aNameOfTwentyThousandCharactersIsReadWhole() throws IOException {
    String name = "Acupuncture 3x4 " + "as the treating physician requested ".repeat(560).trim();
    Case c = withItemNames(List.of(name));

    ParsedLetter letter = LetterParser.standard().parse(RENDERER.plainText(c, decided(c)));

    assertThat(letter.items()).singleElement().satisfies(i -> assertThat(i.name()).isEqualTo(name));
    assertThat(letter.items().get(0).request()).contains(TreatmentRequest.parse("Acupuncture 3x4"));
  }

  @Test
  void lineBreaksOfEveryKindInANameAreWrittenAsSpaces() throws IOException {
    Case c = withItemNames(List.of("Acupuncture\u2028DOCUMENTS REVIEWED\u0085x\u00A0y\r\nz"));

    ParsedLetter letter = LetterParser.standard().parse(RENDERER.plainText(c, decided(c)));

    assertThat(letter.items())
        .extracting(ParsedItem::name)
        .containsExactly("Acupuncture DOCUMENTS REVIEWED x y z");
  }

  @Test
  void aLowerCaseNameAfterARationaleEndingInAHyphenIsNotJoinedToIt() throws IOException {
    Case c = withItemNames(List.of("Acupuncture 3x4", "physical therapy 2x6"));
    Determination d = decided(c, "Pain is not reduced by self-");

    ParsedLetter letter = LetterParser.standard().parse(RENDERER.plainText(c, d));

    assertThat(letter.items())
        .extracting(ParsedItem::name)
        .containsExactly("Acupuncture 3x4", "physical therapy 2x6");
  }

  /** The seed case with one item per name, each the seed's request, ids "1", "2", ... */
  private static Case withItemNames(List<String> names) throws IOException {
    Case seed = SeedLetterTest.seedCase();
    DisputedItem first = seed.disputedItems().get(0);
    List<DisputedItem> items =
        Stream.iterate(0, i -> i + 1)
            .limit(names.size())
            .map(
                i ->
                    DisputedItem.builder()
                        .from(first)
                        .id(Integer.toString(i + 1))
                        .requestedAs(names.get(i))
                        .build())
            .toList();
    return Case.builder().from(seed).disputedItems(items).build();
  }

  private static Determination decided(Case c) {
    return decided(c, "No improvement is documented.");
  }

  private static Determination decided(Case c, String rationale) {
    Determination.Builder d = Determination.builder().caseNumber(c.caseNumber());
    for (DisputedItem item : c.disputedItems()) {
      d.addDecisions(
          Decision.builder()
              .itemId(item.id())
              .necessity(MedicalNecessity.NOT_NECESSARY)
              .evaluatorId("x")
              .evaluatorVersion("1")
              .rationale(rationale)
              .build());
    }
    return d.build();
  }
}
