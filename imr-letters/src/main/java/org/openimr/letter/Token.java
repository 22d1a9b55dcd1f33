package org.openimr.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A word of normalized letter text: its raw extent, its core (without surrounding punctuation), the
 * core in lower case, and whether it ends a clause or a sentence.
 *
 * <p>Design notes: a token is classified once, when it is read: the bits of the {@linkplain WordSet
 * word sets} its word is in, found with one lexicon probe. Its lower-case core is a string only
 * once asked for ({@link #lower()}): a word of the lexicon has the lexicon's own, any other is
 * copied on first use, and the readers' tests of length, first letter and literal words read the
 * text in place, so that most words of a letter are never copied at all.
 */
final class Token {
  private static final Lexicon LEXICON = Vocabulary.LEXICON;

  /** The raw extent in the normalized text. */
  final int start;

  final int end;

  /** The core's extent. */
  final int coreStart;

  final int coreEnd;

  /** The core, lower case; null until {@link #lower()} copies it (ASCII words only). */
  private @Nullable String lower;

  /** Whether an ASCII core not yet copied has capitals to lower. */
  private final boolean upper;

  /** The bits of the {@linkplain WordSet word sets} {@link #lower()} is in. */
  final long kinds;

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
      @Nullable String lower,
      boolean upper,
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
    this.upper = upper;
    this.text = text;
    this.kinds = kinds;
    this.digits = digits;
    this.sentenceEnd = sentenceEnd;
    this.clauseEnd = clauseEnd;
    this.commaEnd = commaEnd;
    this.sentence = sentence;
  }

  /** The core in lower case ({@code toLowerCase(Locale.ROOT)}), copied on first use. */
  String lower() {
    String l = lower;
    if (l == null) {
      l = upper ? lowerAscii(text, coreStart, coreEnd) : text.substring(coreStart, coreEnd);
      lower = l;
    }
    return l;
  }

  /** {@code lower().length()}, without copying. */
  int length() {
    String l = lower;
    return l != null ? l.length() : coreEnd - coreStart;
  }

  /** {@code lower().charAt(0)}, without copying; 0 if the core is empty. */
  char first() {
    String l = lower;
    if (l != null) {
      return l.isEmpty() ? 0 : l.charAt(0);
    }
    return coreStart == coreEnd ? 0 : asciiLower(text.charAt(coreStart));
  }

  /** {@code lower().equals(word)} for a lower-case word, without copying. */
  boolean isWord(String word) {
    String l = lower;
    if (l != null) {
      return l.equals(word);
    }
    return coreEnd - coreStart == word.length() && startsWith(word);
  }

  /** {@code lower().startsWith(prefix)} for a lower-case prefix, without copying. */
  boolean startsWith(String prefix) {
    String l = lower;
    if (l != null) {
      return l.startsWith(prefix);
    }
    if (coreEnd - coreStart < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (asciiLower(text.charAt(coreStart + i)) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** {@link Words#numericDate} of {@link #lower()}, read once: readers ask about a token often. */
  @Nullable LocalDate numericDate() {
    if (!numericDateRead) {
      numericDate = Words.numericDate(lower());
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
      // one pass to the word's end: its lower-case hash, whether it is ASCII, has capitals, digits
      int hash = 0;
      boolean ascii = true;
      boolean upper = false;
      boolean digits = true;
      for (; i < to; i++) {
        char x = chars[i - base];
        if (isSpace(x)) {
          break;
        }
        if (x >= 0x80) {
          ascii = false;
        } else if (x >= 'A' && x <= 'Z') {
          upper = true;
          digits = false;
          x = (char) (x + ('a' - 'A'));
        } else if (x < '0' || x > '9') {
          digits = false;
        }
        hash = 31 * hash + x;
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
      if (ascii && (cs != start || ce != end)) {
        // punctuation around the core (always ASCII): hash and flags again, of the core alone
        hash = 0;
        upper = false;
        digits = cs < ce;
        for (int k = cs; k < ce; k++) {
          char x = chars[k - base];
          if (x >= 'A' && x <= 'Z') {
            upper = true;
            digits = false;
            x = (char) (x + ('a' - 'A'));
          } else if (x < '0' || x > '9') {
            digits = false;
          }
          hash = 31 * hash + x;
        }
      }
      String lower;
      long kinds;
      boolean lazy = false;
      int slot = ascii ? LEXICON.slotOfAscii(chars, cs - base, ce - base, hash) : -1;
      if (slot >= 0) {
        lower = LEXICON.word(slot);
        kinds = LEXICON.kinds(slot);
      } else if (!ascii) {
        lower = text.substring(cs, ce).toLowerCase(Locale.ROOT);
        kinds = Vocabulary.kindsOf(lower);
        digits = Words.isDigits(lower);
      } else {
        lower = null; // copied if a reader asks for it
        lazy = true;
        kinds = 0;
      }
      // "Dr." or "J." ends no sentence. Every abbreviation is in the lexicon, so a word out of it
      // is none; a word not yet lowered is ASCII, whose core is as long as its lower case.
      int length = lower == null ? ce - cs : lower.length();
      if (stop && (length == 1 || (kinds & Vocabulary.ABBREVIATIONS.bit()) != 0)) {
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
              lazy && upper,
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

  /** ASCII text with capitals, lowered: {@code text.substring(from, to).toLowerCase(ROOT)}. */
  private static String lowerAscii(String text, int from, int to) {
    char[] lower = new char[to - from];
    for (int i = from; i < to; i++) {
      lower[i - from] = asciiLower(text.charAt(i));
    }
    return new String(lower);
  }

  @Override
  public String toString() {
    return "Token[" + start + ", " + end + ")";
  }
}
