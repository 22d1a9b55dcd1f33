package org.openimr.guidelines.mtus;

import static org.openimr.model.CriterionStatus.MET;
import static org.openimr.model.CriterionStatus.NOT_APPLICABLE;
import static org.openimr.model.CriterionStatus.NOT_DOCUMENTED;
import static org.openimr.model.CriterionStatus.NOT_MET;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openimr.model.BodyRegion;
import org.openimr.model.ClinicalFinding;
import org.openimr.model.Diagnosis;
import org.openimr.model.Evidence;
import org.openimr.model.Modality;

/**
 * Manual therapy and manipulation (8 CCR § 9792.24.2): not for the excluded conditions, never as
 * maintenance care, and for each region the edition gives numbers for (the 2009 edition: the low
 * back only) a trial, a longer course with objective functional improvement, then flare-up visits
 * after return to work. One class per criterion.
 */
final class ManipulationCriteria {
  private static final Set<Modality> MANIPULATION = EnumSet.of(Modality.CHIROPRACTIC_MANIPULATION);

  private ManipulationCriteria() {}

  /** Not recommended for ankle and foot, carpal tunnel syndrome, forearm/wrist/hand, knee. */
  static final class Region {
    static final String ID = "mtus.manipulation.region";
    private final PhysicalMedicineCriterion criterion;
    private final List<ChronicPainManipulationExclusion> exclusions;

    Region(GuidelineProvision indication, List<ChronicPainManipulationExclusion> ex) {
      this.exclusions = ex;
      StringBuilder excluded = new StringBuilder();
      for (ChronicPainManipulationExclusion e : ex) {
        excluded.append(excluded.length() == 0 ? "" : "; ").append(e.condition());
      }
      criterion =
          PhysicalMedicineCriterion.of(
              ID,
              indication.citation(),
              "Manual therapy and manipulation is not recommended for: " + excluded);
    }

    /** Records the criterion; returns whether the request concerns an excluded condition. */
    boolean check(PhysicalMedicineRecord r, DecisionWriter w) {
      @Nullable ChronicPainManipulationExclusion excluded = exclusionFor(r);
      if (excluded != null) {
        criterion.record(
            w,
            NOT_MET,
            excluded.citation(),
            r.region.isPresent()
                ? PhysicalMedicineEvidence.MANIPULATION_EXCLUDED_REGION.with(
                    r.region.get().name(), excluded.condition())
                : PhysicalMedicineEvidence.MANIPULATION_EXCLUDED_DIAGNOSIS.with(
                    excluded.condition()));
        return true;
      }
      if (r.region.isEmpty()) {
        criterion.record(w, NOT_DOCUMENTED, PhysicalMedicineEvidence.MANIPULATION_NO_REGION.with());
      } else {
        criterion.record(
            w,
            MET,
            PhysicalMedicineEvidence.MANIPULATION_REGION_NOT_EXCLUDED.with(r.region.get().name()));
      }
      return false;
    }

    private @Nullable ChronicPainManipulationExclusion exclusionFor(PhysicalMedicineRecord r) {
      for (ChronicPainManipulationExclusion exclusion : exclusions) {
        if (r.region.isPresent()) {
          if (exclusion.regions().contains(r.region.get())) {
            return exclusion;
          }
        } else {
          for (Diagnosis diagnosis : r.diagnoses) {
            if (exclusion.covers(diagnosis)) {
              return exclusion;
            }
          }
        }
      }
      return null;
    }
  }

  /** Elective or maintenance care is not medically necessary. */
  static final class Maintenance {
    static final String ID = "mtus.manipulation.maintenance";
    private final PhysicalMedicineCriterion criterion;

    Maintenance(PhysicalMedicineContent.Described maintenance) {
      criterion = PhysicalMedicineCriterion.of(ID, maintenance);
    }

    void check(PhysicalMedicineRecord r, DecisionWriter w) {
      boolean maintenance = r.has(ClinicalFinding.MAINTENANCE_CARE);
      criterion.record(
          w,
          maintenance ? NOT_MET : MET,
          maintenance
              ? PhysicalMedicineEvidence.MANIPULATION_MAINTENANCE.with()
              : PhysicalMedicineEvidence.MANIPULATION_NOT_MAINTENANCE.with());
    }
  }

  /**
   * The course for one region (the low back in 2009): the trial, then the course with objective
   * functional improvement, then flare-ups. The stage follows from the manipulation visits already
   * given for the region. Without the section defining functional improvement the course is decided
   * up to the stage that needs it.
   */
  static final class RegionCourse {
    static final String TRIAL = "mtus.manipulation.trial";
    static final String EXTENSION = "mtus.manipulation.extension";
    static final String FLARE_UP = "mtus.manipulation.flare-up";

    private final PhysicalMedicineContent.Manipulation content;
    private final Optional<String> definition;
    private final String adjective;
    private final PhysicalMedicineCriterion trial;
    private final PhysicalMedicineCriterion extension;
    private final PhysicalMedicineCriterion flareUp;

    RegionCourse(PhysicalMedicineContent.Manipulation content, Optional<String> definition) {
      this.content = content;
      this.definition = definition;
      String region = content.region().displayName();
      this.adjective = region.replace(' ', '-');
      trial =
          PhysicalMedicineCriterion.of(
              TRIAL,
              content.trialVisits().citation(),
              "For the "
                  + region
                  + ", manipulation starts with a therapeutic trial of "
                  + content.trialVisits().display()
                  + " over "
                  + content.trialWeeks().display());
      extension =
          PhysicalMedicineCriterion.of(
              EXTENSION,
              content.courseVisits().citation(),
              "With evidence of objective functional improvement, "
                  + adjective
                  + " manipulation may total up to "
                  + content.courseVisits().display()
                  + " over "
                  + content.courseWeeks().display());
      flareUp =
          PhysicalMedicineCriterion.of(
              FLARE_UP,
              content.flareUpVisits().citation(),
              "After the course, a flare-up is re-evaluated; if return to work was achieved, "
                  + content.flareUpVisits().display()
                  + " every "
                  + content.flareUpInterval().display());
    }

    /**
     * Records the stage's criteria; returns whether the stage needs the definition of functional
     * improvement the edition does not give (then nothing is recorded for it).
     */
    boolean check(PhysicalMedicineRecord r, DecisionWriter w) {
      Optional<BodyRegion> region = Optional.of(content.region());
      VisitTally prior =
          VisitTally.of(r.courses, c -> MANIPULATION.contains(c.modality) && c.concerns(region));
      String treatment = adjective + " manipulation";
      if (!prior.documented()) {
        trial.record(
            w,
            NOT_DOCUMENTED,
            prior.evidence(treatment),
            PhysicalMedicineEvidence.MANIPULATION_STAGE_UNKNOWN.with());
        return false;
      }
      long total = prior.with(r.requested);
      int visits = prior.visitsWith(r.requested);
      int trialMax = content.trialVisits().max();
      int courseMax = content.courseVisits().max();
      if (prior.known < trialMax) {
        int trialWeeks = content.trialWeeks().max();
        boolean visitsOk = total <= trialMax;
        boolean weeksOk = r.weeks.isEmpty() || r.weeks.get() <= trialWeeks;
        trial.record(
            w,
            visitsOk && weeksOk ? MET : NOT_MET,
            prior.evidence(treatment),
            r.weeks.isPresent()
                ? PhysicalMedicineEvidence.MANIPULATION_TRIAL_WITH_WEEKS.with(
                    r.requested, r.weeks.get(), visits, trialMax, trialWeeks)
                : PhysicalMedicineEvidence.MANIPULATION_TRIAL.with(r.requested, visits, trialMax));
        return false;
      }
      trial.record(
          w,
          NOT_APPLICABLE,
          prior.evidence(PhysicalMedicineEvidence.MANIPULATION_TRIAL_COMPLETE, treatment));
      if (prior.known < courseMax) {
        List<Evidence> evidence = new ArrayList<>(4);
        evidence.add(
            PhysicalMedicineEvidence.MANIPULATION_COURSE.with(
                r.requested, visits, courseMax, content.courseVisits().display()));
        if (definition.isEmpty()) {
          // Beyond the course whatever the improvement; within it, the outcome turns on it.
          if (total > courseMax) {
            extension.record(w, NOT_MET, evidence);
            return false;
          }
          return true;
        }
        FunctionalImprovementDefinition.Assessment improvement =
            r.improvement(MANIPULATION, Optional.empty());
        evidence.addAll(improvement.evidence(definition.get(), "manipulation"));
        extension.record(
            w,
            total > courseMax ? NOT_MET : improvement.documented() ? MET : NOT_DOCUMENTED,
            evidence);
        return false;
      }
      extension.record(
          w,
          NOT_APPLICABLE,
          PhysicalMedicineEvidence.MANIPULATION_COURSE_COMPLETE.with(
              content.courseVisits().display()));
      checkFlareUp(r, w);
      return false;
    }

    private void checkFlareUp(PhysicalMedicineRecord r, DecisionWriter w) {
      int flareMax = content.flareUpVisits().max();
      if (r.requested > flareMax) {
        flareUp.record(
            w,
            NOT_MET,
            PhysicalMedicineEvidence.MANIPULATION_FLARE_UP_OVER.with(
                r.requested, flareMax, content.flareUpVisits().display()));
        return;
      }
      if (!r.has(ClinicalFinding.RETURNED_TO_WORK)) {
        flareUp.record(
            w, NOT_DOCUMENTED, PhysicalMedicineEvidence.MANIPULATION_NO_RETURN_TO_WORK.with());
        return;
      }
      @Nullable LocalDate last = null;
      for (PhysicalMedicineRecord.Course course : r.courses) {
        if (MANIPULATION.contains(course.modality) && course.lastDate.isPresent()) {
          LocalDate date = course.lastDate.get();
          if (last == null || date.isAfter(last)) {
            last = date;
          }
        }
      }
      if (last == null || r.requestDate.isEmpty()) {
        flareUp.record(
            w, NOT_DOCUMENTED, PhysicalMedicineEvidence.MANIPULATION_LAST_UNDATED.with());
        return;
      }
      int months = content.flareUpInterval().min();
      // Dates are bounded (1900..2100) by case validation: adding months cannot overflow.
      boolean spaced = !last.plusMonths(months).isAfter(r.requestDate.get());
      flareUp.record(
          w,
          spaced ? MET : NOT_MET,
          (spaced
                  ? PhysicalMedicineEvidence.MANIPULATION_FLARE_UP_SPACED
                  : PhysicalMedicineEvidence.MANIPULATION_FLARE_UP_TOO_SOON)
              .with(months));
    }
  }
}
