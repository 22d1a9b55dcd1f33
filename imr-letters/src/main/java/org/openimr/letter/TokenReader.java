package org.openimr.letter;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What every reader of letter facts shares: a list of tokens of the normalized text, where each
 * sentence starts and ends, and small questions about the token at an index (false or empty outside
 * the list), so that a reader looks at most a fixed number of tokens around a cue word.
 */
abstract class TokenReader {
  static final int LOOKBACK = 8;
  static final int MAX_CLAUSE = 80;
  static final int IMAGING_WINDOW = 20;
  static final int REQUEST_WINDOW = 20;

  final LetterText text;
  final List<Token> tokens;

  /** The index of each sentence's first token, and the token count last. */
  private final int[] sentenceBounds;

  TokenReader(LetterText text, List<Token> tokens) {
    this.text = text;
    this.tokens = tokens;
    // tokens are numbered by sentence from 0, each sentence's tokens together
    int sentences = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).sentence + 1;
    this.sentenceBounds = new int[sentences + 1];
    for (int i = tokens.size() - 1; i >= 0; i--) {
      sentenceBounds[tokens.get(i).sentence] = i;
    }
    sentenceBounds[sentences] = tokens.size();
  }

  /** The first token of token i's sentence. */
  int sentenceStart(int i) {
    return sentenceBounds[tokens.get(i).sentence];
  }

  /** The token after the last of token i's sentence. */
  int sentenceEnd(int i) {
    return sentenceBounds[tokens.get(i).sentence + 1];
  }

  String lower(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : "";
  }

  /** {@code lower(i).equals(word)} for a lower-case word. */
  boolean isWord(int i, String word) {
    return i >= 0 && i < tokens.size() && tokens.get(i).isWord(word);
  }

  /** {@code lower(i).startsWith(prefix)} for a lower-case prefix. */
  boolean startsWith(int i, String prefix) {
    return i >= 0 && i < tokens.size() && tokens.get(i).startsWith(prefix);
  }

  /**
   * Whether token i is in the set; false outside the tokens, like {@code set.contains(lower(i))}.
   */
  boolean is(int i, WordSet set) {
    return i >= 0 && i < tokens.size() && tokens.get(i).is(set);
  }

  TextSpan span(int first, int last) {
    return text.span(tokens.get(first).coreStart, tokens.get(last).coreEnd);
  }

  String words(int first, int last) {
    return text.slice(tokens.get(first).coreStart, tokens.get(last).coreEnd);
  }

  boolean sameSentence(int a, int b) {
    return b < tokens.size() && tokens.get(a).sentence == tokens.get(b).sentence;
  }

  // ---- codes and percentages, read by hand rather than by regular expression

  /** {@code [A-TV-Z]\d{2}\.[0-9A-Z]{1,4}}, e.g. {@code M54.5}. */
  static boolean isIcd10(String w) {
    int n = w.length();
    if (n < 5 || n > 8) {
      return false;
    }
    char first = w.charAt(0);
    if (first < 'A' || first > 'Z' || first == 'U') {
      return false;
    }
    if (!isDigit(w.charAt(1)) || !isDigit(w.charAt(2)) || w.charAt(3) != '.') {
      return false;
    }
    for (int i = 4; i < n; i++) {
      char c = w.charAt(i);
      if (!isDigit(c) && (c < 'A' || c > 'Z')) {
        return false;
      }
    }
    return true;
  }

  /** {@code V?\d{2,3}\.\d{1,2}}, e.g. {@code 847.2} or {@code V57.1}. */
  static boolean isIcd9(String w) {
    int i = w.startsWith("V") ? 1 : 0;
    int digits = 0;
    while (i < w.length() && isDigit(w.charAt(i))) {
      i++;
      digits++;
    }
    if (digits < 2 || digits > 3 || i >= w.length() || w.charAt(i) != '.') {
      return false;
    }
    int decimals = w.length() - i - 1;
    if (decimals < 1 || decimals > 2) {
      return false;
    }
    for (int k = i + 1; k < w.length(); k++) {
      if (!isDigit(w.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** The value of {@code (\d{1,3})%}, or null. */
  static @Nullable Integer percentOf(String w) {
    int n = w.length();
    if (n < 2 || n > 4 || w.charAt(n - 1) != '%') {
      return null;
    }
    int value = 0;
    for (int i = 0; i < n - 1; i++) {
      char c = w.charAt(i);
      if (!isDigit(c)) {
        return null;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
