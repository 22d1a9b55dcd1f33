package org.openimr.guidelines.mtus;

import static org.openimr.model.CriterionStatus.MET;
import static org.openimr.model.CriterionStatus.NOT_APPLICABLE;
import static org.openimr.model.CriterionStatus.NOT_DOCUMENTED;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openimr.model.ClinicalFinding;
import org.openimr.model.CriterionStatus;

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
      List<String> evidence = new ArrayList<>(6);
      if (f.prior.courses == 0) {
        evidence.add(
            "The record shows no prior physical medicine visits for "
                + r.regionPhrase()
                + "; the request is for a first course.");
        criterion.record(w, NOT_APPLICABLE, evidence);
        return NOT_APPLICABLE;
      }
      evidence.add(f.prior.describe("physical medicine"));
      if (!f.improvementNeeded()) {
        evidence.add(
            "With the "
                + f.requested
                + " requested they come to "
                + VisitTally.visits(f.allowance.with(f.requested))
                + ", no more than the "
                + f.groupMax.orElse(0)
                + " the guideline gives, so the request completes a first course.");
        criterion.record(w, NOT_APPLICABLE, evidence);
        return NOT_APPLICABLE;
      }
      if (f.postsurgicalCourses > 0) {
        evidence.add(
            VisitTally.count(f.postsurgicalCourses, "course was", "courses were")
                + " given within a surgery's postsurgical period; therapy after it is continued"
                + " therapy.");
      } else if (f.groupMax.isEmpty()) {
        evidence.add(
            "The guideline's visits for the diagnosis are not encoded, so the request cannot be"
                + " shown to complete a first course.");
      } else if (!f.allowance.documented()) {
        evidence.add(
            "Without every prior visit counted, the request cannot be shown to stay within the "
                + f.groupMax.get()
                + " visits the guideline gives.");
      } else {
        evidence.add(
            "With the "
                + f.requested
                + " requested the visits not postsurgical come to "
                + f.allowance.with(f.requested)
                + ", more than the "
                + f.groupMax.get()
                + " the guideline gives.");
      }
      FunctionalImprovementDefinition.Assessment improvement =
          r.improvement(ModalityScope.PHYSICAL_MEDICINE, Optional.empty());
      evidence.addAll(improvement.sentences(definition, "physical medicine"));
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
        criterion.record(w, MET, "The record documents a home exercise program.");
      } else {
        criterion.record(
            w,
            NOT_APPLICABLE,
            "The record does not document a home exercise program; that does not stand in the way"
                + " of the visits.");
      }
    }
  }
}
