package org.openimr.guidelines.mtus;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;
import org.openimr.model.Evidence;
import org.openimr.model.EvidenceCode;
import org.openimr.model.Modality;

/**
 * The evidence codes of functional improvement as 8 CCR § 9792.20 defines it, shared by the MTUS
 * evaluators that ask for it ({@link FunctionalImprovementDefinition}): which element the record
 * documents or lacks, and why statements of improvement did not count. Ids are {@code
 * mtus.functional-improvement.evidence.} followed by the code in lower case with hyphens. A {@code
 * section} fact is the section defining functional improvement (e.g. {@code "8 CCR § 9792.20(f)"});
 * {@code count} is a number of statements in the record.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public enum ImprovementEvidence implements EvidenceCode {
  /** Both elements are documented, measured at an evaluation. */
  DOCUMENTED("section") {
    @Override
    public String render(Evidence e) {
      return "The record documents functional improvement as "
          + e.string("section")
          + " defines it: an improvement in activities of daily living or work restrictions"
          + " and a reduced dependency on continued medical treatment, each measured at an"
          + " evaluation.";
    }
  },
  /** Activities of daily living or work restrictions improved; the dependency not reduced. */
  ACTIVITY_ONLY("section") {
    @Override
    public String render(Evidence e) {
      return "The record documents "
          + ACTIVITY
          + " measured at an evaluation, but not "
          + DEPENDENCY
          + ", which "
          + e.string("section")
          + " also requires.";
    }
  },
  /** The dependency on treatment reduced; activities or work restrictions not improved. */
  DEPENDENCY_ONLY("section") {
    @Override
    public String render(Evidence e) {
      return "The record documents "
          + DEPENDENCY
          + " measured at an evaluation, but not "
          + ACTIVITY
          + ", which "
          + e.string("section")
          + " also requires.";
    }
  },
  /** Neither element is documented. */
  NEITHER("section") {
    @Override
    public String render(Evidence e) {
      return "The record documents neither "
          + ACTIVITY
          + " nor "
          + DEPENDENCY
          + " measured at an evaluation, so no functional improvement as "
          + e.string("section")
          + " defines it.";
    }
  },
  /** A global improvement is reported, which is no element of functional improvement. */
  GLOBAL_REPORT() {
    @Override
    public String render(Evidence e) {
      return "The record reports a global improvement, which is not itself an element of"
          + " functional improvement.";
    }
  },
  /** {@code count} statements are self-reported, not measured. */
  SELF_REPORTED("count") {
    @Override
    public String render(Evidence e) {
      return statements(e) + " self-reported, not measured in the history and physical exam.";
    }
  },
  /** {@code count} statements are not dated to an evaluation visit. */
  UNDATED("count") {
    @Override
    public String render(Evidence e) {
      return statements(e) + " not dated to an evaluation visit.";
    }
  },
  /** {@code count} statements are dated before the surgery. */
  BEFORE_SURGERY("count") {
    @Override
    public String render(Evidence e) {
      return statements(e) + " dated before the surgery.";
    }
  },
  /**
   * Improvement attributed to other treatments ({@code modalities}, Modality names) does not count
   * for the {@code treatment} asked for.
   */
  ATTRIBUTED_ELSEWHERE("modalities", "treatment") {
    @Override
    public String render(Evidence e) {
      List<String> others = new ArrayList<>();
      for (String m : e.strings("modalities")) {
        others.add(Modality.valueOf(m).phrases().get(0));
      }
      return "Improvement the record attributes to "
          + AcupunctureCriteria.list(others, "and")
          + " does not count for "
          + e.string("treatment")
          + ".";
    }
  };

  private static final String ACTIVITY =
      "an improvement in activities of daily living or work restrictions";
  private static final String DEPENDENCY =
      "a reduction in the dependency on continued medical treatment";

  private final String id;
  private final ImmutableList<String> factNames;

  /** The evidence of this code made recently, shared by decisions with the same facts. */
  @SuppressWarnings("ImmutableEnumChecker") // a cache of immutable values
  private final EvidenceCache cache;

  ImprovementEvidence(String... factNames) {
    this.id =
        "mtus.functional-improvement.evidence." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    this.factNames = ImmutableList.copyOf(factNames);
    this.cache = new EvidenceCache(this, factNames.length);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public List<String> factNames() {
    return factNames;
  }

  /** The evidence of this code without facts, one shared instance. */
  Evidence with() {
    return cache.of();
  }

  /** The evidence of this code with one fact (shared with recent evidence of the same fact). */
  Evidence with(Object a) {
    return cache.of(a);
  }

  /** The evidence of this code with these facts, in the order of {@link #factNames()}. */
  Evidence with(Object a, Object b) {
    return cache.of(a, b);
  }

  private static String statements(Evidence e) {
    int n = e.integer("count");
    return n == 1 ? "1 statement of improvement is" : n + " statements of improvement are";
  }
}
