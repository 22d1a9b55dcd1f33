package org.openimr.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A word of normalized letter text: its raw extent, its core (without surrounding punctuation), the
 * core in lower case, and whether it ends a clause or a sentence.
 */
final class Token {
  private static final Lexicon LEXICON = Vocabulary.LEXICON;

  private static final Set<String> ABBREVIATIONS =
      Set.of("dr", "mr", "mrs", "ms", "vs", "e.g", "i.e", "approx", "st", "jr", "sr", "no", "nos");

  /** The raw extent in the normalized text. */
  final int start;

  final int end;

  /** The core's extent. */
  final int coreStart;

  final int coreEnd;

  /** The core, lower case. */
  final String lower;

  /** The bits of the {@linkplain WordSet word sets} {@link #lower} is in. */
  final long kinds;

  /** Whether {@link #lower} is one or more ASCII digits and nothing else. */
  final boolean digits;

  /** {@link Words#numericDate} of {@link #lower}, once read. */
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
      long kinds,
      boolean digits,
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
    this.text = text;
    this.kinds = kinds;
    this.digits = digits;
    this.sentenceEnd = sentenceEnd;
    this.clauseEnd = clauseEnd;
    this.commaEnd = commaEnd;
    this.sentence = sentence;
  }

  /** {@link Words#numericDate} of {@link #lower}, read once: readers ask about a token often. */
  @Nullable LocalDate numericDate() {
    if (!numericDateRead) {
      numericDate = Words.numericDate(lower);
      numericDateRead = true;
    }
    return numericDate;
  }

  boolean is(WordSet set) {
    return set.contains(this);
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

  /**
   * Splits normalized text {@code [from, to)} into tokens. With {@code lineIsSentence}, every line
   * ends a sentence (for lists such as "DOCUMENTS REVIEWED").
   */
  static List<Token> tokenize(String text, int from, int to, boolean lineIsSentence) {
    char[] chars = new char[to - from];
    text.getChars(from, to, chars, 0);
    return tokenize(text, chars, from, from, to, lineIsSentence);
  }

  /** {@link #tokenize(String, int, int, boolean)} of a letter's normalized text. */
  static List<Token> tokenize(LetterText letter, int from, int to, boolean lineIsSentence) {
    return tokenize(letter.text, letter.flatChars(), 0, from, to, lineIsSentence);
  }

  /**
   * Tokenizes {@code text[from, to)}, reading its characters from {@code chars}, where {@code
   * chars[i - base]} is {@code text.charAt(i)} or, for a line break, a space: an array is read
   * faster than a string, and words are split at both alike.
   */
  private static List<Token> tokenize(
      String text, char[] chars, int base, int from, int to, boolean lineIsSentence) {
    List<Token> tokens = new ArrayList<>(Math.max(10, (to - from) / 6));
    int sentence = 0;
    int i = from;
    while (i < to) {
      char c = chars[i - base];
      if (isSpace(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < to && !isSpace(chars[i - base])) {
        i++;
      }
      int end = i;
      int cs = start;
      int ce = end;
      while (cs < ce && isLeading(chars[cs - base])) {
        cs++;
      }
      boolean stop = false;
      boolean pause = false;
      boolean comma = false;
      while (ce > cs && isTrailing(chars[ce - 1 - base])) {
        char t = chars[ce - 1 - base];
        stop |= t == '.' || t == '!' || t == '?';
        pause |= t == ',' || t == ';' || t == ':';
        comma |= t == ',' || t == ';';
        ce--;
      }
      String lower;
      long kinds;
      // one pass over the core: is it ASCII, has it capitals, and its lower-case hash
      int hash = 0;
      boolean ascii = true;
      boolean upper = false;
      boolean digits = cs < ce;
      for (int k = cs; k < ce && ascii; k++) {
        char x = chars[k - base];
        if (x >= 0x80) {
          ascii = false;
        } else if (x >= 'A' && x <= 'Z') {
          upper = true;
          x = (char) (x + ('a' - 'A'));
        }
        digits &= x >= '0' && x <= '9';
        hash = 31 * hash + x;
      }
      int slot = ascii ? LEXICON.slotOfAscii(chars, cs - base, ce - base, hash) : -1;
      if (slot >= 0) {
        lower = LEXICON.word(slot);
        kinds = LEXICON.kinds(slot);
      } else if (!ascii) {
        lower = text.substring(cs, ce).toLowerCase(Locale.ROOT);
        kinds = Vocabulary.kindsOf(lower);
        digits = Words.isDigits(lower);
      } else {
        lower = upper ? lowerAscii(chars, cs - base, ce - base) : text.substring(cs, ce);
        kinds = 0;
      }
      if (stop && (lower.length() == 1 || ABBREVIATIONS.contains(lower))) {
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
              kinds,
              digits,
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

  /**
   * ASCII text with capitals, lowered: {@code new String(chars, from, to - from)} in lower case.
   */
  private static String lowerAscii(char[] chars, int from, int to) {
    char[] lower = new char[to - from];
    for (int i = from; i < to; i++) {
      char c = chars[i];
      lower[i - from] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return new String(lower);
  }

  @Override
  public String toString() {
    return "Token[" + start + ", " + end + ")";
  }
}
