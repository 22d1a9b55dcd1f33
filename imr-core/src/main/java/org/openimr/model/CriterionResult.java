package org.openimr.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One guideline criterion checked against a case: a stable id (e.g. {@code
 * "mtus.acupuncture.frequency"}), what it checks, its status, the evidence it used and the section
 * it comes from.
 */
@API(status = STABLE, since = "0.1")
@ResultStyle
@Value.Immutable
@JsonSerialize(as = ImmutableCriterionResult.class)
@JsonIgnoreProperties(value = "evidence", allowGetters = true)
@JsonPropertyOrder({"id", "description", "status", "evidence", "evidenceItems", "citation"})
public abstract class CriterionResult {
  CriterionResult() {}

  /** Stable across versions: tools may key on it. */
  @Value.Parameter
  public abstract String id();

  /** What the criterion asks, in words a reader of the decision understands. */
  @Value.Parameter
  public abstract String description();

  /** Whether the case meets the criterion. */
  @Value.Parameter
  public abstract CriterionStatus status();

  /**
   * The facts of the case the criterion used, as data: structured {@link Evidence} with a code and
   * named facts, or free text. Written to JSON as {@code evidenceItems}, parallel to {@link
   * #evidence()}.
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  @Value.Parameter
  @JsonProperty("evidenceItems")
  public abstract List<Evidence> evidenceItems();

  /**
   * The facts of the case the criterion used, in words: the {@linkplain Evidence#text() text} of
   * each {@linkplain #evidenceItems() evidence item}, rendered on first call and cached.
   */
  @Value.Lazy
  @JsonProperty("evidence")
  public List<String> evidence() {
    List<Evidence> items = evidenceItems();
    String[] texts = new String[items.size()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = items.get(i).text();
    }
    return List.of(texts);
  }

  /**
   * This criterion's part of a rationale, rendered on first call and cached, so a result shared by
   * many decisions is written once: when it stands in the way, "Under the guideline (edition),
   * section: description. evidence. "; when met, its evidence sentences; otherwise empty.
   */
  @Value.Lazy
  String rationaleFragment() {
    return Rationale.fragment(this);
  }

  /** The guideline, statute or regulation section the criterion comes from. */
  @Value.Parameter
  public abstract GuidelineCitation citation();

  /**
   * A criterion result from its parts; the same as the builder with every attribute set, without
   * the builder (evaluators make several per decision).
   */
  public static CriterionResult of(
      String id,
      String description,
      CriterionStatus status,
      List<String> evidence,
      GuidelineCitation citation) {
    Objects.requireNonNull(evidence, "evidence");
    List<Evidence> items = new ArrayList<>(evidence.size());
    for (String sentence : evidence) {
      items.add(Evidence.text(sentence));
    }
    return ImmutableCriterionResult.make(id, description, status, items, citation);
  }

  /**
   * A criterion result with structured (or free-text) evidence items; the same as the builder with
   * every attribute set.
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public static CriterionResult ofEvidence(
      String id,
      String description,
      CriterionStatus status,
      List<Evidence> evidence,
      GuidelineCitation citation) {
    return ImmutableCriterionResult.make(id, description, status, evidence, citation);
  }

  /** A builder for a criterion result. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CriterionResult}. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableCriterionResult.Builder {
    Builder() {}

    /** Adds one sentence of free-text evidence. */
    public Builder addEvidence(String sentence) {
      addEvidenceItems(Evidence.text(sentence));
      return this;
    }

    /** Adds sentences of free-text evidence. */
    public Builder addEvidence(String... sentences) {
      for (String sentence : sentences) {
        addEvidence(sentence);
      }
      return this;
    }

    /** Adds sentences of free-text evidence. */
    public Builder addAllEvidence(Iterable<String> sentences) {
      for (String sentence : sentences) {
        addEvidence(sentence);
      }
      return this;
    }

    /** Replaces the evidence with these sentences of free text. */
    public Builder evidence(Iterable<String> sentences) {
      List<Evidence> items = new ArrayList<>();
      for (String sentence : sentences) {
        items.add(Evidence.text(sentence));
      }
      evidenceItems(items);
      return this;
    }
  }
}
