package org.openimr.guidelines.mtus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openimr.model.CriterionResult;
import org.openimr.model.CriterionStatus;
import org.openimr.model.Decision;
import org.openimr.model.DisputedItem;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.MedicalNecessity;

/**
 * Collects the criteria an evaluator checks for one item and turns them into a {@link Decision}
 * whose rationale is written from the criteria, not from a per-case template.
 *
 * <p>Design notes: a criterion's description states what the guideline provides, as a sentence
 * ("Treatment may be extended only if functional improvement is documented ..."); its evidence
 * items state what the record shows, each a sentence. The rationale names every adverse criterion
 * (NOT_MET or NOT_DOCUMENTED) with its section, followed by its evidence, then concludes. A request
 * is medically necessary exactly when no criterion is adverse. One writer serves one evaluation on
 * one thread; it is not shared.
 */
final class DecisionWriter {
  private final String evaluatorId;
  private final String evaluatorVersion;
  private final DisputedItem item;
  private final GuidelineEdition edition;
  private final List<CriterionResult> criteria = new ArrayList<>();

  DecisionWriter(
      String evaluatorId, String evaluatorVersion, DisputedItem item, GuidelineEdition edition) {
    this.evaluatorId = evaluatorId;
    this.evaluatorVersion = evaluatorVersion;
    this.item = item;
    this.edition = edition;
  }

  /** Records one checked criterion. */
  DecisionWriter criterion(
      String id,
      String description,
      CriterionStatus status,
      GuidelineCitation citation,
      List<String> evidence) {
    criteria.add(
        CriterionResult.builder()
            .id(id)
            .description(description)
            .status(status)
            .citation(citation)
            .evidence(evidence)
            .build());
    return this;
  }

  /** Records one checked criterion. */
  DecisionWriter criterion(
      String id,
      String description,
      CriterionStatus status,
      GuidelineCitation citation,
      String... evidence) {
    return criterion(id, description, status, citation, List.of(evidence));
  }

  /** The criteria recorded so far. */
  List<CriterionResult> criteria() {
    return List.copyOf(criteria);
  }

  /** Whether a criterion recorded so far stands in the way of the request. */
  boolean hasAdverse() {
    for (CriterionResult c : criteria) {
      if (c.status().isAdverse()) {
        return true;
      }
    }
    return false;
  }

  /** Necessary exactly when no recorded criterion is adverse. */
  Decision decide() {
    boolean adverse = criteria.stream().anyMatch(c -> c.status().isAdverse());
    MedicalNecessity necessity =
        adverse ? MedicalNecessity.NOT_NECESSARY : MedicalNecessity.NECESSARY;
    return Decision.builder()
        .itemId(item.id())
        .necessity(necessity)
        .evaluatorId(evaluatorId)
        .evaluatorVersion(evaluatorVersion)
        .criteria(criteria)
        .rationale(rationale(necessity))
        .citations(citations())
        .build();
  }

  /**
   * No decision: the guideline as encoded cannot decide this item (e.g. it defers to another
   * guideline). Keeps the criteria checked so far, so the reason is traceable.
   */
  Decision notEvaluable(String reason) {
    return Decision.builder()
        .itemId(item.id())
        .necessity(MedicalNecessity.NOT_EVALUABLE)
        .notEvaluableReason(reason)
        .evaluatorId(evaluatorId)
        .evaluatorVersion(evaluatorVersion)
        .criteria(criteria)
        .rationale(reason)
        .citations(citations())
        .build();
  }

  private List<GuidelineCitation> citations() {
    Set<GuidelineCitation> cited = new LinkedHashSet<>();
    criteria.stream()
        .filter(c -> c.status() != CriterionStatus.NOT_APPLICABLE)
        .forEach(c -> cited.add(c.citation()));
    if (cited.isEmpty()) {
      criteria.forEach(c -> cited.add(c.citation()));
    }
    return List.copyOf(cited);
  }

  private String rationale(MedicalNecessity necessity) {
    StringBuilder text = new StringBuilder();
    String guideline = guideline(edition);
    if (necessity == MedicalNecessity.NOT_NECESSARY) {
      for (CriterionResult c : criteria) {
        if (c.status().isAdverse()) {
          text.append("Under ")
              .append(guideline(c.citation().edition()))
              .append(", ")
              .append(c.citation().section())
              .append(": ")
              .append(sentence(c.description()))
              .append(' ');
          c.evidence().forEach(e -> text.append(sentence(e)).append(' '));
          if (c.status() == CriterionStatus.NOT_DOCUMENTED) {
            text.append("The record does not document what this requires. ");
          }
        }
      }
      text.append("Therefore, the request for ")
          .append(item.requestedAs())
          .append(" is not medically necessary.");
    } else {
      text.append("The request meets every criterion of ").append(guideline).append(" checked: ");
      Set<String> met = new LinkedHashSet<>();
      for (CriterionResult c : criteria) {
        if (c.status() == CriterionStatus.MET) {
          // A criterion from another source (a statute) names it.
          met.add(
              c.citation().edition().equals(edition)
                  ? c.citation().section()
                  : c.citation().section() + " (" + guideline(c.citation().edition()) + ")");
        }
      }
      text.append(String.join(", ", met)).append(". ");
      for (CriterionResult c : criteria) {
        if (c.status() == CriterionStatus.MET) {
          c.evidence().forEach(e -> text.append(sentence(e)).append(' '));
        }
      }
      text.append("Therefore, the request for ")
          .append(item.requestedAs())
          .append(" is medically necessary.");
    }
    return text.toString();
  }

  private static String guideline(GuidelineEdition edition) {
    return "the " + edition.title() + " (" + edition.edition() + ")";
  }

  /** The text with a capital first letter and a closing full stop. */
  private static String sentence(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return t;
    }
    t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
    return t.endsWith(".") ? t : t + ".";
  }
}
