package org.openimr.guidelines.mtus;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openimr.model.ContentSource;
import org.openimr.model.CriterionResult;
import org.openimr.model.CriterionStatus;
import org.openimr.model.Decision;
import org.openimr.model.DisputedItem;
import org.openimr.model.Evidence;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.MedicalNecessity;
import org.openimr.model.Rationale;

/**
 * Collects the criteria an evaluator checks for one item and turns them into a {@link Decision}
 * whose rationale is written from the criteria, not from a per-case template.
 *
 * <p>Design notes: a criterion's description states what the guideline provides, as a sentence
 * ("Treatment may be extended only if functional improvement is documented ..."); its evidence
 * items state what the record shows, as structured {@link Evidence} rendered to a sentence on
 * demand (or, for criteria not yet converted, as text). The rationale is {@link
 * Rationale#fromCriteria}: rendered when asked for, it names every adverse criterion (NOT_MET or
 * NOT_DOCUMENTED) with its section, followed by its evidence, then concludes. A request is
 * medically necessary exactly when no criterion is adverse. One writer serves one evaluation on one
 * thread; it is not shared.
 */
final class DecisionWriter {
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

  /** Records one checked criterion with structured evidence. */
  DecisionWriter criterion(
      String id,
      String description,
      CriterionStatus status,
      GuidelineCitation citation,
      Evidence... evidence) {
    // Guava's immutable list: kept by the result as it is, a single item without an array.
    criteria.add(
        CriterionResult.ofEvidence(
            id,
            description,
            status,
            evidence.length == 1 ? ImmutableList.of(evidence[0]) : ImmutableList.copyOf(evidence),
            citation));
    return this;
  }

  /** Records one checked criterion with structured evidence. */
  DecisionWriter criterionWith(
      String id,
      String description,
      CriterionStatus status,
      GuidelineCitation citation,
      List<Evidence> evidence) {
    criteria.add(CriterionResult.ofEvidence(id, description, status, evidence, citation));
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
    return Decision.of(
        item.id(),
        necessity,
        evaluatorId,
        evaluatorVersion,
        ImmutableList.copyOf(criteria),
        Rationale.fromCriteria(item.requestedAs(), edition),
        ImmutableList.copyOf(citations()),
        content);
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
        .rationaleSource(Rationale.text(reason))
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
}
