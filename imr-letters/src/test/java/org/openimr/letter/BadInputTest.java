package org.openimr.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Arbitrary text never throws anything but {@link LetterParseException}, and is parsed in time
 * linear in its length. The megabyte inputs below repeat the patterns each reader looks for, so a
 * reader that backtracked or rescanned would take minutes here; their time bound is checked by a
 * benchmark, not asserted in unit tests.
 */
class BadInputTest {
  private static final LetterParser PARSER = LetterParser.standard();
  private static final int MEGABYTE = 1024 * 1024;

  @Test
  void emptyAndBlankTextAreEmptyLetters() {
    for (String text : new String[] {"", " ", "\n\n\f \t\r\n", "\u00A0\u2028"}) {
      assertThatThrownBy(() -> PARSER.parse(text))
          .isInstanceOfSatisfying(
              LetterParseException.class,
              e -> assertThat(e.problem()).isEqualTo(LetterParseException.Problem.EMPTY));
    }
  }

  @Test
  void textWithoutTheHeadingsOfAKnownLayoutIsNotALetter() {
    assertThatThrownBy(() -> PARSER.parse("Dear claimant,\nThe patient is a 61 year old nurse."))
        .isInstanceOfSatisfying(
            LetterParseException.class,
            e -> assertThat(e.problem()).isEqualTo(LetterParseException.Problem.NO_KNOWN_LAYOUT));
    // headings in lower case are body text, not headings
    assertThatThrownBy(
            () -> PARSER.parse("clinical case summary\nimr issues, decisions and rationales"))
        .isInstanceOf(LetterParseException.class);
  }

  @Test
  void textLongerThanTheMaximumIsRefusedBeforeItIsRead() {
    LetterParser small = LetterParser.withMaxLength(100);
    assertThatThrownBy(() -> small.parse("x".repeat(101)))
        .isInstanceOfSatisfying(
            LetterParseException.class,
            e -> assertThat(e.problem()).isEqualTo(LetterParseException.Problem.TOO_LONG));
    assertThatThrownBy(() -> small.parse(new byte[404]))
        .isInstanceOfSatisfying(
            LetterParseException.class,
            e -> assertThat(e.problem()).isEqualTo(LetterParseException.Problem.TOO_LONG));
    assertThatThrownBy(() -> LetterParser.withMaxLength(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void binaryInputIsDecodedLenientlyAndNeverFailsOtherwise() {
    Random random = new Random(42);
    for (int i = 0; i < 20; i++) {
      byte[] bytes = new byte[1 + random.nextInt(64 * 1024)];
      random.nextBytes(bytes);
      parsesOrFailsCleanly(() -> PARSER.parse(bytes));
    }
    byte[] withHeadings =
        ("CLINICAL CASE SUMMARY\n\u0000\u0001\uFFFD 61 year old \u0007female\n"
                + "IMR ISSUES, DECISIONS AND RATIONALES\nAcupuncture 3x4: Upheld\n")
            .getBytes(StandardCharsets.UTF_16);
    parsesOrFailsCleanly(() -> PARSER.parse(withHeadings));
  }

  static Stream<Arguments> adversarial() {
    String summary = "CLINICAL CASE SUMMARY\n";
    String decisions = "\nIMR ISSUES, DECISIONS AND RATIONALES\n";
    return Stream.of(
        Arguments.of("one long word", repeat("a", "")),
        Arguments.of("one long number", summary + repeat("7", "") + decisions),
        Arguments.of(
            "one endless sentence",
            summary + repeat("the patient is a 61 year old female nurse who ", "") + decisions),
        Arguments.of(
            "injury cues without dates",
            summary + repeat("injury to the low back and knee ", "") + "1/1/13." + decisions),
        Arguments.of(
            "request phrases",
            summary + repeat("requested 3x4 acupuncture sessions and ", "") + decisions),
        Arguments.of(
            "request openers with numbers",
            summary + repeat("request 12 12 12 12 12 12 ", "") + decisions),
        Arguments.of(
            "session counts",
            summary + repeat("has had 6 sessions of acupuncture ", "") + decisions),
        Arguments.of("imaging cues", summary + repeat("MRI X-ray CT ", "") + decisions),
        Arguments.of(
            "dated documents",
            summary + repeat("report dated 1/2/13 application for IMR ", "") + decisions),
        Arguments.of(
            "medications", summary + repeat("ibuprofen reduced not tolerated ", "") + decisions),
        Arguments.of(
            "improvement",
            summary + repeat("no objective improvement 55% better, ", "") + decisions),
        Arguments.of("diagnoses", summary + repeat("diagnoses 729.1 M54.5 ", "") + decisions),
        Arguments.of("headings", repeat("CLINICAL CASE SUMMARY\n", "")),
        Arguments.of("item lines", decisions + repeat("Acupuncture 3x4: Upheld\n", "")),
        Arguments.of(
            "numbered items",
            decisions + repeat("1. Acupuncture 3x4 is not medically necessary.\n", "")),
        Arguments.of("distinct items", decisions + distinctItems()),
        Arguments.of(
            "labels",
            decisions
                + "Acupuncture 3x4: Upheld\n"
                + repeat("Decision rationale: MAXIMUS guideline: ", "\n")),
        Arguments.of("hyphenation", summary + repeat("inju-\nry ", "")),
        Arguments.of(
            "blank lines and page breaks",
            summary + repeat("\n \f\nPage 2 of 3\n", "") + decisions),
        Arguments.of("punctuation", summary + repeat("((((.,;:", "") + decisions),
        Arguments.of(
            "qualifications",
            "HOW THE IMR FINAL DETERMINATION WAS MADE\n"
                + repeat("Board Certified in and is licensed to practice in ", "")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adversarial")
  void aMegabyteOfAdversarialRepetitionIsParsedOrRefusedCleanly(String name, String text) {
    parsesOrFailsCleanly(() -> PARSER.parse(text));
  }

  @Test
  void fiveMegabytesOfLettersAreRead() {
    StringBuilder big = new StringBuilder();
    while (big.length() < 5 * MEGABYTE) {
      big.append(Letters.SEED);
    }
    ParsedLetter letter = PARSER.parse(big);
    assertThat(letter.facts().age().map(Fact::value)).contains(61);
    // the same item, named again and again, is one item
    assertThat(letter.items()).hasSize(1);
  }

  @Property(tries = 300)
  void anyTextIsParsedOrRefusedWithTheParseException(@ForAll("letterish") String text) {
    parsesOrFailsCleanly(() -> PARSER.parse(text));
  }

  @Property(tries = 200)
  void anyStringAtAllIsParsedOrRefusedWithTheParseException(@ForAll String text) {
    parsesOrFailsCleanly(() -> PARSER.parse(text));
  }

  @Property(tries = 200)
  void everySpanOfALetterThatParsesIsItsExactText(@ForAll("letterish") String text) {
    try {
      ParsedLetter letter = PARSER.parse(text);
      for (Fact<?> fact : Letters.allFacts(letter)) {
        assertThat(text.substring(fact.span().start(), fact.span().end()))
            .isEqualTo(fact.span().text());
      }
    } catch (LetterParseException e) {
      assertThat(e.problem()).isNotEqualTo(LetterParseException.Problem.INTERNAL_ERROR);
    }
  }

  /** Fragments of letters in any order: headings, labels, facts, numbers, junk, line breaks. */
  @Provide
  Arbitrary<String> letterish() {
    Arbitrary<String> fragment =
        Arbitraries.oneOf(
            Arbitraries.of(
                "CLINICAL CASE SUMMARY",
                "IMR ISSUES, DECISIONS AND RATIONALES",
                "HOW THE IMR FINAL DETERMINATION WAS MADE",
                "IMR DECISION(S) AND RATIONALE(S)",
                "DOCUMENTS REVIEWED:",
                "ISSUE AT DISPUTE",
                "RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS NOT",
                "MEDICALLY NECESSARY",
                "Acupuncture 3x4: Upheld",
                "1. Is PT 2x6 medically necessary?",
                "2. Massage x4 is not medically necessary.",
                "1. Massage x4:",
                "Claims Administrator guideline:",
                "MAXIMUS guideline:",
                "Decision rationale:",
                "Rationale:",
                "Upheld",
                "cc:",
                "Case Number: CM14-0000001",
                "The patient is a 61 year old female nurse who",
                "sustained an injury to her mid back on 10/10/13.",
                "injured",
                "According to a report dated 2/9/14",
                "has had 12 sessions of physical therapy",
                "six sessions of acupuncture",
                "requested for 3x4 acupuncture sessions.",
                "X-Ray on 11/11/13 of the thoracic spine was negative",
                "NSAIDs",
                "not tolerated",
                "a 55% improvement",
                "no objective improvement",
                "diagnoses 729.1",
                "February 30, 2014",
                "Board Certified in",
                "and is licensed to practice in",
                "hy-",
                "Page 2 of 3",
                "\f",
                "\n",
                "\n\n",
                " ",
                ".",
                ",",
                ":",
                "(",
                ")"),
            Arbitraries.strings().ofMaxLength(12),
            Arbitraries.integers().between(0, 2000).map(Object::toString));
    return fragment.list().ofMaxSize(60).map(l -> String.join(" ", l));
  }

  private static void parsesOrFailsCleanly(Runnable parse) {
    try {
      parse.run();
    } catch (LetterParseException e) {
      assertThat(e.problem()).isNotEqualTo(LetterParseException.Problem.INTERNAL_ERROR);
    }
  }

  /** About a megabyte of the pattern, joined by the separator. */
  private static String repeat(String pattern, String separator) {
    int times = MEGABYTE / (pattern.length() + separator.length()) + 1;
    return String.join(separator, Collections.nCopies(times, pattern));
  }

  private static String distinctItems() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; s.length() < MEGABYTE; i++) {
      s.append("Acupuncture ").append(i % 7 + 1).append('x').append(i).append(": Upheld\n");
    }
    return s.toString();
  }
}
