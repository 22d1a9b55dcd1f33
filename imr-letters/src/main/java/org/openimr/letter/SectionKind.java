package org.openimr.letter;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The sections a letter's headings open. Each kind lists its headings, each heading written once
 * here (the reader knows a heading by this list, the renderer writes the first of a kind), and
 * names the layout the heading tells apart, if any: a layout owns the headings only it has.
 */
enum SectionKind {
  HOW(
      LetterLayout.ISSUES_DECISIONS_AND_RATIONALES,
      "HOW THE IMR FINAL DETERMINATION WAS MADE",
      "HOW THE FINAL DETERMINATION WAS MADE",
      "EXPERT REVIEWER QUALIFICATIONS",
      "QUALIFICATIONS OF THE EXPERT REVIEWER",
      "MEDICAL QUALIFICATIONS OF THE EXPERT REVIEWER"),
  /** Every layout has a summary: its headings tell no layout apart. */
  SUMMARY(null, "CLINICAL CASE SUMMARY", "CASE SUMMARY"),
  DECISIONS(
      LetterLayout.ISSUES_DECISIONS_AND_RATIONALES,
      "IMR ISSUES, DECISIONS AND RATIONALES",
      "IMR ISSUES AND DECISIONS"),
  DECISION_LIST(
      LetterLayout.DECISIONS_AND_DOCUMENTS_REVIEWED,
      "IMR DECISION(S) AND RATIONALE(S)",
      "IMR DECISIONS AND RATIONALES"),
  DOCUMENTS(LetterLayout.DECISIONS_AND_DOCUMENTS_REVIEWED, "DOCUMENTS REVIEWED"),
  ISSUES(
      LetterLayout.ISSUE_AT_DISPUTE,
      "ISSUE AT DISPUTE",
      "ISSUES AT DISPUTE",
      "ISSUE(S) AT DISPUTE"),
  RATIONALE_NOT_NECESSARY(LetterLayout.ISSUE_AT_DISPUTE, rationale("NOT MEDICALLY NECESSARY")),
  RATIONALE_NECESSARY(LetterLayout.ISSUE_AT_DISPUTE, rationale("MEDICALLY NECESSARY"));

  /**
   * The order in which layouts are told apart: a letter with a heading of the first is of the
   * first, whatever other headings it has ("ISSUE AT DISPUTE" letters may also have "DOCUMENTS
   * REVIEWED").
   */
  static final List<LetterLayout> LAYOUTS =
      List.of(
          LetterLayout.ISSUE_AT_DISPUTE,
          LetterLayout.DECISIONS_AND_DOCUMENTS_REVIEWED,
          LetterLayout.ISSUES_DECISIONS_AND_RATIONALES);

  private static final Map<String, SectionKind> BY_HEADING = byHeading();

  private final @Nullable LetterLayout layout;
  private final ImmutableList<String> headings;

  SectionKind(@Nullable LetterLayout layout, String... headings) {
    this.layout = layout;
    this.headings = ImmutableList.copyOf(headings);
  }

  /** The layout this kind's headings tell apart, or null if every layout may have them. */
  @Nullable LetterLayout layout() {
    return layout;
  }

  /** Every heading of the kind, as a letter writes it. */
  List<String> headings() {
    return headings;
  }

  /** The heading the renderer writes. */
  String heading() {
    return headings.get(0);
  }

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

  static boolean isHeading(String key) {
    return BY_HEADING.containsKey(key);
  }

  /** The kind of a heading (trimmed, without its colon), or null. */
  static @Nullable SectionKind of(String key) {
    return BY_HEADING.get(key);
  }

  private static String[] rationale(String necessity) {
    String prefix = "RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE ";
    return List.of("IS", "WAS", "IS/WAS").stream()
        .map(verb -> prefix + verb + " " + necessity)
        .toArray(String[]::new);
  }

  private static Map<String, SectionKind> byHeading() {
    Map<String, SectionKind> map = new HashMap<>();
    for (SectionKind kind : values()) {
      for (String heading : kind.headings) {
        if (map.put(heading, kind) != null) {
          throw new IllegalStateException("a heading of two section kinds");
        }
      }
    }
    return Map.copyOf(map);
  }
}
