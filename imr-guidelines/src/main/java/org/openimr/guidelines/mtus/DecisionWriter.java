package org.openimr.guidelines.mtus;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openimr.model.ContentSource;
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
  /** Room for a typical rationale, so the builder seldom grows. */
  private static final int RATIONALE_CAPACITY = 1024;

  private final String evaluatorId;
  private final String evaluatorVersion;
  private final DisputedItem item;
  private final GuidelineEdition edition;
  private final List<CriterionResult> criteria = new ArrayList<>();
  private Optional<ContentSource> content = Optional.empty();

  DecisionWriter(
      String evaluatorId, String evaluatorVersion, DisputedItem item, GuidelineEdition edition) {
    this.evaluatorId = evaluatorId;
    this.evaluatorVersion = evaluatorVersion;
    this.item = item;
    this.edition = edition;
  }

  /** The content pack the edition comes from, recorded on the decision. */
  DecisionWriter content(ContentSource source) {
    this.content = Optional.of(source);
    return this;
  }

  /** Records one checked criterion. */
  DecisionWriter criterion(
      String id,
      String description,
      CriterionStatus status,
      GuidelineCitation citation,
      List<String> evidence) {
    criteria.add(CriterionResult.of(id, description, status, evidence, citation));
    return this;
  }

  /** Records one checked criterion. */
  DecisionWriter criterion(
      String id,
      String description,
      CriterionStatus status,
      GuidelineCitation citation,
      String... evidence) {
    // An immutable copy now: the result keeps it as it is instead of copying it again.
    criteria.add(
        CriterionResult.of(id, description, status, ImmutableList.copyOf(evidence), citation));
    return this;
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
    MedicalNecessity necessity =
        hasAdverse() ? MedicalNecessity.NOT_NECESSARY : MedicalNecessity.NECESSARY;
    return Decision.builder()
        .itemId(item.id())
        .necessity(necessity)
        .evaluatorId(evaluatorId)
        .evaluatorVersion(evaluatorVersion)
        .criteria(criteria)
        .rationale(rationale(necessity))
        .citations(citations())
        .content(content)
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
        .content(content)
        .build();
  }

  /**
   * The citations of the criteria that applied, each section once, in criterion order; of every
   * criterion if none applied. A handful of criteria share a few citations, mostly the same
   * instances, so a list scan beats hashing.
   */
  private List<GuidelineCitation> citations() {
    List<GuidelineCitation> cited = new ArrayList<>(criteria.size());
    for (CriterionResult c : criteria) {
      if (c.status() != CriterionStatus.NOT_APPLICABLE) {
        addOnce(cited, c.citation());
      }
    }
    if (cited.isEmpty()) {
      for (CriterionResult c : criteria) {
        addOnce(cited, c.citation());
      }
    }
    return cited;
  }

  private static void addOnce(List<GuidelineCitation> cited, GuidelineCitation citation) {
    for (GuidelineCitation c : cited) {
      // One entry per section of an edition, whatever the title; the first title is kept.
      if (c == citation || c.sameSection(citation)) {
        return;
      }
    }
    cited.add(citation);
  }

  private String rationale(MedicalNecessity necessity) {
    StringBuilder text = new StringBuilder(RATIONALE_CAPACITY);
    if (necessity == MedicalNecessity.NOT_NECESSARY) {
      List<String> undocumented = new ArrayList<>(2);
      for (CriterionResult c : criteria) {
        if (c.status().isAdverse()) {
          text.append("Under ");
          guideline(text, c.citation().edition());
          text.append(", ").append(c.citation().section()).append(": ");
          sentence(text, c.description());
          for (String e : c.evidence()) {
            sentence(text, e);
          }
          if (c.status() == CriterionStatus.NOT_DOCUMENTED
              && !undocumented.contains(c.citation().section())) {
            undocumented.add(c.citation().section());
          }
        }
      }
      // Once, after the criteria, naming the sections: said after each one it read as a refrain.
      if (!undocumented.isEmpty()) {
        text.append("The record does not document what ");
        for (int i = 0; i < undocumented.size(); i++) {
          if (i > 0) {
            text.append(i == undocumented.size() - 1 ? " and " : ", ");
          }
          text.append(undocumented.get(i));
        }
        text.append(undocumented.size() == 1 ? " requires. " : " require. ");
      }
      text.append("Therefore, the request for ")
          .append(item.requestedAs())
          .append(" is not medically necessary.");
    } else {
      text.append("The request meets every criterion of ");
      guideline(text, edition);
      text.append(" checked: ");
      Set<String> met = new LinkedHashSet<>();
      for (CriterionResult c : criteria) {
        if (c.status() == CriterionStatus.MET) {
          // A criterion from another source (a statute) names it.
          met.add(
              c.citation().edition().equals(edition)
                  ? c.citation().section()
                  : c.citation().section()
                      + " ("
                      + guideline(new StringBuilder(), c.citation().edition())
                      + ")");
        }
      }
      text.append(String.join(", ", met)).append(". ");
      for (CriterionResult c : criteria) {
        if (c.status() == CriterionStatus.MET) {
          for (String e : c.evidence()) {
            sentence(text, e);
          }
        }
      }
      text.append("Therefore, the request for ")
          .append(item.requestedAs())
          .append(" is medically necessary.");
    }
    return text.toString();
  }

  private static StringBuilder guideline(StringBuilder text, GuidelineEdition edition) {
    return text.append("the ")
        .append(edition.title())
        .append(" (")
        .append(edition.label())
        .append(')');
  }

  /**
   * Appends the text, stripped, with a capital first letter, a closing full stop and a space; or a
   * space alone if it is blank. Written into the rationale directly, without intermediate strings.
   */
  private static void sentence(StringBuilder out, String text) {
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start < end) {
      out.append(Character.toUpperCase(text.charAt(start))).append(text, start + 1, end);
      if (text.charAt(end - 1) != '.') {
        out.append('.');
      }
    }
    out.append(' ');
  }
}
