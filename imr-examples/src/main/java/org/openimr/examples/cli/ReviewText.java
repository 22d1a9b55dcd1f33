package org.openimr.examples.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openimr.letter.Agreement;
import org.openimr.letter.AgreementCounts;
import org.openimr.letter.ItemComparison;
import org.openimr.letter.LetterParseException;
import org.openimr.letter.LetterParser;
import org.openimr.letter.LetterReview;
import org.openimr.letter.ReReviewReport;
import org.openimr.model.CriterionResult;
import org.openimr.model.Decision;
import org.openimr.model.ImrOutcome;
import org.openimr.model.Modality;

/**
 * What {@code imr review} prints: per letter its counts, then per item {@code "<item> — letter
 * Upheld, library Upheld: agree"} with the failing criteria behind the library's result or the
 * reason it could not compare; for a folder the totals by modality. The same as JSON lines. Prints
 * an item's name and what the decisions say, never other letter text.
 */
final class ReviewText {
  private ReviewText() {}

  /**
   * Why a letter could not be re-reviewed at all: it could not be read, or it names no disputed
   * item; empty when its items were compared.
   */
  static Optional<String> problem(LetterReview review) {
    if (review.unreadable().isPresent()) {
      return Optional.of(problem(review.unreadable().get()));
    }
    if (review.items().isEmpty()) {
      return Optional.of(
          "names no disputed item: no line such as \"Acupuncture 3x4: Upheld\" or"
              + " \"1. Acupuncture 3x4 is not medically necessary\" under a decisions heading");
    }
    return Optional.empty();
  }

  /** What is wrong with a letter file, in words; never text from the file. */
  static String problem(LetterParseException.Problem problem) {
    return switch (problem) {
      case EMPTY -> "is empty";
      case TOO_LONG ->
          "is longer than the longest letter read ("
              + LetterParser.standard().maxLength()
              + " characters)";
      case NO_KNOWN_LAYOUT ->
          "is not a final determination letter: it has none of the headings of a known layout,"
              + " such as \"IMR ISSUES, DECISIONS AND RATIONALES\", \"IMR DECISION(S) AND"
              + " RATIONALE(S)\" or \"ISSUE AT DISPUTE\"";
      case NOT_A_CASE -> "does not state what a case needs";
      case UNREADABLE_FILE -> "cannot be read";
      case INTERNAL_ERROR -> "could not be parsed: the parser failed (a bug; please report it)";
    };
  }

  static void write(String name, LetterReview review, PrintWriter out) {
    Optional<String> problem = problem(review);
    if (problem.isPresent()) {
      out.println(name + ": not reviewed: " + problem.get());
      return;
    }
    out.println(name + ": " + counts(review.counts()));
    for (ItemComparison item : review.items()) {
      out.println("  " + heading(item));
      Optional<Decision> decision = item.libraryDecision();
      List<CriterionResult> failing = item.adverseCriteria();
      if (decision.isPresent() && !failing.isEmpty()) {
        out.println("    Failing criteria (" + decision.get().evaluatorId() + "):");
        failing.forEach(c -> out.println("      " + DeterminationText.criterion(c)));
      } else if (decision.isPresent()
          && decision.get().outcome().isPresent()
          && !decision.get().criteria().isEmpty()) {
        out.println(
            "    Criteria ("
                + decision.get().evaluatorId()
                + "): all "
                + decision.get().criteria().size()
                + " met or not applicable");
      }
      item.reason().ifPresent(r -> DeterminationText.wrap("    Reason: ", r).forEach(out::println));
    }
  }

  /** {@code "Acupuncture 3x4 — letter Upheld, library Upheld: agree"}. */
  static String heading(ItemComparison item) {
    return item.itemName()
        + " — letter "
        + item.letterOutcome().map(ImrOutcome::display).orElse("states no decision")
        + ", library "
        + item.libraryDecision().map(DeterminationText::outcome).orElse("did not decide")
        + ": "
        + display(item.agreement());
  }

  static void totals(ReReviewReport report, long notReviewed, PrintWriter out) {
    out.println();
    out.println("Totals by modality:");
    Map<Modality, AgreementCounts> byModality = report.countsByModality();
    if (byModality.isEmpty()) {
      out.println("  no items");
    }
    byModality.forEach((m, counts) -> out.println("  " + m.displayName() + ": " + counts(counts)));
    out.println("  All: " + counts(report.totals()));
    int letters = report.letters().size();
    out.println(
        "Letters: "
            + letters
            + (letters == 0 ? " (no *.txt file in the folder)" : "")
            + (notReviewed == 0 ? "" : ", " + notReviewed + " not reviewed"));
  }

  /** {@code "3 items: 2 agree, 1 disagree, 0 not evaluable; 67% agreement on 3 decided"}. */
  static String counts(AgreementCounts counts) {
    int decided = counts.agree() + counts.disagree();
    return counts.total()
        + (counts.total() == 1 ? " item: " : " items: ")
        + counts.agree()
        + " agree, "
        + counts.disagree()
        + " disagree, "
        + counts.notEvaluable()
        + " not evaluable"
        + counts
            .agreementRate()
            .map(rate -> "; " + Math.round(100 * rate) + "% agreement on " + decided + " decided")
            .orElse("");
  }

  private static String display(Agreement agreement) {
    return switch (agreement) {
      case AGREE -> "agree";
      case DISAGREE -> "disagree";
      case NOT_EVALUABLE -> "not evaluable";
    };
  }

  /** One letter as a JSON object: its source and items, or its problem. */
  static Map<String, Object> json(String name, LetterReview review) {
    Map<String, Object> letter = new LinkedHashMap<>();
    letter.put("source", name);
    Optional<String> problem = problem(review);
    if (problem.isPresent()) {
      letter.put("problem", problem.get());
      return letter;
    }
    letter.put("items", review.items().stream().map(ReviewText::json).toList());
    return letter;
  }

  private static Map<String, Object> json(ItemComparison item) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("item", item.itemId());
    json.put("name", item.itemName());
    item.modality().ifPresent(m -> json.put("modality", m.name()));
    item.letterOutcome().ifPresent(o -> json.put("letter", o.name()));
    item.libraryDecision()
        .ifPresent(
            d -> {
              json.put("library", d.outcome().map(Enum::name).orElse("NOT_EVALUABLE"));
              json.put("evaluator", d.evaluatorId());
              json.put(
                  "failingCriteria",
                  item.adverseCriteria().stream().map(CriterionResult::id).toList());
            });
    json.put("agreement", item.agreement().name());
    item.reason().ifPresent(r -> json.put("reason", r));
    return json;
  }

  /** The totals of a folder as a JSON object. */
  static Map<String, Object> totalsJson(ReReviewReport report, long notReviewed) {
    Map<String, Object> byModality = new LinkedHashMap<>();
    report.countsByModality().forEach((m, counts) -> byModality.put(m.name(), json(counts)));
    Map<String, Object> totals = new LinkedHashMap<>();
    totals.put("letters", report.letters().size());
    totals.put("notReviewed", notReviewed);
    totals.put("byModality", byModality);
    totals.put("all", json(report.totals()));
    return Map.of("totals", totals);
  }

  private static Map<String, Object> json(AgreementCounts counts) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("agree", counts.agree());
    json.put("disagree", counts.disagree());
    json.put("notEvaluable", counts.notEvaluable());
    return json;
  }
}
