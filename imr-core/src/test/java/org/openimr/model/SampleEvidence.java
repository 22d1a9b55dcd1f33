package org.openimr.model;

import java.util.List;

/**
 * Evidence codes for tests of the model and its JSON: one of each fact type, rendered as an
 * evaluator would.
 */
@SuppressWarnings("ImmutableEnumChecker") // List.of is immutable
public enum SampleEvidence implements EvidenceCode {
  /** {@code requested} sessions a week, more than {@code allowed}. */
  OVER("requested", "allowed") {
    @Override
    public String render(Evidence e) {
      return "The request is for "
          + e.integer("requested")
          + " a week, more than "
          + e.integer("allowed")
          + ".";
    }
  },
  /** The {@code findings} documented, and whether {@code measured}, on {@code date}. */
  FINDINGS("findings", "measured", "date") {
    @Override
    public String render(Evidence e) {
      return "The record documents "
          + String.join(" and ", e.strings("findings"))
          + (e.bool("measured") ? ", measured" : "")
          + " on "
          + e.string("date")
          + ".";
    }
  },
  /** No facts. */
  FIRST_TRIAL() {
    @Override
    public String render(Evidence e) {
      return "This is a first trial.";
    }
  };

  private final List<String> names;

  SampleEvidence(String... names) {
    this.names = List.of(names);
  }

  @Override
  public String id() {
    return "sample.evidence." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  @Override
  public List<String> factNames() {
    return names;
  }
}
