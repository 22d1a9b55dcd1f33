package org.openimr.guidelines.mtus;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;
import org.openimr.model.BodyRegion;
import org.openimr.model.ClinicalFinding;
import org.openimr.model.Evidence;
import org.openimr.model.EvidenceCode;

/**
 * The evidence codes of the MTUS acupuncture evaluator ({@link MtusAcupunctureEvaluator}): what the
 * record shows for each criterion, as facts, each code with the sentence it renders. Ids are {@code
 * mtus.acupuncture.evidence.} followed by the code in lower case with hyphens (e.g. {@code
 * mtus.acupuncture.evidence.frequency-over}).
 *
 * <p>Facts are counts, enum names and guideline text, never the record's free text. A {@code
 * region} fact is a {@link BodyRegion} name, or {@value #UNSTATED} when the request names no
 * region; {@code priorSessions} and {@code coursesWithoutCount} describe the prior acupuncture for
 * the condition (completed sessions the record states, and courses whose count it does not state).
 */
@API(status = EXPERIMENTAL, since = "0.2")
public enum AcupunctureEvidence implements EvidenceCode {
  /** The request's region, or an injured region when it names none: {@code region}. */
  REQUEST_REGION("region") {
    @Override
    public String render(Evidence e) {
      return "The request is for " + region(e) + ".";
    }
  },
  /** The request names no region; an injured region ({@code region}) is left elsewhere. */
  INJURED_REGION_DEFERRED("region") {
    @Override
    public String render(Evidence e) {
      return "The request names no body region, and the injured regions include " + region(e) + ".";
    }
  },
  /** The request names no region, and no injured region is left to another guideline. */
  NO_REGION_NONE_DEFERRED() {
    @Override
    public String render(Evidence e) {
      return "The request names no body region, and no injured region is left to another"
          + " guideline.";
    }
  },
  /** Pain medication is reduced or not tolerated: {@code status}, a PainMedicationStatus name. */
  PAIN_MEDICATION("status") {
    @Override
    public String render(Evidence e) {
      return "Pain medication is documented as "
          + e.string("status").toLowerCase(Locale.ROOT).replace('_', ' ')
          + ".";
    }
  },
  /** The patient is in active physical rehabilitation. */
  ACTIVE_REHABILITATION() {
    @Override
    public String render(Evidence e) {
      return "The patient is in active physical rehabilitation.";
    }
  },
  /** The patient had surgery on the request's region ({@code region}), or for the injury. */
  SURGERY("region") {
    @Override
    public String render(Evidence e) {
      return e.string("region").equals(UNSTATED)
          ? "The patient had surgery for the injury."
          : "The patient had surgery on " + region(e) + ".";
    }
  },
  /** Pain medication is unchanged, and neither rehabilitation nor surgery is documented. */
  NO_INDICATION() {
    @Override
    public String render(Evidence e) {
      return "Pain medication is documented as unchanged, and neither physical rehabilitation nor"
          + " surgery is documented.";
    }
  },
  /** The record documents none of the indications. */
  INDICATION_UNDOCUMENTED() {
    @Override
    public String render(Evidence e) {
      return "The record documents neither reduced or poorly tolerated pain medication nor physical"
          + " rehabilitation or surgery that acupuncture would accompany.";
    }
  },
  /**
   * An extension: the indications are not checked; whether to extend is decided under {@code rule}
   * (a section, or the edition's lack of one).
   */
  EXTENSION_DECIDED_UNDER("priorSessions", "coursesWithoutCount", "region", "rule") {
    @Override
    public String render(Evidence e) {
      return priorAcupuncture(e)
          + "; whether to extend it is decided under "
          + e.string("rule")
          + ".";
    }
  },
  /** The request is for acupuncture without electrical stimulation. */
  NOT_ELECTROACUPUNCTURE() {
    @Override
    public String render(Evidence e) {
      return "The request is for acupuncture without electrical stimulation.";
    }
  },
  /** The request is for electroacupuncture, and the record documents none of its indications. */
  ELECTROACUPUNCTURE_FINDINGS_NONE() {
    @Override
    public String render(Evidence e) {
      return "The request is for electroacupuncture, and the record documents none of these.";
    }
  },
  /** The record documents these indications for electroacupuncture: {@code findings}. */
  ELECTROACUPUNCTURE_FINDINGS("findings") {
    @Override
    public String render(Evidence e) {
      List<String> phrases = new ArrayList<>();
      for (String f : e.strings("findings")) {
        phrases.add(findingPhrase(ClinicalFinding.valueOf(f)));
      }
      return "The record documents " + AcupunctureCriteria.list(phrases, "and") + ".";
    }
  },
  /** An extension, not a first trial: prior acupuncture for the condition. */
  NOT_A_FIRST_TRIAL("priorSessions", "coursesWithoutCount", "region") {
    @Override
    public String render(Evidence e) {
      return priorAcupuncture(e) + "; the request is to extend treatment, not a first trial.";
    }
  },
  /** A first trial of {@code requested} sessions, within the {@code allowed} treatments. */
  FIRST_TRIAL_WITHIN("region", "requested", "allowed") {
    @Override
    public String render(Evidence e) {
      return firstTrial(e) + ", within " + e.integer("allowed") + ".";
    }
  },
  /** A first trial of {@code requested} sessions, more than the {@code allowed} treatments. */
  FIRST_TRIAL_OVER("region", "requested", "allowed") {
    @Override
    public String render(Evidence e) {
      return firstTrial(e) + ", more than " + e.integer("allowed") + ".";
    }
  },
  /** A stated frequency, {@code min} to {@code max} a week, within {@code allowed} a week. */
  FREQUENCY_WITHIN("min", "max", "allowed") {
    @Override
    public String render(Evidence e) {
      return frequency(e) + ".";
    }
  },
  /** A stated frequency, {@code min} to {@code max} a week, more than {@code allowed} a week. */
  FREQUENCY_OVER("min", "max", "allowed") {
    @Override
    public String render(Evidence e) {
      return frequency(e) + ", more than " + e.integer("allowed") + ".";
    }
  },
  /** Neither frequency nor weeks: no schedule; sessions go at the guideline's {@code frequency}. */
  NO_SCHEDULE("frequency") {
    @Override
    public String render(Evidence e) {
      return "The request states neither a frequency nor weeks, so it fixes no schedule; its"
          + " sessions are to be given "
          + e.string("frequency")
          + ".";
    }
  },
  /** {@code sessions} over {@code weeks} fit {@code perWeek} a week, within {@code allowed}. */
  DERIVED_FREQUENCY_WITHIN("sessions", "weeks", "perWeek", "allowed") {
    @Override
    public String render(Evidence e) {
      return derivedFrequency(e) + " can be given at " + e.integer("perWeek") + " a week or fewer.";
    }
  },
  /** {@code sessions} over {@code weeks} need {@code perWeek} a week, more than {@code allowed}. */
  DERIVED_FREQUENCY_OVER("sessions", "weeks", "perWeek", "allowed") {
    @Override
    public String render(Evidence e) {
      return derivedFrequency(e)
          + " need at least "
          + e.integer("perWeek")
          + " a week, more than "
          + e.integer("allowed")
          + ".";
    }
  },
  /** The request runs {@code weeks}, within the {@code allowed} weeks. */
  DURATION_WITHIN("weeks", "allowed") {
    @Override
    public String render(Evidence e) {
      return "The request runs " + AcupunctureCriteria.weeks(e.integer("weeks")) + ".";
    }
  },
  /** The request runs {@code weeks}, longer than the {@code allowed} weeks. */
  DURATION_OVER("weeks", "allowed") {
    @Override
    public String render(Evidence e) {
      return "The request runs "
          + AcupunctureCriteria.weeks(e.integer("weeks"))
          + ", longer than "
          + AcupunctureCriteria.weeks(e.integer("allowed"))
          + ".";
    }
  },
  /** No weeks: at {@code perWeek}, {@code sessions} take {@code weeks}, within {@code allowed}. */
  DERIVED_DURATION_WITHIN("perWeek", "sessions", "weeks", "allowed") {
    @Override
    public String render(Evidence e) {
      return derivedDuration(e) + ".";
    }
  },
  /** No weeks: at {@code perWeek}, {@code sessions} take {@code weeks}, over {@code allowed}. */
  DERIVED_DURATION_OVER("perWeek", "sessions", "weeks", "allowed") {
    @Override
    public String render(Evidence e) {
      return derivedDuration(e)
          + ", longer than "
          + AcupunctureCriteria.weeks(e.integer("allowed"))
          + ".";
    }
  },
  /** No prior acupuncture for the condition ({@code region}) is documented. */
  NO_PRIOR_ACUPUNCTURE("region") {
    @Override
    public String render(Evidence e) {
      return "No prior acupuncture for " + region(e) + " is documented.";
    }
  },
  /** The record states {@code priorSessions} completed for the condition. */
  PRIOR_SESSIONS_STATED("priorSessions", "region") {
    @Override
    public String render(Evidence e) {
      return "The record states "
          + AcupunctureCriteria.sessions(e.integer("priorSessions"))
          + " of acupuncture completed for "
          + region(e)
          + ".";
    }
  },
  /** {@code coursesWithoutCount} of the {@code courses} prior courses have no completed count. */
  PRIOR_SESSIONS_NOT_STATED("coursesWithoutCount", "courses", "region") {
    @Override
    public String render(Evidence e) {
      return e.integer("courses") == 1
          ? "The record does not state how many acupuncture sessions were completed for "
              + region(e)
              + "."
          : "The record does not state how many sessions were completed in "
              + e.integer("coursesWithoutCount")
              + " of the "
              + e.integer("courses")
              + " prior acupuncture courses for "
              + region(e)
              + ".";
    }
  },
  /** A first trial, so no extension: no prior acupuncture for the condition. */
  FIRST_TRIAL("region") {
    @Override
    public String render(Evidence e) {
      return "No prior acupuncture for " + region(e) + " is documented; this is a first trial.";
    }
  },
  /** The prior acupuncture for the condition. */
  PRIOR_ACUPUNCTURE("priorSessions", "coursesWithoutCount", "region") {
    @Override
    public String render(Evidence e) {
      return priorAcupuncture(e) + ".";
    }
  },
  /** Functional improvement following the acupuncture is documented at an evaluation. */
  IMPROVEMENT_FOLLOWS() {
    @Override
    public String render(Evidence e) {
      return "Functional improvement following the acupuncture is documented at an evaluation.";
    }
  },
  /** Functional improvement following the acupuncture is not documented; see {@code section}. */
  IMPROVEMENT_NOT_FOLLOWING("section") {
    @Override
    public String render(Evidence e) {
      return "Functional improvement following the acupuncture is not documented; see "
          + e.string("section")
          + ".";
    }
  },
  /** A first trial: functional improvement is needed only to extend acupuncture. */
  IMPROVEMENT_NOT_NEEDED() {
    @Override
    public String render(Evidence e) {
      return "Functional improvement is needed only to extend acupuncture; this is a first trial.";
    }
  };

  /** The {@code region} fact of a request that names no region. */
  public static final String UNSTATED = "UNSTATED";

  private final String id;
  private final ImmutableList<String> factNames;

  /** The evidence of this code made recently, shared by decisions with the same facts. */
  @SuppressWarnings("ImmutableEnumChecker") // a cache of immutable values
  private final EvidenceCache cache;

  AcupunctureEvidence(String... factNames) {
    this.id =
        MtusAcupunctureEvaluator.ID
            + ".evidence."
            + name().toLowerCase(Locale.ROOT).replace('_', '-');
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

  /**
   * The evidence of this code without facts: one shared instance per code, as such evidence is the
   * same in every decision (its text rendered once).
   */
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

  /** The evidence of this code with these facts, in the order of {@link #factNames()}. */
  Evidence with(Object a, Object b, Object c) {
    return cache.of(a, b, c);
  }

  /** The evidence of this code with these facts, in the order of {@link #factNames()}. */
  Evidence with(Object a, Object b, Object c, Object d) {
    return cache.of(a, b, c, d);
  }

  /** {@code "the low back"}, {@code "a region not listed"} or {@code "this condition"}. */
  private static String region(Evidence e) {
    String region = e.string("region");
    return region.equals(UNSTATED)
        ? "this condition"
        : AcupunctureRecord.phrase(BodyRegion.valueOf(region));
  }

  /** {@code "The patient has had 6 acupuncture sessions for the low back"}, no full stop. */
  private static String priorAcupuncture(Evidence e) {
    int sessions = e.integer("priorSessions");
    String counted = sessions == 1 ? " acupuncture session" : " acupuncture sessions";
    if (e.integer("coursesWithoutCount") == 0) {
      return "The patient has had " + sessions + counted + " for " + region(e);
    }
    if (sessions > 0) {
      return "The patient has had at least " + sessions + counted + " for " + region(e);
    }
    return "The patient has had acupuncture for " + region(e);
  }

  private static String firstTrial(Evidence e) {
    return "No prior acupuncture for "
        + region(e)
        + " is documented; the request is for "
        + AcupunctureCriteria.sessions(e.integer("requested"));
  }

  private static String frequency(Evidence e) {
    int min = e.integer("min");
    int max = e.integer("max");
    return "The request is for " + (min == max ? min : min + "-" + max) + " sessions a week";
  }

  private static String derivedFrequency(Evidence e) {
    return "The request's "
        + AcupunctureCriteria.sessions(e.integer("sessions"))
        + " over "
        + AcupunctureCriteria.weeks(e.integer("weeks"));
  }

  private static String derivedDuration(Evidence e) {
    return "The request states no weeks; at up to "
        + e.integer("perWeek")
        + " a week its "
        + AcupunctureCriteria.sessions(e.integer("sessions"))
        + " take at least "
        + AcupunctureCriteria.weeks(e.integer("weeks"));
  }

  /** The electroacupuncture findings as the guideline names them. */
  static String findingPhrase(ClinicalFinding f) {
    return switch (f) {
      case CHRONIC_PAIN -> "chronic pain";
      case RADIATING_PAIN -> "pain radiating along a nerve";
      case MUSCLE_SPASM -> "muscle spasm";
      case INFLAMMATION -> "inflammation";
      case SCAR_TISSUE_PAIN -> "scar tissue pain";
      case PAIN_IN_MULTIPLE_SITES -> "pain in multiple sites";
      default -> f.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }
}
