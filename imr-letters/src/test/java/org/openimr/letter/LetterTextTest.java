package org.openimr.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The normalizer cleans extracted text into lines and maps every normalized character back to the
 * input: on any text, the lines are trimmed, non-blank and free of runs of spaces, and every
 * normalized character points at an input character it came from, in order.
 */
class LetterTextTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "page furniture is dropped | a\\nPage 2 of 3\\nb | a\\nb",
        "page furniture in capitals is dropped | a\\nPAGE 2 OF 3\\nb | a\\nb",
        "a page line with a doubled space is text | a\\nPage 2  of 3\\nb | a\\nPage 2 of 3\\nb",
        "a word hyphenated across lines is joined | treat-\\nment | treatment",
        "a compound keeps its hyphen | an x-\\nray | an x-ray",
        "a capital after the hyphen is no join | mid-\\nBack | mid-\\nBack",
        "blank and space-only lines are dropped | a\\n\\n   \\n\\tb | a\\nb",
        "runs of spaces collapse and lines are trimmed | `  a \\t b  ` | a b",
        "CRLF is one line break | a\\r\\nb\\rc | a\\nb\\nc",
        "ligatures become letters | \\uFB01ne \\uFB02oor | fine floor",
        "curly quotes and dashes become ASCII | \\u201Cit\\u2019s\\u201D \\u2013 x | \"it's\" - x",
        "soft hyphens and zero-width characters are dropped | ex\\u00ADam\\u200Bple | example",
      })
  void extractionArtifactsAreCleaned(String what, String input, String normalized) {
    LetterText text = LetterText.of(unescape(input));
    assertThat(text.text).isEqualTo(unescape(normalized));
    isCleanAndMapped(unescape(input));
  }

  @Test
  void theTestLettersAreCleanAndMappedHoweverTheyWereExtracted() {
    for (String letter :
        List.of(Letters.SEED, Letters.DECISIONS_AND_DOCUMENTS, Letters.ISSUE_AT_DISPUTE)) {
      isCleanAndMapped(letter);
      isCleanAndMapped(letter.replace("\n", "\r\n"));
      isCleanAndMapped(letter.replace("fi", "\uFB01").replace(" ", "  "));
    }
  }

  @Property(tries = 1000)
  void extractedTextIsCleanAndMapped(@ForAll("extracted") String input) {
    isCleanAndMapped(input);
  }

  @Property(tries = 300)
  void anyStringIsCleanAndMapped(@ForAll String input) {
    isCleanAndMapped(input);
  }

  private static void isCleanAndMapped(String input) {
    LetterText text = LetterText.of(input);
    String t = text.text;
    assertThat(t).doesNotContain("  ").doesNotContain("\n\n").doesNotContain(" \n");
    assertThat(t).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("\n ");
    assertThat(text.lines)
        .extracting(text::line)
        .isEqualTo(t.isEmpty() ? List.of() : List.of(t.split("\n", -1)));
    int previous = 0;
    for (int i = 0; i < t.length(); i++) {
      TextSpan span = text.span(i, i + 1);
      assertThat(span.start()).isGreaterThanOrEqualTo(previous);
      assertThat(span.text()).isEqualTo(input.substring(span.start(), span.end()));
      char c = t.charAt(i);
      char from = input.charAt(span.start());
      if (from > ' ' && from < 0x7F) {
        // printable ASCII is kept as it is
        assertThat(c).isEqualTo(from);
      }
      previous = span.start();
    }
    int end = t.length();
    assertThat(text.span(end, end).start()).isEqualTo(input.length());
    if (end > 0) {
      assertThat(text.slice(0, end)).isEqualTo(t.replace('\n', ' '));
    }
  }

  /** Text as PDF extraction leaves it: words, odd spaces and breaks, page lines, hyphenation. */
  @Provide
  Arbitrary<String> extracted() {
    Arbitrary<String> fragment =
        Arbitraries.oneOf(
            Arbitraries.of(
                "The",
                "patient",
                "Page",
                "page",
                "PAGE",
                "p",
                "P",
                "x",
                "ray",
                "follow",
                "up",
                "treat",
                "ment",
                "mid",
                "Back",
                "of",
                "OF",
                "2",
                "12",
                "3x4",
                "Mid-",
                "x-",
                "a-",
                "-",
                "--",
                "A-",
                "\u00E9t\u00E9",
                "\u0130",
                "\u212A"),
            Arbitraries.of(
                " ", "  ", "   ", "\t", "\u00A0", "\u2002", "\u3000", "\n", "\n\n", "\r\n", "\r",
                "\f", "\u000B", "\u0085", "\u2028", "\u2029", "\r\r\n", " \n ", "-\n"),
            Arbitraries.of(
                "Page 2",
                "Page 2 of 3",
                "page 10 of 12",
                "PAGE 1 OF 1",
                "Page  2 of 3",
                "Page 2 of 3 ",
                "Page x of 3",
                "Page 2 of",
                "Page 123456789012345678901"),
            Arbitraries.of(
                "\uFB00",
                "\uFB01",
                "\uFB02",
                "\uFB03",
                "\uFB04",
                "\u00AD",
                "\uFEFF",
                "\u200B",
                "\u200C",
                "\u200D",
                "\u2060",
                "\u2018",
                "\u2019",
                "\u201B",
                "\u201C",
                "\u201D",
                "\u2010",
                "\u2011",
                "\u2012",
                "\u2013",
                "\u2014",
                "\u2212",
                "\u0000",
                "\u007F",
                "\uD83D\uDE00"),
            Arbitraries.strings().ofMaxLength(6));
    return fragment.list().ofMaxSize(120).map(l -> String.join("", l));
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        out.append(c);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(e);
      }
    }
    return out.toString();
  }
}
