package org.openimr.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One item of a criterion's evidence: what the record shows, as data with a {@linkplain #code()
 * code}, and as a sentence {@linkplain #text() written from that data} when it is first asked for.
 *
 * <p>Two kinds: <b>structured</b> evidence ({@link #of}) carries a namespaced code and named facts
 * (what was requested, what the guideline allows, what the record shows: counts, dates as ISO text,
 * the missing element), so a tool reads "12 requested, 10 allowed" without parsing English;
 * <b>free-text</b> evidence ({@link #text(String)}), code {@value #TEXT}, is a sentence as an
 * evaluator wrote it, the kind third-party evaluators keep.
 *
 * <p>A fact is an {@link Integer}, a {@link Boolean}, a {@link String} or a list of strings; these
 * read back from JSON as they were written. Equality is on the data: the code and the facts for
 * structured evidence (not on how the text is rendered), the sentence for free text. The text of
 * structured evidence is rendered once, by its {@link EvidenceCode}, and cached; evidence {@link
 * #recorded read back from JSON} keeps the text the JSON carries. Evidence holds no reference to
 * the case it was drawn from.
 */
@API(status = EXPERIMENTAL, since = "0.2")
@JsonPropertyOrder({"code", "facts"})
public final class Evidence {
  /** The code of free-text evidence. */
  public static final String TEXT = "text";

  private static final Object[] NO_VALUES = {};

  private final String code;
  private final List<String> names;
  private final Object[] values;
  private final @Nullable EvidenceCode renderer;
  private volatile @Nullable String text;

  /** The hash code, computed on first use; 0 until then (a benign race, as in String). */
  private int hash;

  private Evidence(
      String code,
      List<String> names,
      Object[] values,
      @Nullable EvidenceCode renderer,
      @Nullable String text) {
    this.code = code;
    this.names = names;
    this.values = values;
    this.renderer = renderer;
    this.text = text;
  }

  /**
   * Structured evidence of a code, with one value per {@linkplain EvidenceCode#factNames() fact
   * name}, in that order; its text is rendered by the code when first asked for.
   *
   * @throws IllegalArgumentException if the number of values is not the number of fact names, or a
   *     value is not an Integer, Boolean, String or list of strings
   */
  public static Evidence of(EvidenceCode code, Object... values) {
    return make(code, values.length == 0 ? NO_VALUES : values.clone());
  }

  /**
   * Structured evidence of a code that takes no facts; see {@link #of(EvidenceCode, Object...)}.
   */
  public static Evidence of(EvidenceCode code) {
    return make(code, NO_VALUES);
  }

  /**
   * Structured evidence of a code that takes one fact; see {@link #of(EvidenceCode, Object...)}.
   */
  public static Evidence of(EvidenceCode code, Object a) {
    return make(code, new Object[] {a});
  }

  /**
   * Structured evidence of a code that takes two facts; see {@link #of(EvidenceCode, Object...)}.
   */
  public static Evidence of(EvidenceCode code, Object a, Object b) {
    return make(code, new Object[] {a, b});
  }

  /**
   * Structured evidence of a code that takes three facts; see {@link #of(EvidenceCode, Object...)}.
   */
  public static Evidence of(EvidenceCode code, Object a, Object b, Object c) {
    return make(code, new Object[] {a, b, c});
  }

  /**
   * Structured evidence of a code that takes four facts; see {@link #of(EvidenceCode, Object...)}.
   */
  public static Evidence of(EvidenceCode code, Object a, Object b, Object c, Object d) {
    return make(code, new Object[] {a, b, c, d});
  }

  /** Checks the values, an array of this evidence's own, and makes the evidence. */
  private static Evidence make(EvidenceCode code, Object[] values) {
    Objects.requireNonNull(code, "code");
    List<String> names = code.factNames();
    if (values.length != names.size()) {
      throw new IllegalArgumentException(
          "evidence code " + code.id() + " takes " + names.size() + " facts");
    }
    for (int i = 0; i < values.length; i++) {
      values[i] = checked(values[i]);
    }
    return new Evidence(code.id(), names, values, code, null);
  }

  /** Free-text evidence: the sentence as given, code {@value #TEXT}, no facts. */
  public static Evidence text(String sentence) {
    Objects.requireNonNull(sentence, "sentence");
    return new Evidence(TEXT, List.of(), NO_VALUES, null, sentence);
  }

  /**
   * Evidence as a document recorded it (JSON read back): the code, the facts in their order and the
   * text rendered when it was written, kept as it is. Equal to the evidence it was written from.
   *
   * @throws IllegalArgumentException if the code is {@value #TEXT} and facts are given, or a fact
   *     value is not an Integer, Boolean, String or list of strings
   */
  public static Evidence recorded(String code, Map<String, ?> facts, String text) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(text, "text");
    if (code.equals(TEXT)) {
      if (!facts.isEmpty()) {
        throw new IllegalArgumentException("free-text evidence carries no facts");
      }
      return text(text);
    }
    List<String> names = new ArrayList<>(facts.size());
    Object[] values = new Object[facts.size()];
    int i = 0;
    for (Map.Entry<String, ?> fact : facts.entrySet()) {
      names.add(Objects.requireNonNull(fact.getKey(), "fact name"));
      values[i++] = checked(fact.getValue());
    }
    return new Evidence(code, List.copyOf(names), values, null, text);
  }

  private static Object checked(@Nullable Object value) {
    if (value instanceof Integer || value instanceof Boolean || value instanceof String) {
      return value;
    }
    if (value instanceof List<?> list) {
      for (Object element : list) {
        if (!(element instanceof String)) {
          throw new IllegalArgumentException("a list fact holds strings only");
        }
      }
      return List.copyOf(list);
    }
    throw new IllegalArgumentException(
        "a fact is an Integer, Boolean, String or list of strings, not "
            + (value == null ? "null" : value.getClass().getSimpleName()));
  }

  /** The code: a namespaced id such as {@code "mtus.acupuncture.evidence.frequency"}, or "text". */
  @JsonProperty("code")
  public String code() {
    return code;
  }

  /** Whether this is free-text evidence, with no facts. */
  @JsonIgnore
  public boolean isText() {
    return code.equals(TEXT);
  }

  /** The facts by name, in the code's order; empty for free text. Written to JSON when present. */
  @JsonProperty("facts")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public Map<String, Object> facts() {
    if (values.length == 0) {
      return Map.of();
    }
    Map<String, Object> facts = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      facts.put(names.get(i), values[i]);
    }
    return Collections.unmodifiableMap(facts);
  }

  /** The names of the facts, in order; empty for free text. */
  @JsonIgnore
  public List<String> factNames() {
    return names;
  }

  /**
   * The value of the fact at a position of {@link #factNames()}: an Integer, Boolean, String or
   * list of strings. Reads the facts without building a map.
   *
   * @throws IndexOutOfBoundsException if there is no fact at that position
   */
  public Object fact(int index) {
    return values[index];
  }

  /**
   * A fact that is a whole number.
   *
   * @throws IllegalArgumentException if there is no such fact or it is not an Integer
   */
  public int integer(String name) {
    return (Integer) value(name, Integer.class);
  }

  /**
   * A fact that is a string.
   *
   * @throws IllegalArgumentException if there is no such fact or it is not a String
   */
  public String string(String name) {
    return (String) value(name, String.class);
  }

  /**
   * A fact that is true or false.
   *
   * @throws IllegalArgumentException if there is no such fact or it is not a Boolean
   */
  public boolean bool(String name) {
    return (Boolean) value(name, Boolean.class);
  }

  /**
   * A fact that is a list of strings.
   *
   * @throws IllegalArgumentException if there is no such fact or it is not a list
   */
  @SuppressWarnings("unchecked")
  public List<String> strings(String name) {
    return (List<String>) value(name, List.class);
  }

  private Object value(String name, Class<?> type) {
    for (int i = 0; i < values.length; i++) {
      if (names.get(i).equals(name)) {
        if (!type.isInstance(values[i])) {
          throw new IllegalArgumentException(
              "fact " + name + " of " + code + " is not a " + type.getSimpleName());
        }
        return values[i];
      }
    }
    throw new IllegalArgumentException("evidence " + code + " has no fact " + name);
  }

  /**
   * The sentence: for structured evidence rendered by its code from the facts on first call and
   * cached (the same text for the same evidence, whichever thread asks), for free text as given.
   */
  @JsonIgnore
  public String text() {
    String t = text;
    if (t == null) {
      // Only structured evidence built by of(...) starts without text, and it has a renderer.
      t = Objects.requireNonNull(renderer, "renderer").render(this);
      text = t;
    }
    return t;
  }

  /** Equal on the data (see the class comment), not on how the text is rendered. */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Evidence e)) {
      return false;
    }
    if (!code.equals(e.code)) {
      return false;
    }
    if (isText()) {
      return text().equals(e.text());
    }
    return names.equals(e.names) && Arrays.equals(values, e.values);
  }

  /** Consistent with {@link #equals}. */
  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h =
          isText()
              ? 31 * code.hashCode() + text().hashCode()
              : (31 * code.hashCode() + names.hashCode()) * 31 + Arrays.hashCode(values);
      hash = h;
    }
    return h;
  }

  /** The code and facts, or the text of free-text evidence. */
  @Override
  public String toString() {
    return isText() ? "Evidence{text=" + text() + "}" : "Evidence{" + code + facts() + "}";
  }
}
