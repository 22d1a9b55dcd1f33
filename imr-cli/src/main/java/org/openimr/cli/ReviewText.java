package org.openimr.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
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
      notReviewed(name, problem.get(), out);
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

  /** A letter that could not be reviewed, and why. */
  static void notReviewed(String name, String problem, PrintWriter out) {
    out.println(name + ": not reviewed: " + problem);
  }

  /** {@code "Acupuncture 3x4 — letter Upheld, library Upheld: agree"}. */
  static String heading(ItemComparison item) {
    return item.itemName()
        + " — letter "
        + item.letterOutcome().map(ImrOutcome::displayName).orElse("states no decision")
        + ", library "
        + item.libraryDecision().map(DeterminationText::outcome).orElse("did not decide")
        + ": "
        + display(item.agreement());
  }

  /** {@code "3 items: 2 agree, 1 disagree, 0 not evaluable; 67% agreement on 3 decided"}. */
  static String counts(AgreementCounts counts) {
    return counts(counts.agree(), counts.disagree(), counts.notEvaluable());
  }

  private static String counts(long agree, long disagree, long notEvaluable) {
    long total = agree + disagree + notEvaluable;
    long decided = agree + disagree;
    return total
        + (total == 1 ? " item: " : " items: ")
        + agree
        + " agree, "
        + disagree
        + " disagree, "
        + notEvaluable
        + " not evaluable"
        + (decided == 0
            ? ""
            : "; "
                + Math.round(100 * ((double) agree / decided))
                + "% agreement on "
                + decided
                + " decided");
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
    Optional<String> problem = problem(review);
    if (problem.isPresent()) {
      return notReviewedJson(name, problem.get());
    }
    Map<String, Object> letter = new LinkedHashMap<>();
    letter.put("source", name);
    letter.put("items", review.items().stream().map(ReviewText::json).toList());
    return letter;
  }

  /** A letter that could not be reviewed as a JSON object: its source and its problem. */
  static Map<String, Object> notReviewedJson(String name, String problem) {
    Map<String, Object> letter = new LinkedHashMap<>();
    letter.put("source", name);
    letter.put("problem", problem);
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

  /**
   * The totals of a folder, counted as its letters go by in one pass over each letter's items:
   * letters, letters not reviewed, and items by agreement, per requested modality (items whose
   * request could not be read count under {@link Modality#OTHER}) and in all.
   */
  static final class Totals {
    private final Map<Modality, Tally> byModality = new EnumMap<>(Modality.class);
    private final Tally all = new Tally();
    private long letters;
    private long notReviewed;

    /** Counts a letter that was read; it counts as not reviewed if it names no item. */
    void add(LetterReview review) {
      letters++;
      if (problem(review).isPresent()) {
        notReviewed++;
      }
      for (ItemComparison item : review.items()) {
        byModality
            .computeIfAbsent(item.modality().orElse(Modality.OTHER), m -> new Tally())
            .add(item.agreement());
        all.add(item.agreement());
      }
    }

    /** Counts a letter that could not be read. */
    void addNotReviewed() {
      letters++;
      notReviewed++;
    }

    long notReviewed() {
      return notReviewed;
    }

    void write(PrintWriter out) {
      out.println();
      out.println("Totals by modality:");
      if (byModality.isEmpty()) {
        out.println("  no items");
      }
      byModality.forEach((m, tally) -> out.println("  " + m.displayName() + ": " + tally.text()));
      out.println("  All: " + all.text());
      out.println(
          "Letters: "
              + letters
              + (letters == 0 ? " (no *.txt file in the folder)" : "")
              + (notReviewed == 0 ? "" : ", " + notReviewed + " not reviewed"));
    }

    Map<String, Object> json() {
      Map<String, Object> modalities = new LinkedHashMap<>();
      byModality.forEach((m, tally) -> modalities.put(m.name(), tally.json()));
      Map<String, Object> totals = new LinkedHashMap<>();
      totals.put("letters", letters);
      totals.put("notReviewed", notReviewed);
      totals.put("byModality", modalities);
      totals.put("all", all.json());
      return Map.of("totals", totals);
    }
  }

  /** Items counted by agreement. */
  private static final class Tally {
    private long agree;
    private long disagree;
    private long notEvaluable;

    void add(Agreement agreement) {
      switch (agreement) {
        case AGREE -> agree++;
        case DISAGREE -> disagree++;
        case NOT_EVALUABLE -> notEvaluable++;
      }
    }

    String text() {
      return counts(agree, disagree, notEvaluable);
    }

    Map<String, Object> json() {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("agree", agree);
      json.put("disagree", disagree);
      json.put("notEvaluable", notEvaluable);
      return json;
    }
  }
}
