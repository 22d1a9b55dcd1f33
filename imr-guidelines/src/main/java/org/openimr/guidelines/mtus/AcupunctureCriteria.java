package org.openimr.guidelines.mtus;

import static org.openimr.model.CriterionStatus.MET;
import static org.openimr.model.CriterionStatus.NOT_APPLICABLE;
import static org.openimr.model.CriterionStatus.NOT_DOCUMENTED;
import static org.openimr.model.CriterionStatus.NOT_MET;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.openimr.model.BodyRegion;
import org.openimr.model.ClinicalFinding;
import org.openimr.model.Evidence;
import org.openimr.model.FrequencyRange;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.PainMedicationStatus;

/**
 * The criteria of the MTUS Acupuncture Medical Treatment Guidelines, one class per provision, each
 * named after what it checks and carrying its citation.
 *
 * <p>Design notes: a criterion is built once per edition from that edition's content pack (the
 * section of its provision, the description the pack gives and, for the numeric ones, its {@link
 * GuidelineFigure}) and then, per request, only reads an {@link AcupunctureRecord} and records one
 * result. Its description says what the guideline provides; its evidence says what the record
 * shows, as {@link AcupunctureEvidence} (a code and facts, rendered to one sentence each when asked
 * for), built from enums and counts only, never from the record's free text, which may carry
 * patient identifiers. Only the upper bounds of the (c) figures are checked: fewer or shorter
 * treatment than the range never stands in the way of a request.
 */
final class AcupunctureCriteria {
  static final String PREFIX = "mtus.acupuncture.";
  static final String SCOPE = PREFIX + "scope";
  static final String INDICATION = PREFIX + "indication";
  static final String ELECTROACUPUNCTURE_INDICATION = PREFIX + "electroacupuncture-indication";
  static final String INITIAL_TRIAL = PREFIX + "initial-trial";
  static final String FREQUENCY = PREFIX + "frequency";
  static final String DURATION = PREFIX + "duration";
  static final String SESSIONS_DOCUMENTED = PREFIX + "sessions-documented";
  static final String EXTENSION = PREFIX + "extension";
  static final String FUNCTIONAL_IMPROVEMENT = PREFIX + "functional-improvement";

  /** Every criterion id, in the order a decision lists them. */
  static final List<String> IDS =
      List.of(
          SCOPE,
          INDICATION,
          ELECTROACUPUNCTURE_INDICATION,
          INITIAL_TRIAL,
          FREQUENCY,
          DURATION,
          SESSIONS_DOCUMENTED,
          EXTENSION,
          FUNCTIONAL_IMPROVEMENT);

  private AcupunctureCriteria() {}

  /** One criterion, resolved for an edition: checks the record and records its result. */
  interface Criterion {
    void check(AcupunctureRecord record, DecisionWriter writer);

    /** Whether the edition's content covers this request (it may lack a figure some need). */
    default boolean covers(AcupunctureRecord record) {
      return true;
    }
  }

  /**
   * § 9792.24.1(b) (2009): the guidelines govern acupuncture and electroacupuncture, except where
   * the edition leaves a body region (the shoulder) to ACOEM. A deferred request is not decided.
   */
  static final class Scope {
    private final GuidelineProvision provision;
    private final String description;
    private final Map<BodyRegion, String> deferralReasons = new EnumMap<>(BodyRegion.class);

    Scope(GuidelineProvision provision) {
      this.provision = provision;
      this.description =
          provision.deferredTo().isEmpty()
              ? "These guidelines govern acupuncture and electroacupuncture."
              : "These guidelines govern acupuncture and electroacupuncture, except for "
                  + regions(provision.deferredRegions())
                  + ", where "
                  + provision.deferredTo().get()
                  + " stays in force.";
      for (BodyRegion region : BodyRegion.values()) {
        deferralReasons.put(region, writeDeferralReason(region));
      }
    }

    /** Records the criterion; returns the region the request concerns that is left elsewhere. */
    Optional<BodyRegion> check(AcupunctureRecord record, DecisionWriter writer) {
      Set<BodyRegion> deferred = provision.deferredRegions();
      List<BodyRegion> concerned = record.regionsConcerned;
      for (int i = 0; i < concerned.size(); i++) {
        BodyRegion region = concerned.get(i);
        if (deferred.contains(region)) {
          writer.criterion(
              SCOPE,
              description,
              NOT_MET,
              provision.citation(),
              (record.region.isPresent()
                      ? AcupunctureEvidence.REQUEST_REGION
                      : AcupunctureEvidence.INJURED_REGION_DEFERRED)
                  .with(region.name()));
          return Optional.of(region);
        }
      }
      writer.criterion(
          SCOPE,
          description,
          MET,
          provision.citation(),
          record.region.isPresent()
              ? AcupunctureEvidence.REQUEST_REGION.with(record.regionFact)
              : AcupunctureEvidence.NO_REGION_NONE_DEFERRED.with());
      return Optional.empty();
    }

    /** Why a request for a deferred region is not decided, with the provision's provenance. */
    String deferralReason(BodyRegion region) {
      // The same sentence for every request of a region: written once, with the scope.
      return Objects.requireNonNull(deferralReasons.get(region));
    }

    private String writeDeferralReason(BodyRegion region) {
      GuidelineCitation c = provision.citation();
      StringBuilder reason =
          new StringBuilder()
              .append("Under the ")
              .append(c.edition().title())
              .append(" (")
              .append(c.edition().label())
              .append("), ")
              .append(c.section())
              .append(", acupuncture of ")
              .append(AcupunctureRecord.phrase(region))
              .append(" is governed by ")
              .append(provision.deferredTo().orElse("another guideline"))
              .append(", not by these guidelines, so this evaluator does not decide the request.")
              .append(" Provenance of this rule: ")
              .append(provision.provenance().meaning())
              .append('.');
      provision.note().ifPresent(n -> reason.append(' ').append(n));
      return reason.toString();
    }
  }

  /**
   * § 9792.24.1(a)(1): acupuncture is an option when pain medication is reduced or not tolerated,
   * or as an adjunct to physical rehabilitation or surgery. Checked for a first trial; an extension
   * is decided under (d) on the improvement the trial produced.
   */
  static final class Indication implements Criterion {
    private final String description;
    private final GuidelineCitation citation;
    private final String extensionRule;

    Indication(
        GuidelineProvision provision,
        PackEdition.CriterionText text,
        Optional<GuidelineProvision> extension) {
      this.description = text.description();
      this.citation = provision.citation();
      this.extensionRule =
          extension
              .map(e -> e.citation().section())
              .orElse("the rule for extensions, which this edition's content does not give");
    }

    @Override
    public void check(AcupunctureRecord r, DecisionWriter w) {
      if (r.isExtension()) {
        w.criterion(
            INDICATION,
            description,
            NOT_APPLICABLE,
            citation,
            AcupunctureEvidence.EXTENSION_DECIDED_UNDER.with(
                r.priorSessions, r.priorCoursesWithoutCount, r.regionFact, extensionRule));
        return;
      }
      boolean medication =
          r.painMedication == PainMedicationStatus.REDUCED
              || r.painMedication == PainMedicationStatus.NOT_TOLERATED;
      int shown = (medication ? 1 : 0) + (r.activeRehabilitation ? 1 : 0);
      shown += r.surgeryForTheRegion ? 1 : 0;
      if (shown > 0) {
        Evidence[] evidence = new Evidence[shown];
        int i = 0;
        if (medication) {
          evidence[i++] = AcupunctureEvidence.PAIN_MEDICATION.with(r.painMedication.name());
        }
        if (r.activeRehabilitation) {
          evidence[i++] = AcupunctureEvidence.ACTIVE_REHABILITATION.with();
        }
        if (r.surgeryForTheRegion) {
          evidence[i] = AcupunctureEvidence.SURGERY.with(r.regionFact);
        }
        w.criterion(INDICATION, description, MET, citation, evidence);
      } else if (r.painMedication == PainMedicationStatus.UNCHANGED) {
        w.criterion(
            INDICATION, description, NOT_MET, citation, AcupunctureEvidence.NO_INDICATION.with());
      } else {
        w.criterion(
            INDICATION,
            description,
            NOT_DOCUMENTED,
            citation,
            AcupunctureEvidence.INDICATION_UNDOCUMENTED.with());
      }
    }
  }

  /** § 9792.24.1(a)(2): the findings electroacupuncture is indicated for. */
  static final class ElectroacupunctureIndication implements Criterion {
    private final GuidelineCitation citation;
    private final Set<ClinicalFinding> indicatedFor;
    private final String description;

    ElectroacupunctureIndication(GuidelineProvision provision) {
      this.citation = provision.citation();
      this.indicatedFor = provision.indicatedFor();
      List<String> names = new ArrayList<>();
      for (ClinicalFinding f : indicatedFor) {
        names.add(AcupunctureEvidence.findingPhrase(f));
      }
      this.description = "Electroacupuncture is indicated for " + list(names, "or") + ".";
    }

    @Override
    public void check(AcupunctureRecord r, DecisionWriter w) {
      if (!r.isElectroacupuncture()) {
        w.criterion(
            ELECTROACUPUNCTURE_INDICATION,
            description,
            NOT_APPLICABLE,
            citation,
            AcupunctureEvidence.NOT_ELECTROACUPUNCTURE.with());
        return;
      }
      List<String> found = new ArrayList<>();
      for (ClinicalFinding f : indicatedFor) {
        if (r.findings.contains(f)) {
          found.add(f.name());
        }
      }
      if (found.isEmpty()) {
        w.criterion(
            ELECTROACUPUNCTURE_INDICATION,
            description,
            NOT_DOCUMENTED,
            citation,
            AcupunctureEvidence.ELECTROACUPUNCTURE_FINDINGS_NONE.with());
      } else {
        w.criterion(
            ELECTROACUPUNCTURE_INDICATION,
            description,
            MET,
            citation,
            AcupunctureEvidence.ELECTROACUPUNCTURE_FINDINGS.with(found));
      }
    }
  }

  /**
   * § 9792.24.1(c)(1): the time to produce functional improvement bounds a first trial. Only its
   * upper bound is checked: a trial shorter than the range is not a reason to deny it.
   */
  static final class InitialTrialLength implements Criterion {
    private final GuidelineCitation citation;
    private final int maxTreatments;
    private final String description;

    InitialTrialLength(GuidelineFigure timeToImprovement) {
      this.citation = timeToImprovement.citation();
      this.maxTreatments = timeToImprovement.max();
      this.description =
          "The time to produce functional improvement is "
              + timeToImprovement.display()
              + ", so a first trial of more than "
              + maxTreatments
              + " is not supported.";
    }

    @Override
    public void check(AcupunctureRecord r, DecisionWriter w) {
      if (r.isExtension()) {
        w.criterion(
            INITIAL_TRIAL,
            description,
            NOT_APPLICABLE,
            citation,
            AcupunctureEvidence.NOT_A_FIRST_TRIAL.with(
                r.priorSessions, r.priorCoursesWithoutCount, r.regionFact));
        return;
      }
      int total = r.totalSessions();
      if (total <= maxTreatments) {
        w.criterion(
            INITIAL_TRIAL,
            description,
            MET,
            citation,
            AcupunctureEvidence.FIRST_TRIAL_WITHIN.with(r.regionFact, total, maxTreatments));
      } else {
        w.criterion(
            INITIAL_TRIAL,
            description,
            NOT_MET,
            citation,
            AcupunctureEvidence.FIRST_TRIAL_OVER.with(r.regionFact, total, maxTreatments));
      }
    }
  }

  /**
   * § 9792.24.1(c)(2): sessions a week. A request that states a frequency is checked on its upper
   * bound; one that states weeks but no frequency on the fewest a week its total needs; one that
   * states neither fixes no schedule, so the rule does not apply to it (the sessions are then
   * scheduled within the rule): see docs/guidelines.md, "Requests without a frequency".
   */
  static final class Frequency implements Criterion {
    private final GuidelineCitation citation;
    private final int maxPerWeek;
    private final String description;
    private final String display;

    Frequency(GuidelineFigure frequency) {
      this.citation = frequency.citation();
      this.maxPerWeek = frequency.max();
      this.display = frequency.display();
      this.description = "Acupuncture is given " + display + ".";
    }

    int maxPerWeek() {
      return maxPerWeek;
    }

    @Override
    public void check(AcupunctureRecord r, DecisionWriter w) {
      Optional<FrequencyRange> frequency = r.frequency();
      if (frequency.isPresent()) {
        FrequencyRange f = frequency.get();
        if (f.max() <= maxPerWeek) {
          w.criterion(
              FREQUENCY,
              description,
              MET,
              citation,
              AcupunctureEvidence.FREQUENCY_WITHIN.with(f.min(), f.max(), maxPerWeek));
        } else {
          w.criterion(
              FREQUENCY,
              description,
              NOT_MET,
              citation,
              AcupunctureEvidence.FREQUENCY_OVER.with(f.min(), f.max(), maxPerWeek));
        }
        return;
      }
      Optional<Integer> weeks = r.weeks();
      if (weeks.isEmpty()) {
        w.criterion(
            FREQUENCY,
            description,
            NOT_APPLICABLE,
            citation,
            AcupunctureEvidence.NO_SCHEDULE.with(display));
        return;
      }
      int total = r.totalSessions();
      int perWeek = ceilDiv(total, weeks.get());
      if (perWeek <= maxPerWeek) {
        w.criterion(
            FREQUENCY,
            description,
            MET,
            citation,
            AcupunctureEvidence.DERIVED_FREQUENCY_WITHIN.with(
                total, weeks.get(), perWeek, maxPerWeek));
      } else {
        w.criterion(
            FREQUENCY,
            description,
            NOT_MET,
            citation,
            AcupunctureEvidence.DERIVED_FREQUENCY_OVER.with(
                total, weeks.get(), perWeek, maxPerWeek));
      }
    }
  }

  /**
   * § 9792.24.1(c)(3): the optimum duration, in months, read as whole weeks by {@link
   * #weeksWithin(int)}. Only the upper bound is checked: a shorter course is not a reason to deny.
   */
  static final class Duration implements Criterion {
    private final GuidelineCitation citation;
    private final int maxWeeks;

    /** The frequency figure's upper bound, to judge a request that states no schedule at all. */
    private final Optional<Integer> maxPerWeek;

    private final String description;

    Duration(GuidelineFigure optimumDuration, Optional<Frequency> frequency) {
      this.citation = optimumDuration.citation();
      this.maxWeeks = weeksWithin(optimumDuration.max());
      this.maxPerWeek = frequency.map(Frequency::maxPerWeek);
      this.description =
          "The optimum duration is "
              + optimumDuration.display()
              + ", that is up to "
              + weeks(maxWeeks)
              + ".";
    }

    /**
     * The whole weeks that fit in a number of months: the one place where "1-2 months" becomes
     * weeks. A month is a twelfth of the average year, 365.25 / 12 = 30.44 days, so 2 months is 8
     * weeks (60.9 days hold 8 whole weeks). The cut does not depend on the calendar: any two
     * consecutive months last 59 to 62 days, so 8 weeks (56 days) always fit and 9 weeks (63 days)
     * never do.
     */
    static int weeksWithin(int months) {
      // months * 365.25 / 12 / 7, in integer arithmetic: months * 36525 / 8400, rounded down.
      return months * 36525 / 8400;
    }

    /** Without a frequency figure, a request that states neither weeks nor a frequency is not. */
    @Override
    public boolean covers(AcupunctureRecord r) {
      return maxPerWeek.isPresent() || r.weeks().isPresent() || r.frequency().isPresent();
    }

    @Override
    public void check(AcupunctureRecord r, DecisionWriter w) {
      Optional<Integer> stated = r.weeks();
      if (stated.isPresent()) {
        int weeks = stated.get();
        if (weeks <= maxWeeks) {
          w.criterion(
              DURATION,
              description,
              MET,
              citation,
              AcupunctureEvidence.DURATION_WITHIN.with(weeks, maxWeeks));
        } else {
          w.criterion(
              DURATION,
              description,
              NOT_MET,
              citation,
              AcupunctureEvidence.DURATION_OVER.with(weeks, maxWeeks));
        }
        return;
      }
      // No weeks stated: judge the shortest schedule the request allows.
      int perWeek =
          r.frequency().map(FrequencyRange::max).orElseGet(() -> maxPerWeek.orElseThrow());
      int total = r.totalSessions();
      int weeks = ceilDiv(total, perWeek);
      if (weeks <= maxWeeks) {
        w.criterion(
            DURATION,
            description,
            MET,
            citation,
            AcupunctureEvidence.DERIVED_DURATION_WITHIN.with(perWeek, total, weeks, maxWeeks));
      } else {
        w.criterion(
            DURATION,
            description,
            NOT_MET,
            citation,
            AcupunctureEvidence.DERIVED_DURATION_OVER.with(perWeek, total, weeks, maxWeeks));
      }
    }
  }

  /**
   * § 9792.24.1(d), as reviewers apply it: an extension is judged against the acupuncture already
   * given, so a prior course whose completed sessions the record does not state counts against it.
   */
  static final class CompletedSessionsDocumented implements Criterion {
    private final String description;
    private final GuidelineCitation citation;

    CompletedSessionsDocumented(GuidelineProvision extension, PackEdition.CriterionText text) {
      this.description = text.description();
      this.citation = extension.citation();
    }

    @Override
    public void check(AcupunctureRecord r, DecisionWriter w) {
      if (!r.isExtension()) {
        w.criterion(
            SESSIONS_DOCUMENTED,
            description,
            NOT_APPLICABLE,
            citation,
            AcupunctureEvidence.NO_PRIOR_ACUPUNCTURE.with(r.regionFact));
      } else if (r.priorCoursesWithoutCount == 0) {
        w.criterion(
            SESSIONS_DOCUMENTED,
            description,
            MET,
            citation,
            AcupunctureEvidence.PRIOR_SESSIONS_STATED.with(r.priorSessions, r.regionFact));
      } else {
        w.criterion(
            SESSIONS_DOCUMENTED,
            description,
            NOT_DOCUMENTED,
            citation,
            AcupunctureEvidence.PRIOR_SESSIONS_NOT_STATED.with(
                r.priorCoursesWithoutCount, r.priorCourses, r.regionFact));
      }
    }
  }

  /**
   * § 9792.24.1(d): acupuncture may be extended only if functional improvement is documented; the
   * improvement must follow the acupuncture, so evidence the record attributes to another treatment
   * does not count (evidence attributed to no treatment does: {@link
   * FunctionalImprovementDefinition}).
   */
  static final class Extension implements Criterion {
    private final GuidelineCitation citation;
    private final String description;

    private final String functionalImprovementSection;

    Extension(GuidelineProvision extension, GuidelineCitation functionalImprovement) {
      this.citation = extension.citation();
      this.functionalImprovementSection = functionalImprovement.section();
      this.description =
          "Acupuncture treatments may be extended only if functional improvement is documented as"
              + " defined in "
              + functionalImprovement.section()
              + ".";
    }

    @Override
    public void check(AcupunctureRecord r, DecisionWriter w) {
      if (!r.isExtension()) {
        w.criterion(
            EXTENSION,
            description,
            NOT_APPLICABLE,
            citation,
            AcupunctureEvidence.FIRST_TRIAL.with(r.regionFact));
        return;
      }
      Evidence prior =
          AcupunctureEvidence.PRIOR_ACUPUNCTURE.with(
              r.priorSessions, r.priorCoursesWithoutCount, r.regionFact);
      if (r.improvement.documented()) {
        w.criterion(
            EXTENSION,
            description,
            MET,
            citation,
            prior,
            AcupunctureEvidence.IMPROVEMENT_FOLLOWS.with());
        return;
      }
      w.criterion(
          EXTENSION,
          description,
          NOT_DOCUMENTED,
          citation,
          prior,
          AcupunctureEvidence.IMPROVEMENT_NOT_FOLLOWING.with(functionalImprovementSection));
    }
  }

  /**
   * § 9792.20 (f) in 2009, (e) in 2007: functional improvement is an improvement in activities of
   * daily living or a reduction in work restrictions, and a reduced dependency on continued medical
   * treatment, each measured in the history and physical exam and documented at an evaluation.
   */
  static final class FunctionalImprovement implements Criterion {
    private final String description;
    private final GuidelineCitation citation;

    FunctionalImprovement(GuidelineCitation citation, PackEdition.CriterionText text) {
      this.description = text.description();
      this.citation = citation;
    }

    @Override
    public void check(AcupunctureRecord r, DecisionWriter w) {
      if (!r.isExtension()) {
        w.criterion(
            FUNCTIONAL_IMPROVEMENT,
            description,
            NOT_APPLICABLE,
            citation,
            AcupunctureEvidence.IMPROVEMENT_NOT_NEEDED.with());
        return;
      }
      w.criterionWith(
          FUNCTIONAL_IMPROVEMENT,
          description,
          r.improvement.documented() ? MET : NOT_DOCUMENTED,
          citation,
          r.improvement.evidence(citation.section(), "acupuncture"));
    }
  }

  static String sessions(int n) {
    return n + (n == 1 ? " session" : " sessions");
  }

  static String weeks(int n) {
    return n + (n == 1 ? " week" : " weeks");
  }

  /**
   * {@code a / b} rounded up; a divisor below 1 (an invalid case) counts as 1. Never overflows,
   * whatever the values: no intermediate sum is formed.
   */
  static int ceilDiv(int a, int b) {
    int d = Math.max(1, b);
    return Math.floorDiv(a, d) + (Math.floorMod(a, d) == 0 ? 0 : 1);
  }

  /** {@code "a"}, {@code "a and b"}, {@code "a, b and c"}. */
  static String list(List<String> items, String conjunction) {
    int n = items.size();
    if (n == 0) {
      return "";
    }
    StringBuilder out = new StringBuilder(items.get(0));
    for (int i = 1; i < n; i++) {
      out.append(i == n - 1 ? " " + conjunction + " " : ", ").append(items.get(i));
    }
    return out.toString();
  }

  private static String regions(Set<BodyRegion> regions) {
    List<String> names = new ArrayList<>();
    for (BodyRegion r : regions) {
      names.add(AcupunctureRecord.phrase(r));
    }
    return list(names, "and");
  }
}
