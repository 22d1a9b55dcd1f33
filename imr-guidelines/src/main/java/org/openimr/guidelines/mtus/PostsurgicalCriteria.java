package org.openimr.guidelines.mtus;

import static org.openimr.model.CriterionStatus.MET;
import static org.openimr.model.CriterionStatus.NOT_APPLICABLE;
import static org.openimr.model.CriterionStatus.NOT_DOCUMENTED;
import static org.openimr.model.CriterionStatus.NOT_MET;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
          coverage.match.explanation(),
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
      List<String> priorText = new ArrayList<>(2);
      priorText.add(prior.describe("postsurgical physical medicine"));
      if (undated.courses > 0) {
        priorText.add(
            "The record does not date "
                + VisitTally.count(
                    undated.courses,
                    "more physical medicine course",
                    "more physical medicine courses")
                + " for the region, so "
                + (undated.courses == 1 ? "it is" : "they are")
                + " not shown to follow the surgery and "
                + (undated.courses == 1 ? "is" : "are")
                + " not counted here.");
      }
      GuidelineCitation cite = row.citation();
      int generalVisits = row.visitsMax();
      if (!prior.documented()) {
        List<String> evidence = new ArrayList<>(priorText);
        evidence.add(
            "Without the number of visits already completed, the course the request falls in"
                + " cannot be told.");
        initial.record(w, NOT_DOCUMENTED, cite, evidence);
        subsequent.record(
            w,
            NOT_APPLICABLE,
            "Not assessed: the visits completed since the surgery are not documented.");
        general.record(
            w,
            NOT_APPLICABLE,
            cite,
            List.of("Not assessed: the visits completed since the surgery are not documented."));
        return;
      }
      long total = prior.with(r.requested);
      String totals =
          "With the "
              + r.requested
              + " requested, the course comes to "
              + VisitTally.visits(total)
              + ".";
      // Hundredths of a visit: the initial course is half of the general course, 4.5 of 9.
      long initialHundredths = (long) generalVisits * initialPercent;
      String initialText = "The initial course is " + hundredths(initialHundredths) + " visits.";
      FunctionalImprovementDefinition.Assessment improvement =
          r.improvement(ModalityScope.PHYSICAL_MEDICINE, Optional.of(coverage.surgery.date()));
      List<String> improvementText = improvement.sentences(definition, "physical medicine");
      if (prior.known * 100 < initialHundredths) {
        boolean within = total * 100 <= initialHundredths;
        List<String> evidence = new ArrayList<>(priorText);
        evidence.add(totals);
        evidence.add(
            initialText
                + (within
                    ? " The request stays within it."
                    : " The request runs past it before a subsequent course can be considered."));
        initial.record(w, within ? MET : NOT_MET, cite, evidence);
        subsequent.record(
            w,
            NOT_APPLICABLE,
            "The initial course is not complete yet, so no subsequent course is requested.");
      } else {
        List<String> evidence = new ArrayList<>(priorText);
        evidence.add(initialText + " The visits already completed make up the initial course.");
        initial.record(w, NOT_APPLICABLE, cite, evidence);
        subsequent.record(w, improvement.documented() ? MET : NOT_DOCUMENTED, improvementText);
      }
      String generalText =
          "The general course of therapy for "
              + row.display()
              + " is "
              + row.generalCourse()
              + " ("
              + row.provenance().meaning()
              + ").";
      if (total <= generalVisits) {
        general.record(
            w, MET, cite, List.of(generalText, totals + " It stays within the general course."));
        return;
      }
      List<String> evidence = new ArrayList<>(6);
      evidence.add(generalText);
      evidence.add(
          totals
              + " It goes beyond the general course of "
              + VisitTally.visits(generalVisits)
              + ".");
      evidence.addAll(improvementText);
      if (!improvement.documented()) {
        general.record(w, NOT_DOCUMENTED, cite, evidence);
        return;
      }
      if (r.weeks.isEmpty()) {
        evidence.add(
            "The request states no number of weeks, so it cannot be shown to end within the"
                + " postsurgical treatment period.");
        general.record(w, NOT_DOCUMENTED, cite, evidence);
        return;
      }
      long daysLeft = coverage.daysLeftFrom(r.requestDate.orElse(coverage.surgery.date()));
      boolean inPeriod = r.weeks.get() * 7L <= daysLeft;
      evidence.add(
          "The request's "
              + VisitTally.weeks(r.weeks.get())
              + " "
              + (inPeriod ? "end within" : "run past the end of")
              + " the postsurgical treatment period of "
              + coverage.periodMonths
              + (coverage.periodMonths == 1 ? " month." : " months."));
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
            List.of(
                "The request states no number of weeks; its visits are to be given within "
                    + VisitTally.weeks(maxWeeks)
                    + "."));
        return;
      }
      int weeks = r.weeks.get();
      boolean within = weeks <= maxWeeks;
      criterion.record(
          w,
          within ? MET : NOT_MET,
          row.citation(),
          List.of(
              "The request runs "
                  + VisitTally.weeks(weeks)
                  + (within ? ", no longer than the " : ", longer than the ")
                  + VisitTally.weeks(maxWeeks)
                  + " of the general course for "
                  + row.display()
                  + "."));
    }
  }
}
