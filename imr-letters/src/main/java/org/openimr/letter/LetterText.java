package org.openimr.letter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
 * <p>Both passes work in place in one array, the input's characters copied in bulk: every character
 * is written at or before where it is read. The offset map is kept as runs (a line copied unchanged
 * is one run), and a line without a run of spaces is copied in bulk. The result must equal that of
 * the plain two-pass version kept in the tests ({@code ReferenceLetterText}), which a property
 * checks on generated text.
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

  /** {@link #text} with line breaks as spaces, the source of every {@link #slice}. */
  private final char[] flat;

  private final OffsetMap origin;

  /** Every kept line, in order; none is empty, none contains {@code \n}. */
  final List<Line> lines;

  private LetterText(String input, String text, char[] flat, OffsetMap origin, List<Line> lines) {
    this.input = input;
    this.text = text;
    this.flat = flat;
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
      char c = s.charAt(i);
      int r = c >= ' ' && c < 0x7F ? c : replacement(c, i + 1 < n ? s.charAt(i + 1) : ' ');
      if (r == DROP) {
        continue;
      }
      if (r == '\n' || r == ' ') {
        if (!space) {
          out.append(' ');
          space = true;
        }
        continue;
      }
      out.append(r == LIGATURE ? ligature(c) : String.valueOf((char) r));
      space = false;
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
      int at = origin.get(Math.min(start, text.length()));
      return TextSpan.of(at, at, "");
    }
    int from = origin.get(start);
    int to = origin.get(end - 1) + 1;
    return TextSpan.of(from, to, input.substring(from, to));
  }

  /**
   * The flat text's characters (line breaks as spaces), for the tokenizer to read; not to write.
   */
  char[] flatChars() {
    return flat;
  }

  /** Normalized text {@code [start, end)} with line breaks as spaces. */
  String slice(int start, int end) {
    return new String(flat, start, end - start);
  }

  String line(Line line) {
    return text.substring(line.start(), line.end());
  }

  /**
   * Mapped characters and, for each, its offset in the input; {@code origin} is null while every
   * character is its input's (no character dropped or expanded), so the offset is the index.
   */
  private static final class Mapped {
    final char[] chars;
    final int @Nullable [] origin;
    final int length;

    Mapped(char[] chars, int @Nullable [] origin, int length) {
      this.chars = chars;
      this.origin = origin;
      this.length = length;
    }

    int origin(int i) {
      return origin == null ? i : origin[i];
    }
  }

  /** {@link #replacement} of a character that drops it. */
  private static final int DROP = -1;

  /** {@link #replacement} of a ligature, which becomes two or three letters. */
  private static final int LIGATURE = -2;

  private static Mapped mapCharacters(String input) {
    int n = input.length();
    char[] out = new char[n + 16];
    input.getChars(0, n, out, 0);
    // In place, while no ligature has made the text longer: each character is read before the
    // one it is written over (k <= i), and printable ASCII, mostly, stays where it is.
    int[] from = null;
    int k = 0;
    int i = 0;
    for (; i < n; i++) {
      char c = out[i];
      if (c >= ' ' && c < 0x7F) {
        if (from != null) {
          out[k] = c;
          from[k] = i;
        }
        k++;
        continue;
      }
      int r = replacement(c, i + 1 < n ? out[i + 1] : ' ');
      if (r == LIGATURE) {
        break;
      }
      if (from == null && r != DROP) {
        out[k++] = (char) r;
        continue;
      }
      if (from == null) {
        // the first character dropped: offsets from here on differ
        from = identity(out.length, k);
      }
      if (r != DROP) {
        out[k] = (char) r;
        from[k] = i;
        k++;
      }
    }
    if (i == n) {
      return new Mapped(out, from, k);
    }
    // a ligature: the rest is mapped into new arrays, as it may grow
    return mapRest(
        input, i, Arrays.copyOf(out, out.length), from == null ? identity(out.length, k) : from, k);
  }

  private static int[] identity(int length, int k) {
    int[] from = new int[length];
    for (int j = 0; j < k; j++) {
      from[j] = j;
    }
    return from;
  }

  /** Maps {@code input} from {@code i} on, after {@code k} mapped characters. */
  private static Mapped mapRest(String input, int i, char[] out, int[] from, int k) {
    int n = input.length();
    for (; i < n; i++) {
      char c = input.charAt(i);
      int r = c >= ' ' && c < 0x7F ? c : replacement(c, i + 1 < n ? input.charAt(i + 1) : ' ');
      if (r == DROP) {
        continue;
      }
      String letters = r == LIGATURE ? ligature(c) : null;
      int size = letters == null ? 1 : letters.length();
      if (k + size > out.length) {
        int grown = Math.max(out.length * 2, k + size);
        out = Arrays.copyOf(out, grown);
        from = Arrays.copyOf(from, grown);
      }
      if (letters == null) {
        out[k] = (char) r;
        from[k] = i;
        k++;
      } else {
        for (int j = 0; j < size; j++) {
          out[k] = letters.charAt(j);
          from[k] = i;
          k++;
        }
      }
    }
    return new Mapped(out, from, k);
  }

  /**
   * What a character becomes: a character, {@link #DROP} or {@link #LIGATURE}. Line breaks of every
   * kind become {@code \n}, odd spaces and control characters a space, curly quotes and dashes
   * ASCII; soft hyphens, byte order marks and zero-width characters are dropped.
   */
  private static int replacement(char c, char next) {
    return switch (c) {
      case '\r' -> next == '\n' ? DROP : '\n';
      case '\n', '\f', '\u000B', '\u0085', '\u2028', '\u2029' -> '\n';
      // soft hyphen, byte order mark, zero-width characters
      case '\u00AD', '\uFEFF', '\u200B', '\u200C', '\u200D', '\u2060' -> DROP;
      case '\uFB00', '\uFB01', '\uFB02', '\uFB03', '\uFB04' -> LIGATURE;
      case '\u2018', '\u2019', '\u201B' -> '\'';
      case '\u201C', '\u201D' -> '"';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
      default ->
          Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
              ? ' '
              : c;
    };
  }

  private static String ligature(char c) {
    return switch (c) {
      case '\uFB00' -> "ff";
      case '\uFB01' -> "fi";
      case '\uFB02' -> "fl";
      case '\uFB03' -> "ffi";
      default -> "ffl";
    };
  }

  /**
   * Cuts the mapped characters into lines, in one pass per line and in place: whether a line is
   * kept, and whether it joins the line before, is decided at its first character (page furniture
   * by looking at most a few dozen characters ahead), then the line is copied, runs of spaces
   * collapsed, and a trailing space dropped. Each character is written at or before where it was
   * read (a line break from the one ending the line before), so writing never overtakes reading.
   */
  private static LetterText cutLines(String input, Mapped mapped) {
    char[] chars = mapped.chars;
    int n = mapped.length;
    OffsetMap origin = new OffsetMap();
    List<Line> lines = new ArrayList<>(Math.max(16, n / 40));
    int k = 0; // the normalized text's length
    int lineStart = 0;
    while (lineStart <= n) {
      int s = lineStart;
      while (s < n && chars[s] == ' ') {
        s++;
      }
      if (s == n || chars[s] == '\n') {
        lineStart = s + 1; // blank
        continue;
      }
      if ((chars[s] == 'p' || chars[s] == 'P')
          && isPageFurniture(chars, s, trimmedEnd(chars, s, n))) {
        lineStart = lineEnd(chars, s, n) + 1;
        continue;
      }
      int start;
      if (!lines.isEmpty() && joinsHyphenated(chars, k, s)) {
        start = lines.remove(lines.size() - 1).start();
        if (!keepsHyphen(chars, k, s, n)) {
          k--;
          origin.truncate(k);
        }
      } else {
        if (!lines.isEmpty()) {
          origin.put(k, mapped.origin(Math.max(0, lineStart - 1)));
          chars[k++] = '\n';
        }
        start = k;
      }
      long copied = copyLine(chars, s, n, mapped, origin, k);
      k = (int) copied;
      lineStart = (int) (copied >>> 32) + 1;
      lines.add(new Line(start, k));
    }
    origin.put(k, input.length());
    String text = new String(chars, 0, k);
    // the characters are ours: they become the flat text, line breaks as spaces, in place; the
    // only line breaks are those between lines, each at the end of the line before
    for (Line line : lines) {
      if (line.end() < k) {
        chars[line.end()] = ' ';
      }
    }
    return new LetterText(input, text, chars, origin, Collections.unmodifiableList(lines));
  }

  /**
   * Copies the line at {@code s} to {@code k}, collapsing runs of spaces and dropping a trailing
   * one, recording origins only where a char does not follow its predecessor's origin (the map
   * extends runs by itself). Returns the index of the line break ending the line (or {@code n}) in
   * the high 32 bits and the normalized text's new length in the low 32. (A method of its own: the
   * JIT compiles this loop best on its own.)
   */
  private static long copyLine(char[] chars, int s, int n, Mapped mapped, OffsetMap origin, int k) {
    if (mapped.origin == null) {
      // offsets are indexes: a line without a run of spaces is one run, copied in bulk
      int e = s;
      char previous = 0;
      boolean runOfSpaces = false;
      for (char c; e < n && (c = chars[e]) != '\n'; e++) {
        runOfSpaces |= c == ' ' && previous == ' ';
        previous = c;
      }
      if (!runOfSpaces) {
        int length = previous == ' ' ? e - s - 1 : e - s; // without the trailing space
        System.arraycopy(chars, s, chars, k, length);
        origin.put(k, s);
        return ((long) e << 32) | (k + length);
      }
    }
    boolean space = false;
    long next = Long.MIN_VALUE; // the origin that continues the run; none before the first char
    int i = s;
    for (; i < n; i++) {
      char c = chars[i];
      if (c == '\n') {
        break;
      }
      if (c == ' ') {
        if (space) {
          continue;
        }
        space = true;
      } else {
        space = false;
      }
      int o = mapped.origin(i);
      if (o != next) {
        origin.put(k, o);
      }
      next = o + 1L;
      chars[k++] = c;
    }
    if (space) {
      k--; // the space that a run of trailing spaces collapsed to
      origin.truncate(k);
    }
    return ((long) i << 32) | k;
  }

  /** The index of the line break ending the line at {@code s}, or {@code n}. */
  private static int lineEnd(char[] chars, int s, int n) {
    int e = s;
    while (e < n && chars[e] != '\n') {
      e++;
    }
    return e;
  }

  /**
   * The end of the line at {@code s} without its trailing spaces, as far as a page furniture line
   * could reach: past {@link #MAX_FURNITURE_LENGTH} characters, any end that says it is longer.
   */
  private static int trimmedEnd(char[] chars, int s, int n) {
    int e = s + 1;
    for (int i = s + 1; i < n && chars[i] != '\n'; i++) {
      if (chars[i] != ' ') {
        e = i + 1;
        if (e - s > MAX_FURNITURE_LENGTH) {
          break;
        }
      }
    }
    return e;
  }

  /**
   * A line ending in letter + hyphen (the normalized text's last two characters, before {@code k}),
   * followed by a line starting with a lower-case letter at {@code s}.
   */
  private static boolean joinsHyphenated(char[] chars, int k, int s) {
    return k >= 2
        && chars[k - 1] == '-'
        && Character.isLetter(chars[k - 2])
        && Character.isLowerCase(chars[s]);
  }

  private static boolean keepsHyphen(char[] chars, int k, int s, int n) {
    int len = k - 1; // the hyphen
    int from = len;
    while (from > 0 && len - from < MAX_COMPOUND_PART && Character.isLetter(chars[from - 1])) {
      from--;
    }
    int to = s;
    while (to < n && to - s < MAX_COMPOUND_PART && Character.isLetterOrDigit(chars[to])) {
      to++;
    }
    String compound =
        (new String(chars, from, len - from) + "-" + new String(chars, s, to - s))
            .toLowerCase(Locale.ROOT);
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
