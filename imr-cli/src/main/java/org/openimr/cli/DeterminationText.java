package org.openimr.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.openimr.model.Case;
import org.openimr.model.CriterionResult;
import org.openimr.model.CriterionStatus;
import org.openimr.model.Decision;
import org.openimr.model.Determination;
import org.openimr.model.DisputedItem;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.ImrOutcome;

/**
 * The readable summary {@code imr evaluate} prints: per item "requested as — outcome", the criteria
 * that stand in the way with their ids and sections, the citations and the rationale, then each
 * advisory evaluator's decision, marked as not the IMR outcome. Prints nothing from the patient
 * record beyond what the decisions say.
 */
final class DeterminationText {
  private static final int WIDTH = 100;
  private static final Pattern WORDS = Pattern.compile("\\s+");

  private DeterminationText() {}

  static void write(Case c, Determination determination, PrintWriter out) {
    write(c.disputedItems(), determination, out);
  }

  /**
   * As {@link #write(Case, Determination, PrintWriter)}, given the case's items: one pass over them
   * makes an index by id, so printing is linear in the number of items, not quadratic.
   */
  static void write(
      List<DisputedItem> disputedItems, Determination determination, PrintWriter out) {
    Map<String, String> requestedAs = new HashMap<>();
    for (DisputedItem item : disputedItems) {
      requestedAs.putIfAbsent(item.id(), item.requestedAs());
    }
    int items = determination.decisions().size();
    out.println(
        "Case " + determination.caseNumber() + ": " + items + (items == 1 ? " item" : " items"));
    for (Decision decision : determination.decisions()) {
      out.println();
      String itemId = decision.itemId();
      write(requestedAs.getOrDefault(itemId, "Item " + itemId), decision, out);
    }
    out.println();
    out.println(
        "Not medical or legal advice: \"Upheld\" means not medically necessary under the guideline,"
            + " a referral with reasons for a physician reviewer.");
  }

  /** The heading of an item's decision, e.g. {@code "Acupuncture 3x4 — Upheld"}. */
  static String heading(String requestedAs, Decision decision) {
    return requestedAs + " — " + outcome(decision);
  }

  static String outcome(Decision decision) {
    return decision.outcome().map(ImrOutcome::displayName).orElse("Not evaluable");
  }

  private static void write(String requestedAs, Decision decision, PrintWriter out) {
    out.println(heading(requestedAs, decision));
    out.println(
        "  "
            + necessity(decision)
            + " ("
            + decision.evaluatorId()
            + " "
            + decision.evaluatorVersion()
            + ")");
    decision.notEvaluableReason().ifPresent(reason -> paragraph(out, "Reason", reason));
    List<CriterionResult> adverse = decision.adverseCriteria().toList();
    if (!adverse.isEmpty()) {
      out.println("  Failing criteria:");
      for (CriterionResult criterion : adverse) {
        out.println("    " + criterion(criterion));
        wrap("      ", criterion.description()).forEach(out::println);
        criterion.evidence().forEach(e -> wrap("      - ", e).forEach(out::println));
      }
    } else if (!decision.criteria().isEmpty()) {
      out.println("  Criteria: all " + decision.criteria().size() + " met or not applicable");
    }
    if (!decision.citations().isEmpty()) {
      out.println("  Citations:");
      for (GuidelineCitation citation : decision.citations()) {
        wrap("    ", citation.display() + ": " + citation.title()).forEach(out::println);
      }
    }
    if (decision.notEvaluableReason().isEmpty()) {
      paragraph(out, "Rationale", decision.rationale());
    }
    for (Decision advisory : decision.advisoryDecisions()) {
      writeAdvisory(advisory, out);
    }
  }

  /** An advisory decision: its evaluator, necessity, adverse criteria and reason, never outcome. */
  private static void writeAdvisory(Decision advisory, PrintWriter out) {
    out.println(
        "  Advisory, not the IMR outcome: "
            + necessity(advisory)
            + " ("
            + advisory.evaluatorId()
            + " "
            + advisory.evaluatorVersion()
            + ")");
    advisory.notEvaluableReason().ifPresent(r -> wrap("    Reason: ", r).forEach(out::println));
    advisory
        .adverseCriteria()
        .forEach(c -> wrap("    Failing: ", criterion(c)).forEach(out::println));
  }

  /**
   * A criterion as one line: {@code "mtus.acupuncture.extension (not documented), 8 CCR § ..."}.
   */
  static String criterion(CriterionResult criterion) {
    return criterion.id()
        + " ("
        + status(criterion.status())
        + "), "
        + criterion.citation().section();
  }

  private static String necessity(Decision decision) {
    return decision.necessity().displayName();
  }

  private static String status(CriterionStatus status) {
    return status.displayName().toLowerCase(Locale.ROOT);
  }

  private static void paragraph(PrintWriter out, String label, String text) {
    out.println("  " + label + ":");
    wrap("    ", text).forEach(out::println);
  }

  /**
   * The text broken into lines of at most {@link #WIDTH} characters where it has spaces, the first
   * line starting with {@code prefix} and the others indented as far.
   */
  static List<String> wrap(String prefix, String text) {
    String indent = " ".repeat(prefix.length());
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(prefix);
    boolean empty = true;
    for (String word : WORDS.split(text.strip(), -1)) {
      if (!empty && line.length() + 1 + word.length() > WIDTH) {
        lines.add(line.toString());
        line = new StringBuilder(indent);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(word);
      empty = false;
    }
    lines.add(line.toString());
    return lines;
  }
}
