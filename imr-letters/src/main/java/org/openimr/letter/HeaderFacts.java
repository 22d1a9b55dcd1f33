package org.openimr.letter;

import static org.openimr.letter.LayoutReader.startsWithLowered;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openimr.letter.LayoutReader.Section;
import org.openimr.letter.LayoutReader.Seg;
import org.openimr.model.ReviewerQualifications;

/**
 * Reads the facts a letter states about itself rather than the case: its case number (from the
 * lines before the first heading, else a section's), the review organization and the expert
 * reviewer's qualifications (from the section on how the determination was made).
 */
final class HeaderFacts {
  private static final int MAX_QUALIFICATIONS = 4000;
  private static final List<String> CASE_NUMBER_LABELS =
      List.of("imr case number", "case number", "imr case no", "case no");

  private final LetterText text;

  HeaderFacts(LetterText text) {
    this.text = text;
  }

  Optional<Fact<String>> caseNumber(List<Seg> preamble, List<Section> sections) {
    Optional<Fact<String>> found = caseNumber(preamble);
    for (int i = 0; i < sections.size() && found.isEmpty(); i++) {
      found = caseNumber(sections.get(i).body);
    }
    return found;
  }

  private Optional<Fact<String>> caseNumber(List<Seg> segs) {
    String s = text.text;
    for (Seg seg : segs) {
      if (seg.end() - seg.start() > ItemReader.MAX_LABEL) {
        continue;
      }
      for (String label : CASE_NUMBER_LABELS) {
        if (startsWithLowered(s, seg.start(), seg.end(), label)) {
          int v = seg.start() + label.length();
          while (v < seg.end() && ":.# ".indexOf(s.charAt(v)) >= 0) {
            v++;
          }
          String value = s.substring(v, seg.end()).trim();
          if (isCaseNumber(value)) {
            return Optional.of(Fact.of(value, text.span(v, v + value.length())));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** One word of letters, digits and hyphens with a digit, e.g. {@code CM14-0012345}. */
  private static boolean isCaseNumber(String v) {
    if (v.length() < 3 || v.length() > 40 || !RequestReader.hasDigit(v)) {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '-'))) {
        return false;
      }
    }
    return true;
  }

  Optional<Fact<String>> organization(Section how) {
    int from = how.body.get(0).start();
    int to = Math.min(how.end(), from + 400);
    String body = text.slice(from, to);
    int at = new Lowered(body).indexOf(" sent the complete case file to", 0);
    if (at <= 0 || at > 120) {
      return Optional.empty();
    }
    return Optional.of(Fact.of(body.substring(0, at).trim(), text.span(from, from + at)));
  }

  Optional<Fact<ReviewerQualifications>> reviewer(Section how) {
    int from = how.body.get(0).start();
    int to = Math.min(how.end(), from + MAX_QUALIFICATIONS);
    String body = text.slice(from, to);
    Lowered lower = new Lowered(body);
    boolean certified = true;
    int specialtyAt = afterPhrase(lower, "board certified in ", 0);
    int start = specialtyAt - "board certified in ".length();
    if (specialtyAt < 0) {
      certified = false;
      specialtyAt = afterPhrase(lower, "reviewer practices in ", 0);
      start = specialtyAt - "practices in ".length();
    }
    if (specialtyAt < 0) {
      return Optional.empty();
    }
    int specialtyEnd = lower.indexOf(" has a subspecialty in ", specialtyAt);
    int subAt = specialtyEnd < 0 ? -1 : specialtyEnd + " has a subspecialty in ".length();
    int licensed = lower.indexOf(" and is licensed to practice in ", specialtyAt);
    if (licensed < 0) {
      return Optional.empty();
    }
    if (specialtyEnd < 0 || specialtyEnd > licensed) {
      specialtyEnd = licensed;
      subAt = -1;
    }
    int stateAt = licensed + " and is licensed to practice in ".length();
    int stateEnd = lower.indexOf('.', stateAt);
    if (stateEnd < 0) {
      stateEnd = body.length();
    }
    String specialty = body.substring(specialtyAt, specialtyEnd).trim();
    String state = body.substring(stateAt, stateEnd).trim();
    if (specialty.isEmpty() || state.isEmpty()) {
      return Optional.empty();
    }
    ReviewerQualifications.Builder q =
        ReviewerQualifications.builder()
            .specialty(specialty)
            .boardCertified(certified)
            .licensedIn(state);
    if (subAt >= 0) {
      String sub = body.substring(subAt, licensed).trim();
      if (!sub.isEmpty()) {
        q.subspecialty(sub);
      }
    }
    int end = stateEnd;
    int[] years =
        numberBetween(body, lower, "in active clinical practice for more than ", " year", stateEnd);
    if (years != null) {
      q.yearsInActivePractice(years[0]);
      end = years[1];
    }
    int[] hours = numberBetween(body, lower, "working at least ", " hours", stateEnd);
    if (hours != null) {
      q.hoursPerWeekInPractice(hours[0]);
      end = Math.max(end, hours[1]);
    }
    return Optional.of(Fact.of(q.build(), text.span(from + start, from + end)));
  }

  private static int afterPhrase(Lowered lower, String phrase, int from) {
    int at = lower.indexOf(phrase, from);
    return at < 0 ? -1 : at + phrase.length();
  }

  /** The number between two phrases within 300 characters after {@code from}: value and end. */
  private static int @Nullable [] numberBetween(
      String body, Lowered lower, String before, String after, int from) {
    int at = lower.indexOf(before, from);
    if (at < 0 || at - from > 300) {
      return null;
    }
    int start = at + before.length();
    int end = lower.indexOf(after, start);
    if (end < 0 || end - start > 20) {
      return null;
    }
    List<Token> tokens = Token.tokenize(body, start, end, false);
    Words.At<Integer> n = tokens.size() >= 1 ? Words.number(tokens, 0) : null;
    if (n == null || n.next() != tokens.size()) {
      return null;
    }
    return new int[] {n.value(), end + after.length()};
  }

  /**
   * Text lowered one char for one char and read in place: {@code indexOf} answers as {@code
   * lowerSameLength(s).indexOf} would, without copying the text.
   */
  private record Lowered(String s) {
    char charAt(int i) {
      char c = s.charAt(i);
      if (c < 0x80) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      }
      return Character.toLowerCase(c);
    }

    int indexOf(String phrase, int fromIndex) {
      int m = phrase.length();
      for (int i = Math.max(0, fromIndex); i + m <= s.length(); i++) {
        int j = 0;
        while (j < m && charAt(i + j) == phrase.charAt(j)) {
          j++;
        }
        if (j == m) {
          return i;
        }
      }
      return -1;
    }

    int indexOf(char c, int fromIndex) {
      for (int i = Math.max(0, fromIndex); i < s.length(); i++) {
        if (charAt(i) == c) {
          return i;
        }
      }
      return -1;
    }
  }
}
