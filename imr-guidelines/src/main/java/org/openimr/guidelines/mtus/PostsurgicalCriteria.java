package org.openimr.guidelines.mtus;

import static org.openimr.model.CriterionStatus.MET;
import static org.openimr.model.CriterionStatus.NOT_APPLICABLE;
import static org.openimr.model.CriterionStatus.NOT_DOCUMENTED;
import static org.openimr.model.CriterionStatus.NOT_MET;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openimr.model.Evidence;
import org.openimr.model.GuidelineCitation;

/**
 * The criteria of the Postsurgical Treatment Guidelines (8 CCR § 9792.24.3), one class each with
 * its id as a constant. The visits already given since the surgery are the prior courses the record
 * classifies as postsurgical for the covering surgery ({@link PhysicalMedicineRecord}); a course
 * the record does not date is not among them.
 */
final class PostsurgicalCriteria {
  private PostsurgicalCriteria() {}

  /** The request date falls in the surgery's treatment period. */
  static final class TreatmentPeriod {
    static final String ID = "mtus.postsurgical.treatment-period";
    private final PhysicalMedicineCriterion criterion;

    TreatmentPeriod(GuidelineProvision treatmentPeriod, GuidelineFigure presumptive) {
      criterion =
          PhysicalMedicineCriterion.of(
              ID,
              treatmentPeriod.citation(),
              "Postsurgical physical medicine applies during the treatment period of the surgery,"
                  + " counted from the date of surgery; a surgery not in the table has a presumptive"
                  + " period of "
                  + presumptive.display());
    }

    void check(PostsurgicalCoverage coverage, PhysicalMedicineRecord r, DecisionWriter w) {
      criterion.record(
          w,
          MET,
          coverage.match.evidence(),
          coverage.periodEvidence(r.requestDate.orElse(coverage.surgery.date())));
    }
  }

  /**
   * The initial course (one half of the general course), the subsequent course within the general
   * course with documented functional improvement, and therapy beyond the general course to the end
   * of the period while further improvement is documented.
   */
  static final class Course {
    static final String INITIAL = "mtus.postsurgical.initial-course";
    static final String SUBSEQUENT = "mtus.postsurgical.subsequent-course";
    static final String GENERAL = "mtus.postsurgical.general-course";

    private final int initialPercent;
    private final String definition;
    private final PhysicalMedicineCriterion initial;
    private final PhysicalMedicineCriterion subsequent;
    private final PhysicalMedicineCriterion general;

    Course(
        GuidelineFigure initialCourse,
        GuidelineProvision subsequentCourse,
        PhysicalMedicineContent.Described generalCourse,
        String def) {
      this.initialPercent = initialCourse.max();
      this.definition = def;
      initial =
          PhysicalMedicineCriterion.of(
              INITIAL,
              initialCourse.citation(),
              "An initial course of therapy is "
                  + initialCourse.display()
                  + "; physical medicine visits completed since the surgery count toward it");
      subsequent =
          PhysicalMedicineCriterion.of(
              SUBSEQUENT,
              subsequentCourse.citation(),
              "After the initial course, a subsequent course of therapy within the general course"
                  + " may be prescribed only with functional improvement documented as "
                  + def
                  + " defines it");
      general = PhysicalMedicineCriterion.of(GENERAL, generalCourse);
    }

    void check(
        PostsurgicalCoverage coverage,
        PostsurgicalTableRow row,
        PhysicalMedicineRecord r,
        DecisionWriter w) {
      VisitTally prior =
          VisitTally.of(
              r.courses,
              c ->
                  c.kind == PhysicalMedicineRecord.Kind.POSTSURGICAL
                      && c.period.isPresent()
                      && c.period.get() == coverage);
      VisitTally undated =
          VisitTally.of(
              r.courses,
              c ->
                  c.kind == PhysicalMedicineRecord.Kind.UNDATED
                      && c.region.isPresent()
                      && coverage.concerns(c.region.get()));
      List<Evidence> priorText = new ArrayList<>(2);
      priorText.add(prior.evidence("postsurgical physical medicine"));
      if (undated.courses > 0) {
        priorText.add(PhysicalMedicineEvidence.POSTSURGICAL_UNDATED_COURSES.with(undated.courses));
      }
      GuidelineCitation cite = row.citation();
      int generalVisits = row.visitsMax();
      if (!prior.documented()) {
        List<Evidence> evidence = new ArrayList<>(priorText);
        evidence.add(PhysicalMedicineEvidence.POSTSURGICAL_STAGE_UNKNOWN.with());
        initial.record(w, NOT_DOCUMENTED, cite, evidence);
        subsequent.record(
            w, NOT_APPLICABLE, PhysicalMedicineEvidence.POSTSURGICAL_NOT_ASSESSED.with());
        general.record(
            w, NOT_APPLICABLE, cite, PhysicalMedicineEvidence.POSTSURGICAL_NOT_ASSESSED.with());
        return;
      }
      long total = prior.with(r.requested);
      int visits = prior.visitsWith(r.requested);
      Evidence totals = PhysicalMedicineEvidence.POSTSURGICAL_TOTAL.with(r.requested, visits);
      // Hundredths of a visit: the initial course is half of the general course, 4.5 of 9.
      long initialHundredths = (long) generalVisits * initialPercent;
      FunctionalImprovementDefinition.Assessment improvement =
          r.improvement(ModalityScope.PHYSICAL_MEDICINE, Optional.of(coverage.surgery.date()));
      List<Evidence> improvementText = improvement.evidence(definition, "physical medicine");
      if (prior.known * 100 < initialHundredths) {
        boolean within = total * 100 <= initialHundredths;
        List<Evidence> evidence = new ArrayList<>(priorText);
        evidence.add(totals);
        evidence.add(
            (within
                    ? PhysicalMedicineEvidence.POSTSURGICAL_INITIAL_WITHIN
                    : PhysicalMedicineEvidence.POSTSURGICAL_INITIAL_OVER)
                .with(visits, generalVisits, initialPercent));
        initial.record(w, within ? MET : NOT_MET, cite, evidence);
        subsequent.record(
            w, NOT_APPLICABLE, PhysicalMedicineEvidence.POSTSURGICAL_SUBSEQUENT_NOT_YET.with());
      } else {
        List<Evidence> evidence = new ArrayList<>(priorText);
        evidence.add(
            PhysicalMedicineEvidence.POSTSURGICAL_INITIAL_COMPLETE.with(
                prior.knownVisits(), generalVisits, initialPercent));
        initial.record(w, NOT_APPLICABLE, cite, evidence);
        subsequent.record(w, improvement.documented() ? MET : NOT_DOCUMENTED, improvementText);
      }
      Evidence generalText =
          PhysicalMedicineEvidence.POSTSURGICAL_GENERAL_COURSE.with(
              row.display(), row.generalCourse(), row.provenance().name());
      if (total <= generalVisits) {
        general.record(
            w,
            MET,
            cite,
            generalText,
            PhysicalMedicineEvidence.POSTSURGICAL_GENERAL_WITHIN.with(
                r.requested, visits, generalVisits));
        return;
      }
      List<Evidence> evidence = new ArrayList<>(6);
      evidence.add(generalText);
      evidence.add(
          PhysicalMedicineEvidence.POSTSURGICAL_GENERAL_BEYOND.with(
              r.requested, visits, generalVisits));
      evidence.addAll(improvementText);
      if (!improvement.documented()) {
        general.record(w, NOT_DOCUMENTED, cite, evidence);
        return;
      }
      if (r.weeks.isEmpty()) {
        evidence.add(PhysicalMedicineEvidence.POSTSURGICAL_NO_WEEKS_FOR_PERIOD.with());
        general.record(w, NOT_DOCUMENTED, cite, evidence);
        return;
      }
      long daysLeft = coverage.daysLeftFrom(r.requestDate.orElse(coverage.surgery.date()));
      boolean inPeriod = r.weeks.get() * 7L <= daysLeft;
      evidence.add(
          (inPeriod
                  ? PhysicalMedicineEvidence.POSTSURGICAL_ENDS_IN_PERIOD
                  : PhysicalMedicineEvidence.POSTSURGICAL_RUNS_PAST_PERIOD)
              .with(r.weeks.get(), VisitTally.saturated(daysLeft), coverage.periodMonths));
      general.record(w, inPeriod ? MET : NOT_MET, cite, evidence);
    }

    /** A count in hundredths, written plainly: 1200 is {@code "12"}, 450 is {@code "4.5"}. */
    static String hundredths(long value) {
      long whole = value / 100;
      long rest = value % 100;
      if (rest == 0) {
        return Long.toString(whole);
      }
      return rest % 10 == 0 ? whole + "." + rest / 10 : whole + "." + (rest < 10 ? "0" : "") + rest;
    }
  }

  /**
   * The request's weeks stay within the table row's weeks, the general course's duration. The
   * postsurgical guideline states no frequency, so none is checked; the treatment period stays the
   * outer limit (see {@link Course}). The project's reading of § 9792.24.3, recorded in
   * docs/guidelines.md.
   */
  static final class CourseWeeks {
    static final String ID = "mtus.postsurgical.course-weeks";
    private final PhysicalMedicineCriterion criterion;

    CourseWeeks(PhysicalMedicineContent.Described courseWeeks) {
      criterion = PhysicalMedicineCriterion.of(ID, courseWeeks);
    }

    void check(PostsurgicalTableRow row, PhysicalMedicineRecord r, DecisionWriter w) {
      int maxWeeks = row.weeksMax();
      if (r.weeks.isEmpty()) {
        criterion.record(
            w,
            NOT_APPLICABLE,
            row.citation(),
            PhysicalMedicineEvidence.POSTSURGICAL_WEEKS_NOT_STATED.with(maxWeeks));
        return;
      }
      int weeks = r.weeks.get();
      boolean within = weeks <= maxWeeks;
      criterion.record(
          w,
          within ? MET : NOT_MET,
          row.citation(),
          (within
                  ? PhysicalMedicineEvidence.POSTSURGICAL_WEEKS_WITHIN
                  : PhysicalMedicineEvidence.POSTSURGICAL_WEEKS_OVER)
              .with(weeks, maxWeeks, row.display()));
    }
  }
}
