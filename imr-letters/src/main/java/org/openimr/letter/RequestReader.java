package org.openimr.letter;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openimr.model.TreatmentRequest;

/**
 * Finds requests in running text; {@link TreatmentRequest#parse}, the one request reader, reads
 * each candidate, within a fixed budget of attempts per letter.
 *
 * <p>Design notes: a request phrase has no fixed length ("3x4 acupuncture sessions", "physical
 * therapy 1-2x/week x 4 weeks for the bilateral low back", "twelve (12) sessions of chiropractic"),
 * so candidates are tried longest first from a start token and handed to the reader as written:
 * number words, fillers and abbreviations are the reader's business, so a letter and a caller of
 * {@code parse} read a request alike. The budget bounds the work on adversarial input (thousands of
 * request-like phrases) to a constant, keeping the parser linear; real letters use a few dozen
 * attempts.
 */
final class RequestReader {
  /** Parse attempts per letter. */
  static final int BUDGET = 2000;

  /** The longest request phrase tried, in tokens. */
  static final int MAX_TOKENS = 14;

  /** The longest request phrase tried, in characters. */
  static final int MAX_CHARS = 160;

  private int remaining = BUDGET;

  /** A request and the index after its last token. */
  record Found(TreatmentRequest request, int next) {}

  /**
   * The longest request phrase starting at token {@code p} and ending before {@code limit}, with a
   * modality when {@code needModality}.
   */
  @Nullable Found readAt(List<Token> tokens, int p, int limit, boolean needModality) {
    if (!canStart(tokens, p)) {
      return null;
    }
    int longest = p;
    int chars = 0;
    while (longest < Math.min(limit, p + MAX_TOKENS)) {
      chars += tokens.get(longest).rawLength() + 1;
      if (chars > MAX_CHARS) {
        break;
      }
      longest++;
    }
    for (int e = longest; e > p; e--) {
      Token last = tokens.get(e - 1);
      if (!last.is(Vocabulary.REQUEST_LAST_WORDS) && !hasDigit(last.lower())) {
        continue;
      }
      if (!hasNumber(tokens, p, e)) {
        continue;
      }
      String candidate = candidate(tokens, p, e);
      TreatmentRequest request = parse(candidate);
      if (request != null && (request.modality().isPresent() || !needModality)) {
        return new Found(request, e);
      }
    }
    return null;
  }

  /** Reads a whole item name; falls back to its longest readable prefix. */
  @Nullable TreatmentRequest readName(List<Token> tokens) {
    if (tokens.isEmpty()) {
      return null;
    }
    for (int p = 0; p < Math.min(tokens.size(), 4); p++) {
      Found found = readAt(tokens, p, tokens.size(), false);
      if (found != null) {
        return found.request();
      }
    }
    return null;
  }

  private @Nullable TreatmentRequest parse(String candidate) {
    if (remaining <= 0) {
      return null;
    }
    remaining--;
    try {
      return TreatmentRequest.parse(candidate);
    } catch (IllegalArgumentException | IllegalStateException e) {
      return null;
    }
  }

  private static boolean canStart(List<Token> tokens, int p) {
    if (p >= tokens.size()) {
      return false;
    }
    String w = tokens.get(p).lower();
    if (w.length() > Words.MAX_WORD) {
      return false;
    }
    return hasDigit(w)
        || Vocabulary.MODALITIES.match(tokens, p) != null
        || Words.number(tokens, p) != null;
  }

  private static String candidate(List<Token> tokens, int p, int e) {
    StringBuilder out = new StringBuilder();
    for (int k = p; k < e; k++) {
      String word = tokens.get(k).raw();
      if (k == e - 1) {
        while (!word.isEmpty() && ".,;:".indexOf(word.charAt(word.length() - 1)) >= 0) {
          word = word.substring(0, word.length() - 1);
        }
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(word);
    }
    return out.toString();
  }

  /** Whether a token in {@code [p, e)} is or holds a number, in figures or in words. */
  private static boolean hasNumber(List<Token> tokens, int p, int e) {
    for (int k = p; k < e; k++) {
      if (hasDigit(tokens.get(k).lower()) || tokens.get(k).is(Vocabulary.NUMBER_WORDS)) {
        return true;
      }
    }
    return false;
  }

  static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
