package org.openimr.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link Decision}'s rationale is written: as data, from which the paragraph is rendered when
 * {@link Decision#rationale()} is first called.
 *
 * <p>Two kinds, by {@link #code()}: {@value #TEXT}, a paragraph as an evaluator wrote it; and
 * {@value #CRITERIA}, the paragraph written from the decision's criteria: for a request that is not
 * medically necessary, each adverse criterion with its edition, section, description and evidence,
 * then the sections whose requirements the record does not document, then the conclusion; for a
 * necessary one, the sections met, their evidence, then the conclusion. Either kind may {@linkplain
 * #namesPassedOver() name the guidelines passed over} after the paragraph, as the reviewer does
 * when a lower tier decided. The paragraph depends only on the decision's data, so it is the same
 * every time it is rendered, and rendering it keeps no reference to the case.
 */
@API(status = EXPERIMENTAL, since = "0.2")
@JsonPropertyOrder({"code", "requestedAs", "edition", "namesPassedOver"})
public final class Rationale {
  /** The code of a rationale given as text. */
  public static final String TEXT = "text";

  /** The code of a rationale written from the decision's criteria. */
  public static final String CRITERIA = "criteria";

  private final String code;
  private final @Nullable String text;
  private final @Nullable String requestedAs;
  private final @Nullable GuidelineEdition edition;
  private final boolean namesPassedOver;

  private Rationale(
      String code,
      @Nullable String text,
      @Nullable String requestedAs,
      @Nullable GuidelineEdition edition,
      boolean namesPassedOver) {
    this.code = code;
    this.text = text;
    this.requestedAs = requestedAs;
    this.edition = edition;
    this.namesPassedOver = namesPassedOver;
  }

  /** A rationale given as a paragraph. */
  public static Rationale text(String paragraph) {
    Objects.requireNonNull(paragraph, "paragraph");
    return new Rationale(TEXT, paragraph, null, null, false);
  }

  /**
   * The rationale written from the decision's criteria.
   *
   * @param requestedAs how the request is named in the conclusion ({@link
   *     DisputedItem#requestedAs()})
   * @param edition the edition that decided, named when every criterion is met
   */
  public static Rationale fromCriteria(String requestedAs, GuidelineEdition edition) {
    Objects.requireNonNull(requestedAs, "requestedAs");
    Objects.requireNonNull(edition, "edition");
    return new Rationale(CRITERIA, null, requestedAs, edition, false);
  }

  /**
   * This rationale followed, when {@code names} is true, by a sentence for each of the decision's
   * {@linkplain Decision#passedOver() guidelines passed over}; without them when false.
   */
  public Rationale namingPassedOver(boolean names) {
    return namesPassedOver == names ? this : new Rationale(code, text, requestedAs, edition, names);
  }

  /** {@value #TEXT} or {@value #CRITERIA}. */
  @JsonProperty("code")
  public String code() {
    return code;
  }

  /** The paragraph of a {@value #TEXT} rationale; empty for the other kind. */
  @JsonProperty("text")
  public Optional<String> givenText() {
    return Optional.ofNullable(text);
  }

  /** How the request is named in a {@value #CRITERIA} rationale's conclusion. */
  @JsonProperty("requestedAs")
  public Optional<String> requestedAs() {
    return Optional.ofNullable(requestedAs);
  }

  /** The deciding edition a {@value #CRITERIA} rationale names when every criterion is met. */
  @JsonProperty("edition")
  public Optional<GuidelineEdition> edition() {
    return Optional.ofNullable(edition);
  }

  /** Whether the guidelines passed over are named after the paragraph. */
  @JsonProperty("namesPassedOver")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean namesPassedOver() {
    return namesPassedOver;
  }

  /** The paragraph for this decision. */
  String render(Decision d) {
    String paragraph =
        text != null
            ? text
            : fromCriteria(d, Objects.requireNonNull(requestedAs), Objects.requireNonNull(edition));
    if (!namesPassedOver || d.passedOver().isEmpty()) {
      return paragraph;
    }
    StringBuilder out = new StringBuilder(paragraph);
    for (PassedOver p : d.passedOver()) {
      out.append(" The ")
          .append(p.tier())
          .append(" guideline of ")
          .append(p.evaluatorId())
          .append(" addresses this item but was passed over, so a lower tier decided it: ")
          .append(p.reason());
    }
    return out.toString();
  }

  private static String fromCriteria(Decision d, String requestedAs, GuidelineEdition edition) {
    // The paragraph is the criteria's fragments, each rendered once per (shared) result, joined:
    // one allocation of the paragraph's exact length.
    List<CriterionResult> criteria = d.criteria();
    List<String> parts = new ArrayList<>(criteria.size() + 8);
    if (d.necessity() != MedicalNecessity.NECESSARY) {
      List<String> undocumented = new ArrayList<>(2);
      for (int i = 0; i < criteria.size(); i++) {
        CriterionResult c = criteria.get(i);
        if (c.status().isAdverse()) {
          parts.add(c.rationaleFragment());
          if (c.status() == CriterionStatus.NOT_DOCUMENTED
              && !undocumented.contains(c.citation().section())) {
            undocumented.add(c.citation().section());
          }
        }
      }
      // Once, after the criteria, naming the sections: said after each one it read as a refrain.
      if (!undocumented.isEmpty()) {
        StringBuilder text = new StringBuilder(64);
        text.append("The record does not document what ");
        for (int i = 0; i < undocumented.size(); i++) {
          if (i > 0) {
            text.append(i == undocumented.size() - 1 ? " and " : ", ");
          }
          text.append(undocumented.get(i));
        }
        text.append(undocumented.size() == 1 ? " requires. " : " require. ");
        parts.add(text.toString());
      }
      parts.add("Therefore, the request for ");
      parts.add(requestedAs);
      parts.add(" is not medically necessary.");
    } else {
      StringBuilder text = new StringBuilder(128);
      text.append("The request meets every criterion of ");
      guideline(text, edition);
      text.append(" checked: ");
      Set<String> met = new LinkedHashSet<>();
      for (int i = 0; i < criteria.size(); i++) {
        CriterionResult c = criteria.get(i);
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
      parts.add(text.toString());
      for (int i = 0; i < criteria.size(); i++) {
        CriterionResult c = criteria.get(i);
        if (c.status() == CriterionStatus.MET) {
          parts.add(c.rationaleFragment());
        }
      }
      parts.add("Therefore, the request for ");
      parts.add(requestedAs);
      parts.add(" is medically necessary.");
    }
    return String.join("", parts);
  }

  /** See {@link CriterionResult#rationaleFragment()}. */
  static String fragment(CriterionResult c) {
    StringBuilder text = new StringBuilder(256);
    if (c.status().isAdverse()) {
      text.append("Under ");
      guideline(text, c.citation().edition());
      text.append(", ").append(c.citation().section()).append(": ");
      sentence(text, c.description());
    } else if (c.status() != CriterionStatus.MET) {
      return "";
    }
    for (String e : c.evidence()) {
      sentence(text, e);
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
   * space alone if it is blank.
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

  /** Equal on the data (see the class comment), not on how the text is rendered. */
  @Override
  public boolean equals(@Nullable Object o) {
    return this == o
        || (o instanceof Rationale r
            && code.equals(r.code)
            && Objects.equals(text, r.text)
            && Objects.equals(requestedAs, r.requestedAs)
            && Objects.equals(edition, r.edition)
            && namesPassedOver == r.namesPassedOver);
  }

  /** Consistent with {@link #equals}. */
  @Override
  public int hashCode() {
    return Objects.hash(code, text, requestedAs, edition, namesPassedOver);
  }

  /** The kind, without the text or the request's name. */
  @Override
  public String toString() {
    return "Rationale{" + code + (namesPassedOver ? ", namesPassedOver" : "") + "}";
  }
}
