package org.openimr.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A word of normalized letter text: its raw extent, its core (without surrounding punctuation), the
 * core in lower case, and whether it ends a clause or a sentence.
 */
final class Token {
  /** The raw extent in the normalized text. */
  final int start;

  final int end;

  /** The core's extent. */
  final int coreStart;

  final int coreEnd;

  /** The core, lower case ({@code toLowerCase(Locale.ROOT)}). */
  private final String lower;

  /** Whether {@link #lower()} is one or more ASCII digits and nothing else. */
  final boolean digits;

  /** {@link Words#numericDate} of {@link #lower()}, once read. */
  private @Nullable LocalDate numericDate;

  private boolean numericDateRead;

  /** The normalized text the token was read from. */
  private final String text;

  final boolean sentenceEnd;

  final boolean clauseEnd;

  /** Ends a clause with a comma or semicolon, or ends a sentence; a colon does not count. */
  final boolean commaEnd;

  /** The index of the token's sentence within its token list. */
  final int sentence;

  private Token(
      int start,
      int end,
      int coreStart,
      int coreEnd,
      String lower,
      String text,
      boolean sentenceEnd,
      boolean clauseEnd,
      boolean commaEnd,
      int sentence) {
    this.start = start;
    this.end = end;
    this.coreStart = coreStart;
    this.coreEnd = coreEnd;
    this.lower = lower;
    this.digits = Words.isDigits(lower);
    this.text = text;
    this.sentenceEnd = sentenceEnd;
    this.clauseEnd = clauseEnd;
    this.commaEnd = commaEnd;
    this.sentence = sentence;
  }

  /** The core in lower case ({@code toLowerCase(Locale.ROOT)}). */
  String lower() {
    return lower;
  }

  /** {@code lower().length()}. */
  int length() {
    return lower.length();
  }

  /** {@code lower().charAt(0)}; 0 if the core is empty. */
  char first() {
    return lower.isEmpty() ? 0 : lower.charAt(0);
  }

  /** {@code lower().equals(word)}. */
  boolean isWord(String word) {
    return lower.equals(word);
  }

  /** {@code lower().startsWith(prefix)}. */
  boolean startsWith(String prefix) {
    return lower.startsWith(prefix);
  }

  /** {@link Words#numericDate} of {@link #lower()}, read once: readers ask about a token often. */
  @Nullable LocalDate numericDate() {
    if (!numericDateRead) {
      numericDate = Words.numericDate(lower);
      numericDateRead = true;
    }
    return numericDate;
  }

  boolean is(WordSet set) {
    return set.contains(lower);
  }

  /** The core as written. */
  String core(String text) {
    return text.substring(coreStart, coreEnd);
  }

  /** The token as written, punctuation and all. */
  String raw() {
    return text.substring(start, end);
  }

  int rawLength() {
    return end - start;
  }

  boolean startsWithParenthesis() {
    return text.charAt(start) == '(';
  }

  /** {@link #tokenize(String, int, int, boolean)} of a letter's normalized text. */
  static List<Token> tokenize(LetterText letter, int from, int to, boolean lineIsSentence) {
    return tokenize(letter.text, from, to, lineIsSentence);
  }

  /**
   * Splits normalized text {@code [from, to)} into tokens at spaces and line breaks. With {@code
   * lineIsSentence}, every line ends a sentence (for lists such as "DOCUMENTS REVIEWED").
   */
  static List<Token> tokenize(String text, int from, int to, boolean lineIsSentence) {
    List<Token> tokens = new ArrayList<>();
    int sentence = 0;
    int i = from;
    while (i < to) {
      if (isSpace(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < to && !isSpace(text.charAt(i))) {
        i++;
      }
      int end = i;
      int cs = start;
      int ce = end;
      while (cs < ce && isLeading(text.charAt(cs))) {
        cs++;
      }
      boolean stop = false;
      boolean pause = false;
      boolean comma = false;
      while (ce > cs && isTrailing(text.charAt(ce - 1))) {
        char t = text.charAt(ce - 1);
        stop |= t == '.' || t == '!' || t == '?';
        pause |= t == ',' || t == ';' || t == ':';
        comma |= t == ',' || t == ';';
        ce--;
      }
      String lower = text.substring(cs, ce).toLowerCase(Locale.ROOT);
      // "Dr." or "J." ends no sentence
      if (stop && (lower.length() == 1 || Vocabulary.ABBREVIATIONS.contains(lower))) {
        stop = false;
      }
      boolean lineEnd = lineIsSentence && (end >= to || text.charAt(end) == '\n');
      boolean sentenceEnd = stop || lineEnd;
      tokens.add(
          new Token(
              start,
              end,
              cs,
              ce,
              lower,
              text,
              sentenceEnd,
              sentenceEnd || pause,
              sentenceEnd || comma,
              sentence));
      if (sentenceEnd) {
        sentence++;
      }
    }
    return tokens;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\n';
  }

  /** One of {@code (["'<} or an opening brace, which a word's core does not start with. */
  private static boolean isLeading(char c) {
    return c == '(' || c == '[' || c == '{' || c == '"' || c == '\'' || c == '<';
  }

  /** One of {@code .,;:)]"'!?>} or a closing brace, which a word's core does not end with. */
  private static boolean isTrailing(char c) {
    return switch (c) {
      case '.', ',', ';', ':', ')', ']', '}', '"', '\'', '!', '?', '>' -> true;
      default -> false;
    };
  }

  @Override
  public String toString() {
    return "Token[" + start + ", " + end + ")";
  }
}
