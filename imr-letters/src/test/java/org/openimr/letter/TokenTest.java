package org.openimr.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Tokens split text at spaces and line breaks; each knows its core without surrounding punctuation,
 * the core in lower case, the {@link WordSet}s that lower-case word is in, and where clauses and
 * sentences end.
 */
class TokenTest {

  @Test
  void aTokenKnowsItsWordSetsAndItsCore() {
    List<Token> tokens = Token.tokenize("(Had) 12 SESSIONS, of PT.", 0, 25, false);
    assertThat(tokens)
        .extracting(Token::lower)
        .containsExactly("had", "12", "sessions", "of", "pt");
    assertThat(tokens.get(0).is(Vocabulary.HAD_CUES)).isTrue();
    assertThat(tokens.get(0).is(Vocabulary.SESSION_UNITS)).isFalse();
    assertThat(tokens.get(1).digits).isTrue();
    assertThat(tokens.get(2).is(Vocabulary.SESSION_UNITS)).isTrue();
    assertThat(tokens.get(2).clauseEnd).isTrue();
    assertThat(tokens.get(4).sentenceEnd).isTrue();
    assertThat(tokens.get(4).raw()).isEqualTo("PT.");
  }

  @Property(tries = 500)
  void aTokensWordSetsAreThoseOfItsLowerCaseCore(@ForAll("wordy") String text) {
    List<Token> tokens = Token.tokenize(text, 0, text.length(), false);
    for (Token t : tokens) {
      String word = t.core(text).toLowerCase(Locale.ROOT);
      assertThat(t.length()).isEqualTo(word.length());
      assertThat(t.first()).isEqualTo(word.isEmpty() ? (char) 0 : word.charAt(0));
      assertThat(t.isWord("the")).isEqualTo(word.equals("the"));
      assertThat(t.startsWith("diagnos")).isEqualTo(word.startsWith("diagnos"));
      assertThat(t.lower()).isEqualTo(word);
      assertThat(t.isWord("the")).isEqualTo(word.equals("the"));
      assertThat(t.digits).isEqualTo(Words.isDigits(word));
      for (WordSet set : Vocabulary.wordSets()) {
        assertThat(t.is(set)).as("%s in %s", word, set).isEqualTo(set.contains(word));
      }
    }
  }

  @Property(tries = 300)
  void aLettersTokensAreTheTokensOfItsText(@ForAll("wordy") String input) {
    LetterText text = LetterText.of(input);
    int end = text.text.length();
    List<Token> fromLetter = Token.tokenize(text, 0, end, true);
    List<Token> fromString = Token.tokenize(text.text, 0, end, true);
    assertThat(fromLetter).hasSameSizeAs(fromString);
    for (int i = 0; i < fromLetter.size(); i++) {
      Token a = fromLetter.get(i);
      Token b = fromString.get(i);
      assertThat(List.of(a.start, a.end, a.coreStart, a.coreEnd, a.sentence))
          .isEqualTo(List.of(b.start, b.end, b.coreStart, b.coreEnd, b.sentence));
      assertThat(List.of(a.lower(), a.sentenceEnd, a.clauseEnd, a.commaEnd))
          .isEqualTo(List.of(b.lower(), b.sentenceEnd, b.clauseEnd, b.commaEnd));
    }
  }

  /** Words of the vocabulary in any case, with punctuation, numbers, odd characters, breaks. */
  @Provide
  Arbitrary<String> wordy() {
    List<String> vocabulary = new ArrayList<>();
    Vocabulary.wordSets().forEach(s -> vocabulary.addAll(s.words()));
    vocabulary.sort(null);
    Arbitrary<String> word =
        Arbitraries.oneOf(
            Arbitraries.of(vocabulary),
            Arbitraries.of(vocabulary).map(w -> w.toUpperCase(Locale.ROOT)),
            Arbitraries.of(vocabulary)
                .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1)),
            Arbitraries.of(
                "\u0130",
                "\u212Aneck",
                "\u00C9t\u00E9",
                "se\u00DF",
                "\u03A3",
                "12",
                "007",
                "1\u0660"),
            Arbitraries.strings().ofMinLength(1).ofMaxLength(8));
    Arbitrary<String> around =
        Arbitraries.of("", "", "", "(", ")", ".", ",", ";", ":", "\"", "'", "?", "!");
    Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", "  ", "\n", " \n");
    return net.jqwik.api.Combinators.combine(around, word, around, gap)
        .as((a, w, b, g) -> a + w + b + g)
        .list()
        .ofMaxSize(40)
        .map(l -> String.join("", l));
  }
}
