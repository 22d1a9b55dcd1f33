package org.openimr.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hand-written phrase normal form agrees with the regular expression it replaced. */
class PhrasesTest {

  @Property(tries = 3000)
  void normalizingAgreesWithTrimCollapseAndLowerCase(@ForAll("spacedText") String text) {
    assertThat(Phrases.normalize(text))
        .isEqualTo(text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Lumbar Spine|lumbar spine",
        "'  Lumbar \t\n Spine  '|lumbar spine",
        "'PT  2x3'|pt 2x3",
        "knee|knee",
        "''|''"
      })
  void phrasesAreTrimmedCollapsedAndLowerCased(String text, String normal) {
    assertThat(Phrases.normalize(text)).isEqualTo(normal);
  }

  /** Words with every kind of whitespace between and around them, non-breaking space included. */
  @Provide
  Arbitrary<String> spacedText() {
    Arbitrary<String> space =
        Arbitraries.of(" ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", "\u2003", "");
    Arbitrary<String> word = Arbitraries.strings().withChars("aZé3xİ-").ofMaxLength(5);
    return Arbitraries.oneOf(space, word).list().ofMaxSize(8).map(PhrasesTest::join);
  }

  private static String join(List<String> parts) {
    return String.join("", parts);
  }
}
