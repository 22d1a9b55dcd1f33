package org.openimr.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A word of normalized letter text: its raw extent, its core (without surrounding punctuation), the
 * core in lower case, and whether it ends a clause or a sentence.
 */
final class Token {
  private static final String LEADING = "([{\"'<";
  private static final String TRAILING = ".,;:)]}\"'!?>";
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

  final String raw;

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
      String raw,
      boolean sentenceEnd,
      boolean clauseEnd,
      boolean commaEnd,
      int sentence) {
    this.start = start;
    this.end = end;
    this.coreStart = coreStart;
    this.coreEnd = coreEnd;
    this.lower = lower;
    this.raw = raw;
    this.sentenceEnd = sentenceEnd;
    this.clauseEnd = clauseEnd;
    this.commaEnd = commaEnd;
    this.sentence = sentence;
  }

  /** The core as written. */
  String core(String text) {
    return text.substring(coreStart, coreEnd);
  }

  /**
   * Splits normalized text {@code [from, to)} into tokens. With {@code lineIsSentence}, every line
   * ends a sentence (for lists such as "DOCUMENTS REVIEWED").
   */
  static List<Token> tokenize(String text, int from, int to, boolean lineIsSentence) {
    List<Token> tokens = new ArrayList<>();
    int sentence = 0;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\n') {
        i++;
        continue;
      }
      int start = i;
      while (i < to && text.charAt(i) != ' ' && text.charAt(i) != '\n') {
        i++;
      }
      int end = i;
      int cs = start;
      int ce = end;
      while (cs < ce && LEADING.indexOf(text.charAt(cs)) >= 0) {
        cs++;
      }
      boolean stop = false;
      boolean pause = false;
      boolean comma = false;
      while (ce > cs && TRAILING.indexOf(text.charAt(ce - 1)) >= 0) {
        char t = text.charAt(ce - 1);
        stop |= t == '.' || t == '!' || t == '?';
        pause |= t == ',' || t == ';' || t == ':';
        comma |= t == ',' || t == ';';
        ce--;
      }
      String lower = text.substring(cs, ce).toLowerCase(Locale.ROOT);
      if (stop && (ABBREVIATIONS.contains(lower) || lower.length() == 1)) {
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
              text.substring(start, end),
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

  @Override
  public String toString() {
    return "Token[" + start + ", " + end + ")";
  }
}
