package org.openimr.letter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Letter text as extracted from a PDF, normalized into clean lines, with a map from every
 * normalized character back to its offset in the input so that facts can cite exact input spans.
 *
 * <p>Design notes: one pass maps characters (line breaks of every kind to {@code \n}, odd spaces
 * and control characters to a space, ligatures to letters, curly quotes and dashes to ASCII, soft
 * hyphens dropped); a second pass cuts lines, trims them, collapses runs of spaces, drops blank
 * lines and page furniture ({@code "Page 2 of 3"}) and rejoins words hyphenated across a line
 * break. Both passes are linear and use no regular expressions, so any input, however long or
 * repetitive, is normalized in time proportional to its length.
 *
 * <p>Plain on purpose: a copy per step and an offset per character. An in-place version with the
 * offsets kept as runs was measured at no more than twice as fast on the letter benchmark and was
 * removed (docs/letters.md).
 */
final class LetterText {
  /** Compounds whose hyphen is kept when they are split across lines. */
  private static final Set<String> HYPHENATED_COMPOUNDS =
      Set.of(
          "mid-back",
          "x-ray",
          "x-rays",
          "follow-up",
          "self-directed",
          "anti-inflammatory",
          "anti-inflammatories",
          "electro-acupuncture",
          "c-spine",
          "t-spine",
          "l-spine",
          "re-evaluation",
          "non-certification",
          "pr-2",
          "year-old");

  private static final int MAX_FURNITURE_LENGTH = 24;
  private static final int MAX_COMPOUND_PART = 24;

  final String input;

  /** The normalized text: clean lines joined with {@code \n}. */
  final String text;

  /** The input offset of every normalized offset, and of the text's end. */
  final int[] origin;

  /** Every kept line, in order; none is empty, none contains {@code \n}. */
  final List<Line> lines;

  private LetterText(String input, String text, int[] origin, List<Line> lines) {
    this.input = input;
    this.text = text;
    this.origin = origin;
    this.lines = lines;
  }

  /** A line of {@link #text}, from {@code start} (inclusive) to {@code end} (exclusive). */
  record Line(int start, int end) {
    int length() {
      return end - start;
    }
  }

  static LetterText of(String input) {
    Mapped mapped = mapCharacters(input);
    return cutLines(input, mapped);
  }

  /**
   * Text as one normalized line, the form in which {@link LetterRenderer} writes every line of a
   * plain-text letter so that the reader reads it back unchanged: each character mapped as {@link
   * #of} maps it (line breaks of every kind, odd spaces and control characters to a space, curly
   * quotes and dashes to ASCII, ligatures to letters, soft hyphens and zero-width characters
   * dropped), runs of spaces collapsed, the ends trimmed.
   */
  static String oneLine(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = true; // drops leading spaces
    int n = s.length();
    for (int i = 0; i < n; i++) {
      String r = replacement(s.charAt(i), i + 1 < n ? s.charAt(i + 1) : ' ');
      if (r == null) {
        continue;
      }
      for (int j = 0; j < r.length(); j++) {
        char c = r.charAt(j);
        if (c == '\n' || c == ' ') {
          if (!space) {
            out.append(' ');
            space = true;
          }
        } else {
          out.append(c);
          space = false;
        }
      }
    }
    int end = out.length();
    if (end > 0 && out.charAt(end - 1) == ' ') {
      out.setLength(end - 1);
    }
    return out.toString();
  }

  /** The input span behind normalized offsets {@code [start, end)}. */
  TextSpan span(int start, int end) {
    if (end <= start) {
      int at = origin[Math.min(start, text.length())];
      return TextSpan.of(at, at, "");
    }
    int from = origin[start];
    int to = origin[end - 1] + 1;
    return TextSpan.of(from, to, input.substring(from, to));
  }

  /** Normalized text {@code [start, end)} with line breaks as spaces. */
  String slice(int start, int end) {
    return text.substring(start, end).replace('\n', ' ');
  }

  String line(Line line) {
    return text.substring(line.start(), line.end());
  }

  /** Mapped characters and, for each, its offset in the input. */
  private static final class Mapped {
    final char[] chars;
    final int[] origin;
    final int length;

    Mapped(char[] chars, int[] origin, int length) {
      this.chars = chars;
      this.origin = origin;
      this.length = length;
    }
  }

  private static Mapped mapCharacters(String input) {
    int n = input.length();
    char[] out = new char[n + n / 4 + 16];
    int[] from = new int[out.length];
    int k = 0;
    for (int i = 0; i < n; i++) {
      char c = input.charAt(i);
      if (c >= ' ' && c < 0x7F) {
        if (k == out.length) {
          out = Arrays.copyOf(out, out.length * 2);
          from = Arrays.copyOf(from, out.length);
        }
        out[k] = c;
        from[k] = i;
        k++;
        continue;
      }
      String replacement = replacement(c, i + 1 < n ? input.charAt(i + 1) : ' ');
      if (replacement == null) {
        continue;
      }
      if (k + replacement.length() > out.length) {
        int size = Math.max(out.length * 2, k + replacement.length());
        out = Arrays.copyOf(out, size);
        from = Arrays.copyOf(from, size);
      }
      for (int j = 0; j < replacement.length(); j++) {
        out[k] = replacement.charAt(j);
        from[k] = i;
        k++;
      }
    }
    return new Mapped(out, from, k);
  }

  /** What a character becomes: itself, a replacement, or null to drop it. */
  private static @Nullable String replacement(char c, char next) {
    return switch (c) {
      case '\r' -> next == '\n' ? null : "\n";
      case '\n', '\f', '\u000B', '\u0085', '\u2028', '\u2029' -> "\n";
      // soft hyphen, byte order mark, zero-width characters
      case '\u00AD', '\uFEFF', '\u200B', '\u200C', '\u200D', '\u2060' -> null;
      case '\uFB00' -> "ff";
      case '\uFB01' -> "fi";
      case '\uFB02' -> "fl";
      case '\uFB03' -> "ffi";
      case '\uFB04' -> "ffl";
      case '\u2018', '\u2019', '\u201B' -> "'";
      case '\u201C', '\u201D' -> "\"";
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> "-";
      default ->
          Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
              ? " "
              : String.valueOf(c);
    };
  }

  private static LetterText cutLines(String input, Mapped mapped) {
    char[] chars = mapped.chars;
    int n = mapped.length;
    StringBuilder out = new StringBuilder(n);
    int[] origin = new int[n + 2];
    List<Line> lines = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= n) {
      int lineEnd = lineStart;
      while (lineEnd < n && chars[lineEnd] != '\n') {
        lineEnd++;
      }
      int s = lineStart;
      int e = lineEnd;
      while (s < e && chars[s] == ' ') {
        s++;
      }
      while (e > s && chars[e - 1] == ' ') {
        e--;
      }
      if (s < e && !isPageFurniture(chars, s, e)) {
        boolean join = !lines.isEmpty() && joinsHyphenated(out, chars, s, e);
        if (join) {
          Line last = lines.remove(lines.size() - 1);
          if (!keepsHyphen(out, chars, s, e)) {
            out.setLength(out.length() - 1);
          }
          appendCollapsed(out, origin, chars, mapped.origin, s, e);
          lines.add(new Line(last.start(), out.length()));
        } else {
          if (!lines.isEmpty()) {
            origin[out.length()] = mapped.origin[Math.max(0, lineStart - 1)];
            out.append('\n');
          }
          int start = out.length();
          appendCollapsed(out, origin, chars, mapped.origin, s, e);
          lines.add(new Line(start, out.length()));
        }
      }
      lineStart = lineEnd + 1;
    }
    origin[out.length()] = input.length();
    return new LetterText(input, out.toString(), origin, List.copyOf(lines));
  }

  /** Appends chars {@code [s, e)} collapsing runs of spaces, recording origins. */
  private static void appendCollapsed(
      StringBuilder out, int[] origin, char[] chars, int[] from, int s, int e) {
    boolean space = false;
    for (int i = s; i < e; i++) {
      char c = chars[i];
      if (c == ' ') {
        if (space) {
          continue;
        }
        space = true;
      } else {
        space = false;
      }
      origin[out.length()] = from[i];
      out.append(c);
    }
  }

  /** A line ending in letter + hyphen, followed by a line starting with a lower-case letter. */
  private static boolean joinsHyphenated(StringBuilder out, char[] chars, int s, int e) {
    int len = out.length();
    return len >= 2
        && out.charAt(len - 1) == '-'
        && Character.isLetter(out.charAt(len - 2))
        && Character.isLowerCase(chars[s])
        && e > s;
  }

  private static boolean keepsHyphen(StringBuilder out, char[] chars, int s, int e) {
    int len = out.length() - 1; // the hyphen
    int from = len;
    while (from > 0 && len - from < MAX_COMPOUND_PART && Character.isLetter(out.charAt(from - 1))) {
      from--;
    }
    int to = s;
    while (to < e && to - s < MAX_COMPOUND_PART && Character.isLetterOrDigit(chars[to])) {
      to++;
    }
    String compound =
        (out.substring(from, len) + "-" + new String(chars, s, to - s)).toLowerCase(Locale.ROOT);
    return HYPHENATED_COMPOUNDS.contains(compound);
  }

  /** {@code "Page 2"}, {@code "Page 2 of 3"}, case-insensitive. */
  private static boolean isPageFurniture(char[] chars, int s, int e) {
    if (e - s > MAX_FURNITURE_LENGTH) {
      return false;
    }
    String line = new String(chars, s, e - s).toLowerCase(Locale.ROOT);
    if (!line.startsWith("page ")) {
      return false;
    }
    String rest = line.substring(5).trim();
    int of = rest.indexOf(" of ");
    return of < 0
        ? isDigits(rest)
        : isDigits(rest.substring(0, of)) && isDigits(rest.substring(of + 4).trim());
  }

  private static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
