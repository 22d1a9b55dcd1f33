package org.openimr.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Cuts a letter's lines into sections at its headings and tells its layout from them: a heading is
 * a short line in capitals that {@link SectionKind} knows, alone, before a colon, or wrapped over
 * two lines. Only the first {@link #MAX_HEADING} characters of a line are looked at.
 */
final class LayoutReader {
  private static final int MAX_HEADING = 140;

  private final LetterText text;

  /** The lines before the first heading. */
  final List<Seg> preamble = new ArrayList<>();

  final List<Section> sections = new ArrayList<>();

  private LayoutReader(LetterText text) {
    this.text = text;
  }

  /** A piece of a line: the whole line, or what follows a heading's colon on its line. */
  record Seg(int start, int end) {}

  static final class Section {
    final SectionKind kind;
    final Seg heading;
    final List<Seg> body = new ArrayList<>();

    Section(SectionKind kind, Seg heading) {
      this.kind = kind;
      this.heading = heading;
    }

    int end() {
      return body.isEmpty() ? heading.end() : body.get(body.size() - 1).end();
    }
  }

  static LayoutReader read(LetterText text) {
    LayoutReader reader = new LayoutReader(text);
    reader.cut();
    return reader;
  }

  private void cut() {
    List<LetterText.Line> lines = text.lines;
    for (int i = 0; i < lines.size(); i++) {
      LetterText.Line line = lines.get(i);
      int wrapped = wrappedHeading(lines, i);
      if (wrapped >= 0) {
        LetterText.Line next = lines.get(i + 1);
        sections.add(
            new Section(
                kindOf(text.line(line) + " " + text.line(next)),
                new Seg(line.start(), next.end())));
        i++;
        continue;
      }
      Seg seg = new Seg(line.start(), line.end());
      int headingEnd = headingEnd(text.text, line.start(), line.end());
      if (headingEnd > 0) {
        String key = headingKey(text.text.substring(line.start(), line.start() + headingEnd));
        Section section =
            new Section(kindOf(key), new Seg(line.start(), line.start() + headingEnd));
        int rest = line.start() + headingEnd;
        while (rest < line.end()
            && (text.text.charAt(rest) == ':' || text.text.charAt(rest) == ' ')) {
          rest++;
        }
        if (rest < line.end()) {
          section.body.add(new Seg(rest, line.end()));
        }
        sections.add(section);
      } else if (sections.isEmpty()) {
        preamble.add(seg);
      } else {
        sections.get(sections.size() - 1).body.add(seg);
      }
    }
  }

  /** The letter's layout: the first, in {@link SectionKind#LAYOUTS}' order, a heading tells. */
  LetterLayout layout() {
    for (LetterLayout layout : SectionKind.LAYOUTS) {
      for (Section s : sections) {
        if (s.kind.layout() == layout) {
          return layout;
        }
      }
    }
    throw new LetterParseException(
        LetterParseException.Problem.NO_KNOWN_LAYOUT,
        "text has none of the headings of a known determination letter layout");
  }

  /** The first section of the kind with a body. */
  Optional<Section> first(SectionKind kind) {
    return sections.stream().filter(s -> s.kind == kind && !s.body.isEmpty()).findFirst();
  }

  /**
   * The heading's length if the line {@code s[from, to)} is a heading, or a heading followed by
   * ':'; else -1. Only the first {@link #MAX_HEADING} characters are looked at, and the line is
   * copied only when it has no lower case letter there.
   */
  static int headingEnd(String s, int from, int to) {
    int length = to - from;
    int colon = -1;
    for (int i = from; i < to && i - from <= MAX_HEADING; i++) {
      char c = s.charAt(i);
      if (c == ':') {
        colon = i - from;
        break;
      }
      if (Character.isLowerCase(c)) {
        // a lower-case letter before any colon lies within the heading, so this is none
        return -1;
      }
    }
    int end = colon > 0 ? colon : length;
    if (end > MAX_HEADING || end == 0) {
      return -1;
    }
    while (end > 0 && s.charAt(from + end - 1) == ' ') {
      end--;
    }
    if (hasLowerCase(s, from, from + end)
        || !SectionKind.isHeading(headingKey(s.substring(from, from + end)))) {
      return -1;
    }
    return end;
  }

  /** Two lines that form one heading, wrapped: the index, or -1. */
  private int wrappedHeading(List<LetterText.Line> lines, int i) {
    if (i + 1 >= lines.size()) {
      return -1;
    }
    LetterText.Line a = lines.get(i);
    LetterText.Line b = lines.get(i + 1);
    if (a.length() + b.length() + 1 > MAX_HEADING || a.length() < 12) {
      return -1;
    }
    if (hasLowerCase(text.text, a.start(), a.end())
        || hasLowerCase(text.text, b.start(), b.end())
        || headingEnd(text.text, a.start(), a.end()) > 0) {
      return -1;
    }
    return SectionKind.isHeading(headingKey(text.line(a) + " " + text.line(b))) ? i : -1;
  }

  private static SectionKind kindOf(String heading) {
    SectionKind kind = SectionKind.of(headingKey(heading));
    if (kind == null) {
      throw new IllegalStateException("not a heading");
    }
    return kind;
  }

  private static String headingKey(String head) {
    String key = head.trim();
    while (key.endsWith(":")) {
      key = key.substring(0, key.length() - 1).trim();
    }
    return key;
  }

  private static boolean hasLowerCase(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLowerCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Lower case, one char for one char, so offsets stay valid; {@code s} itself if already so. */
  static String lowerSameLength(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x100) {
        char[] chars = s.toCharArray();
        for (int k = 0; k < chars.length; k++) {
          chars[k] = Character.toLowerCase(chars[k]);
        }
        return new String(chars);
      }
    }
    // Latin-1 text lowers one char for one char, each by Character.toLowerCase, in one copy
    return s.toLowerCase(Locale.ROOT);
  }

  /** Whether {@code s[from, to)} starts with {@code lower} once lowered one char for one char. */
  static boolean startsWithLowered(String s, int from, int to, String lower) {
    if (to - from < lower.length()) {
      return false;
    }
    for (int i = 0; i < lower.length(); i++) {
      if (Character.toLowerCase(s.charAt(from + i)) != lower.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
