package org.openimr.guidelines.mtus;

import static org.openimr.model.CriterionStatus.MET;
import static org.openimr.model.CriterionStatus.NOT_APPLICABLE;
import static org.openimr.model.CriterionStatus.NOT_DOCUMENTED;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openimr.model.ClinicalFinding;
import org.openimr.model.CriterionStatus;
import org.openimr.model.Evidence;

/**
 * Continued physical medicine (8 CCR § 9792.24.2 with § 9792.20): further visits need documented
 * functional improvement whatever the diagnosis, and the home exercise program therapy fades into.
 */
final class ContinuedTherapyCriteria {
  private ContinuedTherapyCriteria() {}

  /**
   * Visits beyond a first course need functional improvement. The requirement does not depend on
   * the diagnosis group: a patient who has had physical medicine for the region needs documented
   * improvement for more, unless the group's visits show that the request still completes a first
   * course (no postsurgical course before it, every prior visit counted, and the visits that are
   * not postsurgical, with the request, within the group's). Without the group's numbers a request
   * cannot be shown to complete a first course, so the requirement decides it even there.
   */
  static final class FunctionalImprovement {
    static final String ID = "mtus.chronic-pain.functional-improvement";
    private final PhysicalMedicineCriterion criterion;
    private final String definition;

    /** The visits compared, and whether improvement is asked for. */
    static final class Facts {
      final VisitTally prior;
      final VisitTally allowance;
      final int postsurgicalCourses;
      final Optional<Integer> groupMax;
      final int requested;
      final boolean withinFirstCourse;

      Facts(
          VisitTally prior,
          VisitTally allowance,
          int postsurgicalCourses,
          Optional<Integer> groupMax,
          int requested) {
        this.prior = prior;
        this.allowance = allowance;
        this.postsurgicalCourses = postsurgicalCourses;
        this.groupMax = groupMax;
        this.requested = requested;
        this.withinFirstCourse =
            groupMax.isPresent()
                && postsurgicalCourses == 0
                && allowance.documented()
                && allowance.with(requested) <= groupMax.get();
      }

      boolean improvementNeeded() {
        return prior.courses > 0 && !withinFirstCourse;
      }
    }

    FunctionalImprovement(GuidelineProvision furtherVisits, String definition) {
      this.definition = definition;
      criterion =
          PhysicalMedicineCriterion.of(
              ID,
              furtherVisits.citation(),
              "Visits beyond a first course need functional improvement documented as "
                  + definition
                  + " defines it, whatever the diagnosis; otherwise the patient is expected to"
                  + " continue with a home exercise program");
    }

    static Facts facts(PhysicalMedicineRecord r, Optional<ChronicPainDiagnosisGroup> group) {
      VisitTally prior =
          VisitTally.of(
              r.courses,
              c -> ModalityScope.PHYSICAL_MEDICINE.contains(c.modality) && c.concerns(r.region));
      VisitTally allowance =
          VisitTally.of(
              r.courses,
              c ->
                  ModalityScope.PHYSICAL_MEDICINE.contains(c.modality)
                      && c.concerns(r.region)
                      && c.kind != PhysicalMedicineRecord.Kind.POSTSURGICAL);
      return new Facts(
          prior,
          allowance,
          prior.courses - allowance.courses,
          group.map(ChronicPainDiagnosisGroup::visitsMax),
          r.requested);
    }

    /** Records the criterion; returns its status. */
    CriterionStatus check(
        PhysicalMedicineRecord r, Optional<ChronicPainDiagnosisGroup> group, DecisionWriter w) {
      Facts f = facts(r, group);
      if (f.prior.courses == 0) {
        criterion.record(
            w,
            NOT_APPLICABLE,
            PhysicalMedicineEvidence.CONTINUED_FIRST_COURSE.with(
                PhysicalMedicineEvidence.region(r.region)));
        return NOT_APPLICABLE;
      }
      Evidence prior = f.prior.evidence("physical medicine");
      if (!f.improvementNeeded()) {
        criterion.record(
            w,
            NOT_APPLICABLE,
            prior,
            PhysicalMedicineEvidence.CONTINUED_COMPLETES_FIRST_COURSE.with(
                f.requested, f.allowance.visitsWith(f.requested), f.groupMax.orElse(0)));
        return NOT_APPLICABLE;
      }
      List<Evidence> evidence = new ArrayList<>(6);
      evidence.add(prior);
      if (f.postsurgicalCourses > 0) {
        evidence.add(
            PhysicalMedicineEvidence.CONTINUED_AFTER_POSTSURGICAL.with(f.postsurgicalCourses));
      } else if (f.groupMax.isEmpty()) {
        evidence.add(PhysicalMedicineEvidence.CONTINUED_GROUP_NOT_ENCODED.with());
      } else if (!f.allowance.documented()) {
        evidence.add(PhysicalMedicineEvidence.CONTINUED_PRIOR_UNCOUNTED.with(f.groupMax.get()));
      } else {
        evidence.add(
            PhysicalMedicineEvidence.CONTINUED_BEYOND_FIRST_COURSE.with(
                f.requested, f.allowance.visitsWith(f.requested), f.groupMax.get()));
      }
      FunctionalImprovementDefinition.Assessment improvement =
          r.improvement(ModalityScope.PHYSICAL_MEDICINE, Optional.empty());
      evidence.addAll(improvement.evidence(definition, "physical medicine"));
      CriterionStatus status = improvement.documented() ? MET : NOT_DOCUMENTED;
      criterion.record(w, status, evidence);
      return status;
    }
  }

  /**
   * The home exercise program therapy fades into. Not a precondition of visits: recorded MET when
   * the record documents one and NOT_APPLICABLE otherwise, for information only.
   */
  static final class HomeExercise {
    static final String ID = "mtus.chronic-pain.home-exercise";
    private final PhysicalMedicineCriterion criterion;

    HomeExercise(PhysicalMedicineContent.Described homeExercise) {
      criterion = PhysicalMedicineCriterion.of(ID, homeExercise);
    }

    void check(PhysicalMedicineRecord r, DecisionWriter w) {
      if (r.has(ClinicalFinding.HOME_EXERCISE_PROGRAM)) {
        criterion.record(w, MET, PhysicalMedicineEvidence.CONTINUED_HOME_EXERCISE.with());
      } else {
        criterion.record(
            w, NOT_APPLICABLE, PhysicalMedicineEvidence.CONTINUED_NO_HOME_EXERCISE.with());
      }
    }
  }
}
