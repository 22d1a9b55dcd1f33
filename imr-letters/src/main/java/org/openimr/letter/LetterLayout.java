package org.openimr.letter;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The layouts of final determination letters the parser reads, told apart by their headings. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum LetterLayout {
  /**
   * "HOW THE IMR FINAL DETERMINATION WAS MADE", "CLINICAL CASE SUMMARY", "IMR ISSUES, DECISIONS AND
   * RATIONALES"; each item as {@code <item>: Upheld|Overturned} with both guideline lines and a
   * decision rationale. The layout {@link LetterRenderer} writes.
   */
  ISSUES_DECISIONS_AND_RATIONALES,
  /**
   * Opens with "IMR DECISION(S) AND RATIONALE(S)" listing each item as {@code 1. <item> is (not)
   * medically necessary}, then "DOCUMENTS REVIEWED", the case summary and the rationales.
   */
  DECISIONS_AND_DOCUMENTS_REVIEWED,
  /**
   * "ISSUE AT DISPUTE" asks {@code 1. Is <item> medically necessary?}; after the "CASE SUMMARY", a
   * "RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS (NOT) MEDICALLY NECESSARY" section states
   * the decision.
   */
  ISSUE_AT_DISPUTE;

  /**
   * How the value is written for a reader, on its own (a heading, a table cell, a line of the
   * command line's output), e.g. {@code "Decisions and documents reviewed"}.
   */
  public String displayName() {
    return switch (this) {
      case ISSUES_DECISIONS_AND_RATIONALES -> "Issues, decisions and rationales";
      case DECISIONS_AND_DOCUMENTS_REVIEWED -> "Decisions and documents reviewed";
      case ISSUE_AT_DISPUTE -> "Issue at dispute";
    };
  }
}
