package org.openimr.model;

import java.util.Locale;

/**
 * The one normal form of a phrase to look up ("Lumbar Spine " is "lumbar spine"): trimmed, every
 * run of whitespace one space, lower case. Written out by hand: it runs for every request parsed
 * and every region or modality looked up, where compiling a regular expression per call showed.
 */
final class Phrases {
  private Phrases() {}

  /**
   * The same as {@code text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)}, without the
   * regular expression.
   */
  static String normalize(String text) {
    String t = text.trim();
    StringBuilder out = null;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (isRegexSpace(c)) {
        int end = i + 1;
        while (end < t.length() && isRegexSpace(t.charAt(end))) {
          end++;
        }
        if (c != ' ' || end > i + 1) {
          if (out == null) {
            out = new StringBuilder(t.length()).append(t, 0, i);
          }
          out.append(' ');
        } else if (out != null) {
          out.append(' ');
        }
        i = end - 1;
      } else if (out != null) {
        out.append(c);
      }
    }
    return (out == null ? t : out.toString()).toLowerCase(Locale.ROOT);
  }

  /** What {@code \s} matches without the UNICODE_CHARACTER_CLASS flag. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
