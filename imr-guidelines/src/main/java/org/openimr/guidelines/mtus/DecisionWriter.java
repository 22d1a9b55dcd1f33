package org.openimr.guidelines.mtus;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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
 * demand. The rationale is {@link Rationale#fromCriteria}: rendered when asked for, it names every
 * adverse criterion (NOT_MET or NOT_DOCUMENTED) with its section, followed by its evidence, then
 * concludes. A request is medically necessary exactly when no criterion is adverse. With a {@link
 * ResultCache} ({@link #sharing}), equal results and lists are shared with recent decisions of the
 * same edition. One writer serves one evaluation on one thread; it is not shared.
 */
final class DecisionWriter {
  private final String evaluatorId;
  private final String evaluatorVersion;
  private final DisputedItem item;
  private final GuidelineEdition edition;

  /** The criteria recorded so far: the first {@code count} of the array, grown when full. */
  private CriterionResult[] criteria = new CriterionResult[10];

  private int count;
  private Optional<ContentSource> content = Optional.empty();
  private @Nullable ResultCache results;

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

  /** The content pack the edition comes from, recorded on the decision. */
  DecisionWriter content(Optional<ContentSource> source) {
    this.content = source;
    return this;
  }

  /** The edition's recent results, which results with structured evidence are shared from. */
  DecisionWriter sharing(ResultCache cache) {
    this.results = cache;
    return this;
  }

  /** Records one checked criterion with one item of structured evidence. */
  DecisionWriter criterion(
      String id,
      String description,
      CriterionStatus status,
      GuidelineCitation citation,
      Evidence evidence) {
    ResultCache cache = results;
    add(
        cache != null
            ? cache.of(id, description, status, citation, evidence)
            : CriterionResult.ofEvidence(
                id, description, status, ImmutableList.of(evidence), citation));
    return this;
  }

  /** Records one checked criterion with structured evidence. */
  DecisionWriter criterion(
      String id,
      String description,
      CriterionStatus status,
      GuidelineCitation citation,
      Evidence... evidence) {
    ResultCache cache = results;
    if (cache != null) {
      add(
          evidence.length == 1
              ? cache.of(id, description, status, citation, evidence[0])
              : cache.of(id, description, status, citation, evidence));
      return this;
    }
    // Guava's immutable list: kept by the result as it is, a single item without an array.
    add(
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
    ResultCache cache = results;
    add(
        cache != null
            ? cache.of(id, description, status, citation, evidence)
            : CriterionResult.ofEvidence(id, description, status, evidence, citation));
    return this;
  }

  private void add(CriterionResult result) {
    if (count == criteria.length) {
      criteria = Arrays.copyOf(criteria, count * 2);
    }
    criteria[count++] = result;
  }

  /** The criteria recorded so far. */
  List<CriterionResult> criteria() {
    return List.of(Arrays.copyOf(criteria, count));
  }

  /** Whether a criterion recorded so far stands in the way of the request. */
  boolean hasAdverse() {
    for (int i = 0; i < count; i++) {
      if (criteria[i].status().isAdverse()) {
        return true;
      }
    }
    return false;
  }

  /** Necessary exactly when no recorded criterion is adverse. */
  Decision decide() {
    MedicalNecessity necessity =
        hasAdverse() ? MedicalNecessity.NOT_NECESSARY : MedicalNecessity.NECESSARY;
    GuidelineCitation[] cited = new GuidelineCitation[count];
    int n = citations(cited);
    return Decision.of(
        item.id(),
        necessity,
        evaluatorId,
        evaluatorVersion,
        list(criteria, count),
        Rationale.fromCriteria(item.requestedAs(), edition),
        list(cited, n),
        content);
  }

  /**
   * The first n items as an immutable list, shared with an equal recent one if there is a cache.
   */
  private <T> ImmutableList<T> list(T[] items, int n) {
    ResultCache cache = results;
    return cache != null
        ? cache.list(items, n)
        : ImmutableList.copyOf(Arrays.asList(items).subList(0, n));
  }

  /**
   * No decision: the guideline as encoded cannot decide this item (e.g. it defers to another
   * guideline). Keeps the criteria checked so far, so the reason is traceable.
   */
  Decision notEvaluable(String reason) {
    GuidelineCitation[] cited = new GuidelineCitation[count];
    int n = citations(cited);
    return Decision.builder()
        .itemId(item.id())
        .necessity(MedicalNecessity.NOT_EVALUABLE)
        .notEvaluableReason(reason)
        .evaluatorId(evaluatorId)
        .evaluatorVersion(evaluatorVersion)
        .criteria(Arrays.asList(criteria).subList(0, count))
        .rationaleSource(Rationale.text(reason))
        .citations(Arrays.asList(cited).subList(0, n))
        .content(content)
        .build();
  }

  /**
   * Writes the citations of the criteria that applied into {@code cited}, each section once, in
   * criterion order; of every criterion if none applied. Returns how many. A handful of criteria
   * share a few citations, mostly the same instances, so a scan beats hashing.
   */
  private int citations(GuidelineCitation[] cited) {
    int n = 0;
    for (int i = 0; i < count; i++) {
      if (criteria[i].status() != CriterionStatus.NOT_APPLICABLE) {
        n = addOnce(cited, n, criteria[i].citation());
      }
    }
    if (n == 0) {
      for (int i = 0; i < count; i++) {
        n = addOnce(cited, n, criteria[i].citation());
      }
    }
    return n;
  }

  private static int addOnce(GuidelineCitation[] cited, int n, GuidelineCitation citation) {
    for (int i = 0; i < n; i++) {
      // One entry per section of an edition, whatever the title; the first title is kept.
      if (cited[i] == citation || cited[i].sameSection(citation)) {
        return n;
      }
    }
    cited[n] = citation;
    return n + 1;
  }
}
