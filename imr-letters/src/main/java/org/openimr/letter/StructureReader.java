package org.openimr.letter;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openimr.model.ImrOutcome;
import org.openimr.model.Modality;
import org.openimr.model.ReviewerQualifications;
import org.openimr.model.TreatmentRequest;

/**
 * Reads a letter's structure: headings into sections, the layout from the headings, and in the
 * decision sections each item's heading line, decision, guideline lines and rationale.
 *
 * <p>Design notes: lines are classified one at a time, in order: heading, closing line, labelled
 * line ({@code "Decision rationale:"}), item heading ({@code "Acupuncture 3x4: Upheld"}, {@code "1.
 * PT 2x6 is not medically necessary."}, {@code "1. Is PT 2x6 medically necessary?"}), bare decision
 * word, else a continuation of the open label. Only a bounded prefix of each line is examined and
 * item headings are recognized only on short lines, by string tests rather than regular
 * expressions, so the work per line is bounded and the whole is linear. The same item named twice
 * (a layout's decision list and its rationale section) is merged by number, else by name.
 */
final class StructureReader {
  private static final int MAX_HEADING = 140;
  private static final int MAX_LABEL = 100;
  private static final int MAX_ITEM_LINE = 300;

  /** The characters at a long line's end in which {@code ": Decision"} is looked for. */
  private static final int DECISION_TAIL = 40;

  private static final int MAX_QUALIFICATIONS = 4000;

  private enum Kind {
    HOW,
    SUMMARY,
    DECISIONS,
    DECISION_LIST,
    DOCUMENTS,
    ISSUES,
    RATIONALE_NOT_NECESSARY,
    RATIONALE_NECESSARY;

    boolean holdsItems() {
      return this == DECISIONS
          || this == DECISION_LIST
          || this == ISSUES
          || this == RATIONALE_NOT_NECESSARY
          || this == RATIONALE_NECESSARY;
    }

    boolean isRationale() {
      return this == RATIONALE_NOT_NECESSARY || this == RATIONALE_NECESSARY;
    }
  }

  private static final Map<String, Kind> HEADINGS = headings();

  private static Map<String, Kind> headings() {
    Map<String, Kind> h = new HashMap<>();
    h.put("HOW THE IMR FINAL DETERMINATION WAS MADE", Kind.HOW);
    h.put("HOW THE FINAL DETERMINATION WAS MADE", Kind.HOW);
    h.put("EXPERT REVIEWER QUALIFICATIONS", Kind.HOW);
    h.put("QUALIFICATIONS OF THE EXPERT REVIEWER", Kind.HOW);
    h.put("MEDICAL QUALIFICATIONS OF THE EXPERT REVIEWER", Kind.HOW);
    h.put("CLINICAL CASE SUMMARY", Kind.SUMMARY);
    h.put("CASE SUMMARY", Kind.SUMMARY);
    h.put("IMR ISSUES, DECISIONS AND RATIONALES", Kind.DECISIONS);
    h.put("IMR ISSUES AND DECISIONS", Kind.DECISIONS);
    h.put("IMR DECISION(S) AND RATIONALE(S)", Kind.DECISION_LIST);
    h.put("IMR DECISIONS AND RATIONALES", Kind.DECISION_LIST);
    h.put("DOCUMENTS REVIEWED", Kind.DOCUMENTS);
    h.put("ISSUE AT DISPUTE", Kind.ISSUES);
    h.put("ISSUES AT DISPUTE", Kind.ISSUES);
    h.put("ISSUE(S) AT DISPUTE", Kind.ISSUES);
    String prefix = "RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE ";
    for (String verb : List.of("IS", "WAS", "IS/WAS")) {
      h.put(prefix + verb + " NOT MEDICALLY NECESSARY", Kind.RATIONALE_NOT_NECESSARY);
      h.put(prefix + verb + " MEDICALLY NECESSARY", Kind.RATIONALE_NECESSARY);
    }
    return Map.copyOf(h);
  }

  private static final List<String> CA_LABELS =
      List.of(
          "claims administrator guideline:",
          "claims administrator guidelines:",
          "claims administrator guideline(s):",
          "the claims administrator based its decision on");
  private static final List<String> REVIEWER_LABELS =
      List.of(
          "the expert reviewer based his/her decision on",
          "the expert reviewer based his decision on",
          "the expert reviewer based her decision on",
          "the expert reviewer based the decision on",
          "the expert reviewer based its decision on");
  private static final List<String> GUIDELINE_WORDS =
      List.of("guideline:", "guidelines:", "guideline(s):");
  private static final List<String> RATIONALE_LABELS =
      List.of(
          "decision rationale:",
          "rationale for the decision:",
          "rationale for decision:",
          "rationale used:",
          "rationale:");
  private static final List<String> DECISION_WORDS =
      List.of("upheld", "overturned", "not evaluable");
  private static final List<String> VERBS_BEFORE = List.of(" is", " was", " are", " were");
  private static final List<String> VERBS_AFTER = List.of("is ", "are ", "was ", "were ");
  private static final List<String> NAME_LEADS =
      List.of("the request for ", "the requested ", "request for ", "the ");
  private static final List<String> CASE_NUMBER_LABELS =
      List.of("imr case number", "case number", "imr case no", "case no");

  private final LetterText text;
  private final RequestReader requests = new RequestReader();

  private StructureReader(LetterText text) {
    this.text = text;
  }

  /** A piece of a line: the whole line, or what follows a heading's colon on its line. */
  private record Seg(int start, int end) {}

  private static final class Section {
    final Kind kind;
    final Seg heading;
    final List<Seg> body = new ArrayList<>();

    Section(Kind kind, Seg heading) {
      this.kind = kind;
      this.heading = heading;
    }

    int end() {
      return body.isEmpty() ? heading.end() : body.get(body.size() - 1).end();
    }
  }

  static ParsedLetter read(LetterText text) {
    return new StructureReader(text).read();
  }

  private ParsedLetter read() {
    List<Seg> preamble = new ArrayList<>();
    List<Section> sections = new ArrayList<>();
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
    LetterLayout layout = layoutOf(sections);

    ImmutableParsedLetter.Builder letter = ImmutableParsedLetter.builder().layout(layout);
    for (Section s : sections) {
      letter.addSections(
          ImmutableLetterSection.builder()
              .heading(text.slice(s.heading.start(), s.heading.end()))
              .text(s.body.isEmpty() ? "" : text.slice(s.body.get(0).start(), s.end()))
              .span(text.span(s.heading.start(), s.end()))
              .build());
    }
    caseNumber(preamble, sections).ifPresent(letter::caseNumber);
    sections.stream()
        .filter(s -> s.kind == Kind.HOW && !s.body.isEmpty())
        .findFirst()
        .ifPresent(
            s -> {
              organization(s).ifPresent(letter::organization);
              reviewer(s).ifPresent(letter::reviewer);
            });

    List<ItemDraft> drafts = readItems(sections);
    Optional<FactExtractor.Range> summary =
        sections.stream()
            .filter(s -> s.kind == Kind.SUMMARY && !s.body.isEmpty())
            .findFirst()
            .map(s -> new FactExtractor.Range(s.body.get(0).start(), s.end()));
    List<FactExtractor.Range> documents =
        sections.stream()
            .filter(s -> s.kind == Kind.DOCUMENTS && !s.body.isEmpty())
            .map(s -> new FactExtractor.Range(s.body.get(0).start(), s.end()))
            .toList();
    List<FactExtractor.Range> rationales =
        drafts.stream()
            .filter(d -> d.rationale.start >= 0)
            .map(d -> new FactExtractor.Range(d.rationale.start, d.rationale.end))
            .toList();
    LetterFacts facts = FactExtractor.extract(text, summary, documents, rationales, requests);
    letter.facts(facts);
    letter.items(items(drafts, facts));
    return letter.build();
  }

  private static LetterLayout layoutOf(List<Section> sections) {
    Set<Kind> kinds = new LinkedHashSet<>();
    sections.forEach(s -> kinds.add(s.kind));
    if (kinds.contains(Kind.ISSUES)
        || kinds.contains(Kind.RATIONALE_NOT_NECESSARY)
        || kinds.contains(Kind.RATIONALE_NECESSARY)) {
      return LetterLayout.ISSUE_AT_DISPUTE;
    }
    if (kinds.contains(Kind.DECISION_LIST) || kinds.contains(Kind.DOCUMENTS)) {
      return LetterLayout.DECISIONS_AND_DOCUMENTS_REVIEWED;
    }
    if (kinds.contains(Kind.DECISIONS) || kinds.contains(Kind.HOW)) {
      return LetterLayout.ISSUES_DECISIONS_AND_RATIONALES;
    }
    throw new LetterParseException(
        LetterParseException.Problem.NO_KNOWN_LAYOUT,
        "text has none of the headings of a known determination letter layout");
  }

  // ---- headings

  /**
   * The heading's length if the line {@code s[from, to)} is a heading, or a heading followed by
   * ':'; else -1. Only the first {@link #MAX_HEADING} characters are looked at, and the line is
   * copied only when it has no lower case letter there.
   */
  private static int headingEnd(String s, int from, int to) {
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
        || !HEADINGS.containsKey(headingKey(s.substring(from, from + end)))) {
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
    return HEADINGS.containsKey(headingKey(text.line(a) + " " + text.line(b))) ? i : -1;
  }

  private static Kind kindOf(String heading) {
    Kind kind = HEADINGS.get(headingKey(heading));
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
  private static boolean startsWithLowered(String s, int from, int to, String lower) {
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

  // ---- header facts

  private Optional<Fact<String>> caseNumber(List<Seg> preamble, List<Section> sections) {
    Optional<Fact<String>> found = caseNumber(preamble);
    for (int i = 0; i < sections.size() && found.isEmpty(); i++) {
      found = caseNumber(sections.get(i).body);
    }
    return found;
  }

  private Optional<Fact<String>> caseNumber(List<Seg> segs) {
    String s = text.text;
    for (Seg seg : segs) {
      if (seg.end() - seg.start() > MAX_LABEL) {
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

  private Optional<Fact<String>> organization(Section how) {
    int from = how.body.get(0).start();
    int to = Math.min(how.end(), from + 400);
    String body = text.slice(from, to);
    int at = new Lowered(body).indexOf(" sent the complete case file to", 0);
    if (at <= 0 || at > 120) {
      return Optional.empty();
    }
    return Optional.of(Fact.of(body.substring(0, at).trim(), text.span(from, from + at)));
  }

  private Optional<Fact<ReviewerQualifications>> reviewer(Section how) {
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

  // ---- items

  /** A range of normalized text; start -1 until set. */
  private static final class Field {
    int start = -1;
    int end = -1;
    boolean open;
  }

  private static final class ItemDraft {
    @Nullable Integer number;
    final String name;
    final int nameStart;
    final int nameEnd;
    final Seg header;
    @Nullable Fact<ImrOutcome> decision;
    final Field claimsAdministrator = new Field();
    final Field reviewer = new Field();
    final Field rationale = new Field();
    final int section;

    ItemDraft(
        @Nullable Integer number,
        String name,
        int nameStart,
        int nameEnd,
        Seg header,
        int section) {
      this.section = section;
      this.number = number;
      this.name = name;
      this.nameStart = nameStart;
      this.nameEnd = nameEnd;
      this.header = header;
    }
  }

  private enum Label {
    CLAIMS_ADMINISTRATOR,
    REVIEWER,
    RATIONALE
  }

  private record LabelAt(Label label, int valueOffset) {}

  private record Header(
      @Nullable Integer number,
      int nameStart,
      int nameEnd,
      @Nullable ImrOutcome outcome,
      int decisionStart,
      int decisionEnd) {}

  private List<ItemDraft> readItems(List<Section> sections) {
    List<ItemDraft> drafts = new ArrayList<>();
    Map<Integer, ItemDraft> byNumber = new HashMap<>();
    Map<String, ItemDraft> byName = new HashMap<>();
    for (int index = 0; index < sections.size(); index++) {
      Section section = sections.get(index);
      if (!section.kind.holdsItems()) {
        continue;
      }
      ItemDraft current = null;
      Field field = null;
      for (Seg seg : section.body) {
        String line =
            text.text.substring(seg.start(), Math.min(seg.end(), seg.start() + MAX_ITEM_LINE));
        String lower = lowerSameLength(line);
        if (lower.startsWith("cc:") || lower.startsWith("sincerely")) {
          break;
        }
        LabelAt label = labelOf(line, lower);
        if (label != null && current == null && section.kind.isRationale() && drafts.size() == 1) {
          current = drafts.get(0);
        }
        Field labelled = label == null || current == null ? null : fieldOf(current, label.label());
        if (label != null && labelled != null && labelled.start < 0 && !labelled.open) {
          labelled.open = true;
          int v = seg.start() + label.valueOffset();
          while (v < seg.end() && text.text.charAt(v) == ' ') {
            v++;
          }
          if (v < seg.end()) {
            labelled.start = v;
            labelled.end = seg.end();
          }
          field = labelled;
          continue;
        }
        if (label != null && current == null) {
          continue;
        }
        Header header =
            seg.end() - seg.start() <= MAX_ITEM_LINE
                ? headerOf(line, lower, section.kind)
                : longHeaderOf(text.text, seg.start(), seg.end(), section.kind);
        if (header != null) {
          current = merge(header, seg, index, drafts, byNumber, byName);
          field = null;
          if (current.decision == null && header.outcome() != null) {
            current.decision =
                Fact.of(
                    header.outcome(),
                    text.span(
                        seg.start() + header.decisionStart(), seg.start() + header.decisionEnd()));
          }
          if (current.decision == null && section.kind.isRationale()) {
            current.decision =
                Fact.of(
                    section.kind == Kind.RATIONALE_NOT_NECESSARY
                        ? ImrOutcome.UPHELD
                        : ImrOutcome.OVERTURNED,
                    text.span(section.heading.start(), section.heading.end()));
          }
          continue;
        }
        if (current == null && section.kind.isRationale() && drafts.size() == 1) {
          current = drafts.get(0);
        }
        if (current != null && current.decision == null && section.kind.isRationale()) {
          current.decision =
              Fact.of(
                  section.kind == Kind.RATIONALE_NOT_NECESSARY
                      ? ImrOutcome.UPHELD
                      : ImrOutcome.OVERTURNED,
                  text.span(section.heading.start(), section.heading.end()));
        }
        ImrOutcome bare = bareDecision(lower);
        if (current != null && bare != null) {
          if (current.decision == null) {
            current.decision = Fact.of(bare, text.span(seg.start(), seg.end()));
          }
          continue;
        }
        if (field != null) {
          if (field.start < 0) {
            field.start = seg.start();
          }
          field.end = seg.end();
        } else if (current != null
            && section.kind.isRationale()
            && current.rationale.start < 0
            && !current.rationale.open) {
          field = current.rationale;
          field.open = true;
          field.start = seg.start();
          field.end = seg.end();
        }
      }
    }
    return drafts;
  }

  private static Field fieldOf(ItemDraft item, Label label) {
    return switch (label) {
      case CLAIMS_ADMINISTRATOR -> item.claimsAdministrator;
      case REVIEWER -> item.reviewer;
      case RATIONALE -> item.rationale;
    };
  }

  private static @Nullable LabelAt labelOf(String line, String lower) {
    String head = lower.length() > MAX_LABEL ? lower.substring(0, MAX_LABEL) : lower;
    for (String l : CA_LABELS) {
      if (head.startsWith(l)) {
        return new LabelAt(Label.CLAIMS_ADMINISTRATOR, l.length());
      }
    }
    for (String l : REVIEWER_LABELS) {
      if (head.startsWith(l)) {
        return new LabelAt(Label.REVIEWER, l.length());
      }
    }
    for (String l : RATIONALE_LABELS) {
      if (head.startsWith(l)) {
        return new LabelAt(Label.RATIONALE, l.length());
      }
    }
    for (String word : GUIDELINE_WORDS) {
      int at = head.indexOf(word);
      if (at > 0 && at < 80) {
        String prefix = head.substring(0, at).trim();
        int words = prefix.isEmpty() ? 0 : count(prefix, ' ') + 1;
        if (words >= 1
            && words <= 8
            && Character.isUpperCase(line.charAt(0))
            && prefix.indexOf(':') < 0
            && !prefix.endsWith("claims administrator")
            && !prefix.startsWith("decision based on")) {
          return new LabelAt(Label.REVIEWER, at + word.length());
        }
      }
    }
    return null;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  private static @Nullable ImrOutcome bareDecision(String lower) {
    String w = stripEnd(lower, ".");
    if (w.equals("upheld")) {
      return ImrOutcome.UPHELD;
    }
    return w.equals("overturned") ? ImrOutcome.OVERTURNED : null;
  }

  private static String stripEnd(String s, String chars) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == ' ' || chars.indexOf(s.charAt(end - 1)) >= 0)) {
      end--;
    }
    return s.substring(0, end);
  }

  /** The length of a {@code "1. "} or {@code "1) "} prefix, or 0. */
  private static int numberPrefix(String lower) {
    int d = 0;
    while (d < lower.length() && d < 3 && Character.isDigit(lower.charAt(d))) {
      d++;
    }
    if (d == 0
        || d == 3
        || d >= lower.length()
        || (lower.charAt(d) != '.' && lower.charAt(d) != ')')) {
      return 0;
    }
    int p = d + 1;
    if (p < lower.length() && lower.charAt(p) != ' ') {
      return 0;
    }
    while (p < lower.length() && lower.charAt(p) == ' ') {
      p++;
    }
    return p;
  }

  private static @Nullable Integer numberOf(String lower, int prefix) {
    if (prefix == 0) {
      return null;
    }
    int d = 0;
    while (Character.isDigit(lower.charAt(d))) {
      d++;
    }
    return Integer.valueOf(lower.substring(0, d));
  }

  /**
   * The item heading a line longer than {@link #MAX_ITEM_LINE} holds: only the form {@code "name:
   * Decision"}, recognized by the line's last {@link #DECISION_TAIL} characters; the line is copied
   * only when they end so. A long item name is thus read whole, in time linear in the line.
   */
  private static @Nullable Header longHeaderOf(String s, int from, int to, Kind kind) {
    String tail =
        stripEnd(lowerSameLength(s.substring(Math.max(from, to - DECISION_TAIL), to)), ".");
    boolean decided = false;
    for (String word : DECISION_WORDS) {
      if (tail.endsWith(word)) {
        int colon = tail.length() - word.length() - 1;
        while (colon >= 0 && tail.charAt(colon) == ' ') {
          colon--;
        }
        decided |= colon >= 0 && tail.charAt(colon) == ':';
      }
    }
    if (!decided) {
      return null;
    }
    String line = s.substring(from, to);
    return headerOf(line, lowerSameLength(line), kind);
  }

  /**
   * Whether {@code line}, one normalized line in a decisions section, is read as the heading of an
   * item named exactly {@code name}, without a number: not a heading, a closing line or a label,
   * and named as written. {@link LetterRenderer} asks before it writes an item's line, and writes
   * the name in double quotes when the answer is no; a quoted name is read without its quotes.
   */
  static boolean readsBackAsItem(String line, String name) {
    if (line.indexOf('\n') >= 0 || headingEnd(line, 0, line.length()) > 0) {
      return false;
    }
    String head = line.length() <= MAX_ITEM_LINE ? line : line.substring(0, MAX_ITEM_LINE);
    String lowerHead = lowerSameLength(head);
    if (lowerHead.startsWith("cc:")
        || lowerHead.startsWith("sincerely")
        || labelOf(head, lowerHead) != null) {
      return false;
    }
    Header header =
        line.length() <= MAX_ITEM_LINE
            ? headerOf(line, lowerHead, Kind.DECISIONS)
            : longHeaderOf(line, 0, line.length(), Kind.DECISIONS);
    return header != null
        && header.number() == null
        && line.substring(header.nameStart(), header.nameEnd()).equals(name);
  }

  private static @Nullable Header headerOf(String line, String lower, Kind kind) {
    int prefix = numberPrefix(lower);
    Integer number = numberOf(lower, prefix);
    String body = stripEnd(lower, ".");
    // "Acupuncture 3x4: Upheld"
    for (String word : DECISION_WORDS) {
      if (body.endsWith(word)) {
        int wordAt = body.length() - word.length();
        int colon = wordAt - 1;
        while (colon >= 0 && body.charAt(colon) == ' ') {
          colon--;
        }
        if (colon > prefix && body.charAt(colon) == ':') {
          ImrOutcome outcome =
              word.equals("upheld")
                  ? ImrOutcome.UPHELD
                  : word.equals("overturned") ? ImrOutcome.OVERTURNED : null;
          return named(line, lower, number, prefix, colon, outcome, wordAt, body.length());
        }
      }
    }
    // "1. Physical therapy 2x6 is not medically necessary and appropriate."
    String core = stripSuffix(body, " and appropriate");
    if (prefix > 0 && core.endsWith(" medically necessary")) {
      String before = core.substring(0, core.length() - " medically necessary".length());
      boolean not = before.endsWith(" not");
      if (not) {
        before = before.substring(0, before.length() - 4);
      }
      for (String verb : VERBS_BEFORE) {
        if (before.endsWith(verb)) {
          int nameEnd = before.length() - verb.length();
          return named(
              line,
              lower,
              number,
              prefix,
              nameEnd,
              not ? ImrOutcome.UPHELD : ImrOutcome.OVERTURNED,
              nameEnd,
              body.length());
        }
      }
    }
    // "1. Is physical therapy 2x6 medically necessary and appropriate?"
    if (lower.endsWith("?")) {
      String q = stripSuffix(stripEnd(lower, "?"), " and appropriate");
      if (q.endsWith(" medically necessary")) {
        int nameEnd = q.length() - " medically necessary".length();
        for (String verb : VERBS_AFTER) {
          if (q.startsWith(verb, prefix)) {
            return named(line, lower, number, prefix + verb.length(), nameEnd, null, 0, 0);
          }
        }
      }
    }
    // "1. Physical therapy 2x6:" under a rationale heading
    if (kind.isRationale()
        && prefix > 0
        && body.endsWith(":")
        && body.indexOf(':') == body.length() - 1) {
      return named(line, lower, number, prefix, body.length() - 1, null, 0, 0);
    }
    return null;
  }

  private static String stripSuffix(String s, String suffix) {
    return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
  }

  private static @Nullable Header named(
      String line,
      String lower,
      @Nullable Integer number,
      int from,
      int to,
      @Nullable ImrOutcome outcome,
      int decisionStart,
      int decisionEnd) {
    for (String lead : NAME_LEADS) {
      if (lower.startsWith(lead, from) && to - from > lead.length()) {
        from += lead.length();
        break;
      }
    }
    while (to > from && (line.charAt(to - 1) == ' ' || line.charAt(to - 1) == ':')) {
      to--;
    }
    if (to - from >= 2 && line.charAt(from) == '"' && line.charAt(to - 1) == '"') {
      // a name in double quotes is the name as written, whatever it looks like
      return new Header(number, from + 1, to - 1, outcome, decisionStart, decisionEnd);
    }
    if (to - from < 1) {
      return null;
    }
    boolean letter = false;
    for (int i = from; i < to && !letter; i++) {
      letter = Character.isLetter(line.charAt(i));
    }
    return letter ? new Header(number, from, to, outcome, decisionStart, decisionEnd) : null;
  }

  /**
   * The item a heading names: the earlier one with its number, or with its name in an earlier
   * section (a decision list, then the rationales); else a new one. Two items of the same name in
   * one section stay two.
   */
  private ItemDraft merge(
      Header header,
      Seg seg,
      int section,
      List<ItemDraft> drafts,
      Map<Integer, ItemDraft> byNumber,
      Map<String, ItemDraft> byName) {
    String name = text.slice(seg.start() + header.nameStart(), seg.start() + header.nameEnd());
    String key = stripEnd(name.toLowerCase(Locale.ROOT), ".,;:");
    ItemDraft draft = header.number() == null ? null : byNumber.get(header.number());
    if (draft == null) {
      ItemDraft named = byName.get(key);
      if (named != null
          && named.section != section
          && (named.number == null || header.number() == null)) {
        draft = named;
      }
    }
    if (draft == null) {
      draft =
          new ItemDraft(
              header.number(),
              name,
              seg.start() + header.nameStart(),
              seg.start() + header.nameEnd(),
              seg,
              section);
      drafts.add(draft);
    } else if (draft.number == null && header.number() != null) {
      draft.number = header.number();
    }
    if (header.number() != null) {
      byNumber.putIfAbsent(header.number(), draft);
    }
    byName.put(key, draft);
    return draft;
  }

  private List<ParsedItem> items(List<ItemDraft> drafts, LetterFacts facts) {
    // the summary's requests by modality, distinct, in letter order: built once for all items
    Map<Modality, Set<TreatmentRequest>> summaryRequests = new EnumMap<>(Modality.class);
    for (Fact<TreatmentRequest> f : facts.requestedTreatments()) {
      TreatmentRequest r = f.value();
      r.modality()
          .ifPresent(m -> summaryRequests.computeIfAbsent(m, k -> new LinkedHashSet<>()).add(r));
    }
    boolean allNumbered = drafts.stream().allMatch(d -> d.number != null);
    Set<Integer> numbers = new LinkedHashSet<>();
    drafts.forEach(d -> numbers.add(d.number));
    boolean unique = numbers.size() == drafts.size();
    List<ParsedItem> items = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      ItemDraft d = drafts.get(i);
      ImmutableParsedItem.Builder item =
          ImmutableParsedItem.builder()
              .id(
                  allNumbered && unique && d.number != null
                      ? d.number.toString()
                      : Integer.toString(i + 1))
              .name(d.name)
              .span(text.span(d.header.start(), d.header.end()));
      if (d.number != null) {
        item.number(d.number);
      }
      if (d.decision != null) {
        item.decision(d.decision);
      }
      field(d.claimsAdministrator).ifPresent(item::claimsAdministratorGuideline);
      field(d.reviewer).ifPresent(item::reviewerGuideline);
      field(d.rationale).ifPresent(item::rationale);
      request(d, summaryRequests).ifPresent(item::request);
      items.add(item.build());
    }
    return items;
  }

  private Optional<Fact<String>> field(Field f) {
    if (f.start < 0 || f.end <= f.start) {
      return Optional.empty();
    }
    return Optional.of(Fact.of(text.slice(f.start, f.end), text.span(f.start, f.end)));
  }

  private Optional<TreatmentRequest> request(
      ItemDraft d, Map<Modality, Set<TreatmentRequest>> summaryRequests) {
    List<Token> name = Token.tokenize(text, d.nameStart, d.nameEnd, false);
    TreatmentRequest read = requests.readName(name);
    if (read != null) {
      return Optional.of(read);
    }
    Modality modality = null;
    for (int i = 0; i < name.size() && modality == null; i++) {
      Words.At<Modality> m = Vocabulary.MODALITIES.match(name, i);
      if (m != null) {
        modality = m.value();
      }
    }
    if (modality == null) {
      return Optional.empty();
    }
    Set<TreatmentRequest> same = summaryRequests.getOrDefault(modality, Set.of());
    return same.size() == 1 ? Optional.of(same.iterator().next()) : Optional.empty();
  }
}
