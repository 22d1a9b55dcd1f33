package org.openimr.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The decision on one disputed item: medically necessary or not (or why it could not be decided),
 * the IMR outcome relative to UR, every criterion checked, the rationale and the citations.
 *
 * <p>Invariants, checked when a decision is built (a {@link DecisionInvariantException} names the
 * one broken): the {@linkplain #notEvaluableReason() reason} is present exactly when the necessity
 * is NOT_EVALUABLE; a NECESSARY decision has no NOT_MET or NOT_DOCUMENTED criterion; {@linkplain
 * #advisoryDecisions() advisory decisions} are marked {@linkplain #advisory() advisory}, are for
 * the same item and carry no advisory decisions of their own. {@linkplain #citations() Citations}
 * name each section of an edition once: a citation of a section already cited is dropped when the
 * decision is built, the first title kept.
 */
@API(status = STABLE, since = "0.1")
@ValueStyle
@Value.Immutable
@JsonSerialize(as = ImmutableDecision.class)
@JsonPropertyOrder({
  "itemId",
  "necessity",
  "notEvaluableReason",
  "evaluatorId",
  "evaluatorVersion",
  "criteria",
  "rationale",
  "rationaleSource",
  "citations"
})
@JsonIgnoreProperties(
    value = {"outcome", "rationale"},
    allowGetters = true)
public abstract class Decision {
  Decision() {}

  /** The {@link DisputedItem#id()} this decision is for. */
  @Value.Parameter
  public abstract String itemId();

  /** Whether the item is medically necessary, or why that could not be decided. */
  @Value.Parameter
  public abstract MedicalNecessity necessity();

  /** Why no decision was made; present exactly when {@link #necessity()} is NOT_EVALUABLE. */
  @Value.Parameter
  public abstract Optional<String> notEvaluableReason();

  /** The id of the evaluator that decided, e.g. {@code "mtus.acupuncture"}. */
  @Value.Parameter
  public abstract String evaluatorId();

  /** The version of the evaluator that decided, e.g. {@code "0.1.0"}. */
  @Value.Parameter
  public abstract String evaluatorVersion();

  /** Every criterion checked, in the order the guideline states them. */
  @Value.Parameter
  public abstract List<CriterionResult> criteria();

  /**
   * How the {@linkplain #rationale() rationale} is written, as data: a paragraph given as text, or
   * the paragraph written from the criteria. Decisions are equal on this, not on the rendered text.
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  @JsonIgnore
  @Value.Parameter
  public abstract Rationale rationaleSource();

  /**
   * The reviewer's paragraph explaining the decision: rendered from the {@linkplain
   * #rationaleSource() rationale source} and the decision's data on first call, then cached; the
   * same text every time.
   */
  @Value.Lazy
  @JsonProperty("rationale")
  public String rationale() {
    return rationaleSource().render(this);
  }

  /**
   * The rationale source for JSON, written only when the rationale is not plain text (as {@code
   * rationaleSource}: its code, the request's name, the deciding edition and whether guidelines
   * passed over are named).
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  @JsonProperty("rationaleSource")
  public final Optional<Rationale> structuredRationale() {
    Rationale r = rationaleSource();
    return r.code().equals(Rationale.TEXT) && !r.namesPassedOver()
        ? Optional.empty()
        : Optional.of(r);
  }

  /**
   * The guideline sections the decision rests on, each section of an edition once, in first-cited
   * order.
   */
  @Value.Parameter
  public abstract List<GuidelineCitation> citations();

  /**
   * Whether this is the decision of an advisory evaluator (a payer's policy asked beside the
   * guideline that decides): reported, never the IMR outcome. False on the deciding decision.
   * Written to JSON only when true.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @Value.Parameter
  public boolean advisory() {
    return false;
  }

  /**
   * The decisions of the reviewer's advisory evaluators on this item, in registration order, each
   * {@linkplain #advisory() marked advisory}; they never change this decision's necessity, outcome
   * or criteria. Empty on advisory decisions themselves and when no advisory evaluator applies.
   * Written to JSON only when not empty.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Value.Parameter
  public abstract List<Decision> advisoryDecisions();

  /**
   * Which guideline content decided: the id, version and SHA-256 of the content pack the deciding
   * edition came from. Absent when the evaluator does not read content packs (or made no use of
   * one, as when the reviewer itself could not choose an evaluator). Written to JSON only when
   * present.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  @Value.Parameter
  public abstract Optional<ContentSource> content();

  /**
   * The guidelines of a higher evidence tier that address this item but were passed over because
   * none of their editions is in force on the request date, so that a lower-tier evaluator decided;
   * in the order they were asked. Set by the reviewer, which also says so in the {@linkplain
   * #rationale() rationale}. Written to JSON only when not empty.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Value.Parameter
  public abstract List<PassedOver> passedOver();

  /** UPHELD when not medically necessary, OVERTURNED when necessary, absent when not evaluable. */
  @JsonProperty("outcome")
  public final Optional<ImrOutcome> outcome() {
    return switch (necessity()) {
      case NECESSARY -> Optional.of(ImrOutcome.OVERTURNED);
      case NOT_NECESSARY -> Optional.of(ImrOutcome.UPHELD);
      case NOT_EVALUABLE -> Optional.empty();
    };
  }

  /** The criteria that stand in the way of the request: NOT_MET or NOT_DOCUMENTED. */
  public final Stream<CriterionResult> adverseCriteria() {
    return criteria().stream().filter(c -> c.status().isAdverse());
  }

  /** Checks the invariants and drops citations of a section already cited. */
  @Value.Check
  final Decision checkAndNormalize() {
    if ((necessity() == MedicalNecessity.NOT_EVALUABLE) != notEvaluableReason().isPresent()) {
      throw new DecisionInvariantException(
          "notEvaluableReason is present exactly when necessity is NOT_EVALUABLE");
    }
    if (necessity() == MedicalNecessity.NECESSARY) {
      // Plain loops here and below: every decision built passes this check.
      for (CriterionResult c : criteria()) {
        if (c.status().isAdverse()) {
          throw new DecisionInvariantException(
              "a NECESSARY decision has no NOT_MET or NOT_DOCUMENTED criterion");
        }
      }
    }
    for (Decision a : advisoryDecisions()) {
      if (!a.advisory() || !a.itemId().equals(itemId())) {
        throw new DecisionInvariantException(
            "advisory decisions are marked advisory and are for the decision's item");
      }
    }
    if (advisory() && !advisoryDecisions().isEmpty()) {
      throw new DecisionInvariantException(
          "an advisory decision carries no advisory decisions of its own");
    }
    if (!citesASectionTwice(citations())) {
      return this;
    }
    return builder().from(this).citations(distinctSections(citations())).build();
  }

  /** Whether two citations name the same section of an edition; allocates nothing. */
  private static boolean citesASectionTwice(List<GuidelineCitation> citations) {
    int n = citations.size();
    for (int i = 1; i < n; i++) {
      GuidelineCitation later = citations.get(i);
      for (int j = 0; j < i; j++) {
        if (citations.get(j).sameSection(later)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The citations without those of a section of an edition cited before; the first title kept. */
  private static List<GuidelineCitation> distinctSections(List<GuidelineCitation> citations) {
    if (citations.size() < 2) {
      return citations;
    }
    List<GuidelineCitation> distinct = new ArrayList<>(citations.size());
    for (GuidelineCitation citation : citations) {
      boolean seen = false;
      for (GuidelineCitation c : distinct) {
        seen |= c.sameSection(citation);
      }
      if (!seen) {
        distinct.add(citation);
      }
    }
    return distinct;
  }

  /** A decision that could not be made, with the reason and no criteria. */
  public static Decision notEvaluable(
      String itemId, String evaluatorId, String evaluatorVersion, String reason) {
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(evaluatorId, "evaluatorId");
    Objects.requireNonNull(evaluatorVersion, "evaluatorVersion");
    Objects.requireNonNull(reason, "reason");
    return builder()
        .itemId(itemId)
        .necessity(MedicalNecessity.NOT_EVALUABLE)
        .notEvaluableReason(reason)
        .evaluatorId(evaluatorId)
        .evaluatorVersion(evaluatorVersion)
        .rationaleSource(Rationale.text(reason))
        .build();
  }

  /**
   * A decision on an item with its criteria, as an evaluator makes one: the same as the builder
   * with these attributes set (not advisory, no advisory decisions, no guideline passed over),
   * without the builder's copies. Lists that are already immutable Guava lists are kept as they
   * are.
   *
   * @throws DecisionInvariantException if the decision breaks an invariant (e.g. NOT_EVALUABLE,
   *     which needs a reason: see {@link #notEvaluable})
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static Decision of(
      String itemId,
      MedicalNecessity necessity,
      String evaluatorId,
      String evaluatorVersion,
      List<CriterionResult> criteria,
      Rationale rationale,
      List<GuidelineCitation> citations,
      Optional<ContentSource> content) {
    return ImmutableDecision.of(
        itemId,
        necessity,
        Optional.empty(),
        evaluatorId,
        evaluatorVersion,
        criteria,
        rationale,
        citations,
        false,
        List.of(),
        content,
        List.of());
  }

  /** A builder for a decision; {@code build()} refuses a decision that breaks an invariant. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Decision}. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableDecision.Builder {
    Builder() {}

    /** Sets the rationale as a paragraph of text: {@code rationaleSource(Rationale.text(text))}. */
    public Builder rationale(String text) {
      rationaleSource(Rationale.text(text));
      return this;
    }
  }
}
