package org.openimr.letter;

import static org.openimr.letter.LayoutReader.lowerSameLength;

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
import org.openimr.letter.LayoutReader.Section;
import org.openimr.letter.LayoutReader.Seg;
import org.openimr.model.ImrOutcome;
import org.openimr.model.Modality;
import org.openimr.model.TreatmentRequest;

/**
 * Reads the disputed items in a letter's decision sections: each item's heading line ({@code
 * "Acupuncture 3x4: Upheld"}, {@code "1. PT 2x6 is not medically necessary."}, {@code "1. Is PT 2x6
 * medically necessary?"}), its decision, guideline lines and rationale.
 *
 * <p>Design notes: lines are classified one at a time, in order: labelled line ({@code "Decision
 * rationale:"}), item heading, bare decision word, else a continuation of the open label. Item
 * headings are recognized only on short lines, by string tests rather than regular expressions, so
 * the work per line is bounded and the whole is linear. The same item named twice (a layout's
 * decision list and its rationale section) is merged by number, else by name.
 */
final class ItemReader {
  /** The longest labelled line ("Case number: ...", "Decision rationale: ...") looked at. */
  static final int MAX_LABEL = 100;

  private static final int MAX_ITEM_LINE = 300;

  /** The characters at a long line's end in which {@code ": Decision"} is looked for. */
  private static final int DECISION_TAIL = 40;

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

  private final LetterText text;
  private final RequestReader requests;

  ItemReader(LetterText text, RequestReader requests) {
    this.text = text;
    this.requests = requests;
  }

  /** A range of normalized text; start -1 until set. */
  static final class Field {
    int start = -1;
    int end = -1;
    boolean open;
  }

  static final class ItemDraft {
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

  List<ItemDraft> readItems(List<Section> sections) {
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
                    section.kind == SectionKind.RATIONALE_NOT_NECESSARY
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
                  section.kind == SectionKind.RATIONALE_NOT_NECESSARY
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
  private static @Nullable Header longHeaderOf(String s, int from, int to, SectionKind kind) {
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
    if (line.indexOf('\n') >= 0 || LayoutReader.headingEnd(line, 0, line.length()) > 0) {
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
            ? headerOf(line, lowerHead, SectionKind.DECISIONS)
            : longHeaderOf(line, 0, line.length(), SectionKind.DECISIONS);
    return header != null
        && header.number() == null
        && line.substring(header.nameStart(), header.nameEnd()).equals(name);
  }

  private static @Nullable Header headerOf(String line, String lower, SectionKind kind) {
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

  List<ParsedItem> items(List<ItemDraft> drafts, LetterFacts facts) {
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
