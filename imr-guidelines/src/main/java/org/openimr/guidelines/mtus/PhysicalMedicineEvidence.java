package org.openimr.guidelines.mtus;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openimr.model.BodyRegion;
import org.openimr.model.Evidence;
import org.openimr.model.EvidenceCode;
import org.openimr.model.Modality;

/**
 * The evidence codes of the MTUS physical medicine evaluators, chronic pain ({@link
 * MtusChronicPainPhysicalMedicineEvaluator}, 8 CCR § 9792.24.2) and postsurgical ({@link
 * MtusPostsurgicalPhysicalMedicineEvaluator}, § 9792.24.3): what the record shows for each
 * criterion, as facts, each code with the sentence it renders. Functional improvement has its own
 * codes, {@link ImprovementEvidence}.
 *
 * <p>One namespace for both evaluators: ids are {@code mtus.physical-medicine.evidence.} followed
 * by the code in lower case with hyphens (e.g. {@code
 * mtus.physical-medicine.evidence.visit-cap-total}), since the two share criteria and their
 * evidence (the Labor Code § 4604.5 visit cap, the prior visits of a course). A code's name starts
 * with the criterion family it serves: {@code AQUATIC_}, {@code DIAGNOSIS_}, {@code FREQUENCY_},
 * {@code VISITS_} and {@code CONTINUED_} (therapy under § 9792.24.2), {@code MASSAGE_}, {@code
 * MANIPULATION_}, {@code VISIT_CAP_} and {@code POSTSURGICAL_}; {@link #PRIOR_VISITS} serves
 * several.
 *
 * <p>Facts are counts, enum names, diagnosis codes and guideline text from the content pack, never
 * the record's free text. The names mean the same in every code: {@code requested} is the visits
 * the request asks for; {@code visits} a total of visits with the request (the prior visits the
 * record counts, plus {@code requested}); {@code allowed} the most visits the guideline or statute
 * allows there; {@code weeks} the weeks the request states and {@code allowedWeeks} the most the
 * guideline allows; {@code priorVisits}, {@code courses}, {@code coursesWithoutCount} and {@code
 * undatedCourses} the prior courses counted (visits the record states, courses that gave visits,
 * those of them without a count, and those it does not date); {@code region} a {@link BodyRegion}
 * name, or {@value #UNSTATED} when the request's region is not known; {@code diagnosis} a diagnosis
 * code with its system ({@code "ICD-10-CM M54.5"}); {@code provenance} a {@link Provenance} name;
 * {@code course}, {@code group}, {@code row} and {@code condition} the pack's words for a course's
 * visits ({@code "9-10 visits over 8 weeks"}), a diagnosis group, a postsurgical table row and an
 * excluded condition.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public enum PhysicalMedicineEvidence implements EvidenceCode {
  /**
   * The prior courses of a {@code treatment} (e.g. {@code "massage"}, {@code "low-back
   * manipulation"}) a criterion counts: {@code priorVisits} in {@code courses}, {@code
   * coursesWithoutCount} of them without a count, {@code undatedCourses} not dated (counted as not
   * postsurgical).
   */
  PRIOR_VISITS("treatment", "priorVisits", "courses", "coursesWithoutCount", "undatedCourses") {
    @Override
    public String render(Evidence e) {
      return prior(e.string("treatment"), e);
    }
  },

  /** Aquatic therapy: the record documents that reduced weight bearing is desirable. */
  AQUATIC_WEIGHT_BEARING_DOCUMENTED() {
    @Override
    public String render(Evidence e) {
      return "The record documents that reduced weight bearing is desirable.";
    }
  },
  /** Aquatic therapy: the record does not document why reduced weight bearing is desirable. */
  AQUATIC_WEIGHT_BEARING_UNDOCUMENTED() {
    @Override
    public String render(Evidence e) {
      return "The record does not document why reduced weight bearing is desirable, so"
          + " land-based therapy is not shown to be unsuitable.";
    }
  },

  /**
   * The {@code diagnosis} is one of the {@code group}'s codes, which gives the {@code course}, of
   * that {@code provenance}.
   */
  DIAGNOSIS_IN_GROUP("diagnosis", "group", "course", "provenance") {
    @Override
    public String render(Evidence e) {
      return "The diagnosis " + e.string("diagnosis") + inGroup(e);
    }
  },
  /**
   * The {@code diagnosis} joins the {@code group} by its official {@code title} (the project's
   * reading of code titles); the group gives the {@code course}, of that {@code provenance}.
   */
  DIAGNOSIS_IN_GROUP_BY_TITLE("diagnosis", "title", "group", "course", "provenance") {
    @Override
    public String render(Evidence e) {
      return "The diagnosis "
          + e.string("diagnosis")
          + ", which joins the group by its title, "
          + e.string("title")
          + " ("
          + Provenance.CODE_TITLES.meaning()
          + ")"
          + inGroup(e);
    }
  },
  /** The record gives no diagnosis code. */
  DIAGNOSIS_NONE() {
    @Override
    public String render(Evidence e) {
      return "The record gives no diagnosis code.";
    }
  },
  /** The {@code diagnoses} (codes with their systems) are in no diagnosis group of the edition. */
  DIAGNOSES_IN_NO_GROUP("diagnoses") {
    @Override
    public String render(Evidence e) {
      List<String> diagnoses = e.strings("diagnoses");
      return "The diagnosis "
          + AcupunctureCriteria.list(diagnoses, "and")
          + (diagnoses.size() == 1 ? " is" : " are")
          + " in no diagnosis group encoded here.";
    }
  },
  /**
   * The {@code diagnosis} is in a group but concerns other {@code regions} (BodyRegion names; the
   * record states them when {@code regionStated}, else the code's title does) than the request's
   * {@code region}, so it does not set the visits.
   */
  DIAGNOSIS_OF_OTHER_REGION("diagnosis", "regionStated", "regions", "region") {
    @Override
    public String render(Evidence e) {
      List<String> names = new ArrayList<>(e.strings("regions").size());
      for (String r : e.strings("regions")) {
        names.add(AcupunctureRecord.phrase(BodyRegion.valueOf(r)));
      }
      return "The diagnosis "
          + e.string("diagnosis")
          + (e.bool("regionStated") ? " is recorded for " : " concerns ")
          + AcupunctureCriteria.list(names, "and")
          + ", not "
          + regionPhrase(e)
          + ", so it does not set the visits for this request.";
    }
  },

  /** The request states no visits per week. */
  FREQUENCY_NOT_STATED() {
    @Override
    public String render(Evidence e) {
      return "The request states no visits per week.";
    }
  },
  /** The request asks for up to {@code perWeek} visits a week, at most the {@code allowed}. */
  FREQUENCY_WITHIN("perWeek", "allowed") {
    @Override
    public String render(Evidence e) {
      return frequency(e, "no more than the ");
    }
  },
  /** The request asks for up to {@code perWeek} visits a week, more than the {@code allowed}. */
  FREQUENCY_OVER("perWeek", "allowed") {
    @Override
    public String render(Evidence e) {
      return frequency(e, "more than the ");
    }
  },

  /** The diagnosis group's {@code course} for its {@code groupDiagnosis}, as the pack words it. */
  VISITS_OF_GROUP("course", "groupDiagnosis") {
    @Override
    public String render(Evidence e) {
      return "The guideline gives "
          + e.string("course")
          + " for "
          + e.string("groupDiagnosis")
          + ".";
    }
  },
  /**
   * A request for {@code requested} visits, no weeks stated, against the group's {@code allowed}
   * visits over {@code allowedWeeks} (its {@code course}).
   */
  VISITS_REQUESTED("requested", "allowed", "allowedWeeks", "course") {
    @Override
    public String render(Evidence e) {
      return courseRequested(e, false);
    }
  },
  /**
   * A request for {@code requested} visits over {@code weeks}, against the group's {@code allowed}
   * visits over {@code allowedWeeks} (its {@code course}).
   */
  VISITS_AND_WEEKS_REQUESTED("requested", "weeks", "allowed", "allowedWeeks", "course") {
    @Override
    public String render(Evidence e) {
      return courseRequested(e, true);
    }
  },

  /** No prior physical medicine visits for the {@code region}: a first course. */
  CONTINUED_FIRST_COURSE("region") {
    @Override
    public String render(Evidence e) {
      return "The record shows no prior physical medicine visits for "
          + regionPhrase(e)
          + "; the request is for a first course.";
    }
  },
  /**
   * With the {@code requested}, the visits not postsurgical come to {@code visits}, within the
   * {@code allowed} of the group: the request completes a first course.
   */
  CONTINUED_COMPLETES_FIRST_COURSE("requested", "visits", "allowed") {
    @Override
    public String render(Evidence e) {
      return "With the "
          + e.integer("requested")
          + " requested they come to "
          + VisitTally.visits(e.integer("visits"))
          + ", no more than the "
          + e.integer("allowed")
          + " the guideline gives, so the request completes a first course.";
    }
  },
  /** {@code courses} prior courses were postsurgical: therapy after them is continued therapy. */
  CONTINUED_AFTER_POSTSURGICAL("courses") {
    @Override
    public String render(Evidence e) {
      return VisitTally.count(e.integer("courses"), "course was", "courses were")
          + " given within a surgery's postsurgical period; therapy after it is continued"
          + " therapy.";
    }
  },
  /** The group's visits are not encoded: the request is not shown to complete a first course. */
  CONTINUED_GROUP_NOT_ENCODED() {
    @Override
    public String render(Evidence e) {
      return "The guideline's visits for the diagnosis are not encoded, so the request cannot be"
          + " shown to complete a first course.";
    }
  },
  /** Prior visits without a count: the request is not shown to stay within the {@code allowed}. */
  CONTINUED_PRIOR_UNCOUNTED("allowed") {
    @Override
    public String render(Evidence e) {
      return "Without every prior visit counted, the request cannot be shown to stay within the "
          + e.integer("allowed")
          + " visits the guideline gives.";
    }
  },
  /**
   * With the {@code requested}, the visits not postsurgical come to {@code visits}, more than the
   * {@code allowed} of the group: beyond a first course.
   */
  CONTINUED_BEYOND_FIRST_COURSE("requested", "visits", "allowed") {
    @Override
    public String render(Evidence e) {
      return "With the "
          + e.integer("requested")
          + " requested the visits not postsurgical come to "
          + e.integer("visits")
          + ", more than the "
          + e.integer("allowed")
          + " the guideline gives.";
    }
  },
  /** The record documents a home exercise program. */
  CONTINUED_HOME_EXERCISE() {
    @Override
    public String render(Evidence e) {
      return "The record documents a home exercise program.";
    }
  },
  /** The record documents no home exercise program, which does not stand in the way. */
  CONTINUED_NO_HOME_EXERCISE() {
    @Override
    public String render(Evidence e) {
      return "The record does not document a home exercise program; that does not stand in the way"
          + " of the visits.";
    }
  },

  /** Active treatment (physical rehabilitation or home exercise) that massage would accompany. */
  MASSAGE_ACTIVE_TREATMENT() {
    @Override
    public String render(Evidence e) {
      return "The record documents active treatment (physical rehabilitation or a home exercise"
          + " program) that massage would accompany.";
    }
  },
  /** No active treatment for massage to accompany. */
  MASSAGE_NO_ACTIVE_TREATMENT() {
    @Override
    public String render(Evidence e) {
      return "The record does not document active treatment (physical rehabilitation or a home"
          + " exercise program) for massage to accompany.";
    }
  },
  /**
   * With the {@code requested}, massage comes to {@code visits} (at least, unless {@code
   * allCounted}: every prior course has a count), against the {@code allowed} ({@code limit} as the
   * pack words it).
   */
  MASSAGE_VISITS("requested", "visits", "allowed", "limit", "allCounted") {
    @Override
    public String render(Evidence e) {
      boolean counted = e.bool("allCounted");
      String limit = e.string("limit");
      return "With the "
          + e.integer("requested")
          + " requested, massage comes to "
          + (counted ? "" : "at least ")
          + VisitTally.visits(e.integer("visits"))
          + (e.integer("visits") > e.integer("allowed")
              ? ", more than " + limit + "."
              : counted
                  ? ", within " + limit + "."
                  : "; without the uncounted visits it cannot be shown to stay within "
                      + limit
                      + ".");
    }
  },

  /**
   * The request concerns a {@code region} for which manipulation is excluded ({@code condition}).
   */
  MANIPULATION_EXCLUDED_REGION("region", "condition") {
    @Override
    public String render(Evidence e) {
      return "The request concerns the "
          + BodyRegion.valueOf(e.string("region")).displayName()
          + ", and manipulation is not recommended for "
          + e.string("condition")
          + ".";
    }
  },
  /** No region; the case's diagnosis is an excluded {@code condition}. */
  MANIPULATION_EXCLUDED_DIAGNOSIS("condition") {
    @Override
    public String render(Evidence e) {
      return "The request names no region, and the case's diagnosis is "
          + e.string("condition")
          + ", for which manipulation is not recommended.";
    }
  },
  /** No region: the request names none and the case has not exactly one injured region. */
  MANIPULATION_NO_REGION() {
    @Override
    public String render(Evidence e) {
      return "The request names no body region, and the case has more or fewer than one injured"
          + " region.";
    }
  },
  /** The request's {@code region} is not among the excluded conditions. */
  MANIPULATION_REGION_NOT_EXCLUDED("region") {
    @Override
    public String render(Evidence e) {
      return "The request concerns the "
          + BodyRegion.valueOf(e.string("region")).displayName()
          + ", which is not among the conditions for which manipulation is not recommended.";
    }
  },
  /** The record describes the request as elective or maintenance care. */
  MANIPULATION_MAINTENANCE() {
    @Override
    public String render(Evidence e) {
      return "The record describes the request as elective or maintenance care.";
    }
  },
  /** The record does not describe the request as elective or maintenance care. */
  MANIPULATION_NOT_MAINTENANCE() {
    @Override
    public String render(Evidence e) {
      return "The record does not describe the request as elective or maintenance care.";
    }
  },
  /** Prior manipulation without a count: the stage of the course cannot be told. */
  MANIPULATION_STAGE_UNKNOWN() {
    @Override
    public String render(Evidence e) {
      return "Without the visits already completed, the stage of the course cannot be told.";
    }
  },
  /**
   * The trial: with the {@code requested} (no weeks stated) it comes to {@code visits}, against the
   * trial's {@code allowed}.
   */
  MANIPULATION_TRIAL("requested", "visits", "allowed") {
    @Override
    public String render(Evidence e) {
      return trial(e, false);
    }
  },
  /**
   * The trial: with the {@code requested} over {@code weeks} it comes to {@code visits}, against
   * the trial's {@code allowed} visits over {@code allowedWeeks}.
   */
  MANIPULATION_TRIAL_WITH_WEEKS("requested", "weeks", "visits", "allowed", "allowedWeeks") {
    @Override
    public String render(Evidence e) {
      return trial(e, true);
    }
  },
  /** The prior visits (as {@link #PRIOR_VISITS}) complete the trial. */
  MANIPULATION_TRIAL_COMPLETE(
      "treatment", "priorVisits", "courses", "coursesWithoutCount", "undatedCourses") {
    @Override
    public String render(Evidence e) {
      return prior(e.string("treatment"), e) + " The trial is complete.";
    }
  },
  /**
   * The course: with the {@code requested} it comes to {@code visits}, against its {@code allowed}
   * ({@code course} as the pack words it).
   */
  MANIPULATION_COURSE("requested", "visits", "allowed", "course") {
    @Override
    public String render(Evidence e) {
      return "With the "
          + e.integer("requested")
          + " requested the course comes to "
          + VisitTally.visits(e.integer("visits"))
          + (e.integer("visits") > e.integer("allowed") ? ", more than " : ", within ")
          + e.string("course")
          + ".";
    }
  },
  /** The course ({@code course} as the pack words it) is complete: flare-ups follow. */
  MANIPULATION_COURSE_COMPLETE("course") {
    @Override
    public String render(Evidence e) {
      return "The course of " + e.string("course") + " is complete.";
    }
  },
  /**
   * After the course, {@code requested} is more than a flare-up's {@code allowed} ({@code
   * flareUp}).
   */
  MANIPULATION_FLARE_UP_OVER("requested", "allowed", "flareUp") {
    @Override
    public String render(Evidence e) {
      return "After the course, the request for "
          + VisitTally.visits(e.integer("requested"))
          + " is more than the "
          + e.string("flareUp")
          + " for a flare-up.";
    }
  },
  /** After the course, the record does not document a return to work. */
  MANIPULATION_NO_RETURN_TO_WORK() {
    @Override
    public String render(Evidence e) {
      return "The record does not document a return to work.";
    }
  },
  /** After the course, the record does not date the last manipulation. */
  MANIPULATION_LAST_UNDATED() {
    @Override
    public String render(Evidence e) {
      return "The record does not date the last manipulation, so the interval since cannot be"
          + " told.";
    }
  },
  /** Return to work; the last manipulation was at least {@code months} before the request. */
  MANIPULATION_FLARE_UP_SPACED("months") {
    @Override
    public String render(Evidence e) {
      return flareUpInterval(e, "at least ");
    }
  },
  /** Return to work; the last manipulation was less than {@code months} before the request. */
  MANIPULATION_FLARE_UP_TOO_SOON("months") {
    @Override
    public String render(Evidence e) {
      return flareUpInterval(e, "less than ");
    }
  },

  /** The statute's disciplines do not include the {@code modality} (a Modality name) here. */
  VISIT_CAP_NOT_ASSIGNED("modality") {
    @Override
    public String render(Evidence e) {
      return "The statute caps chiropractic, occupational therapy and physical therapy visits; "
          + ModalityScope.name(Modality.valueOf(e.string("modality")))
          + " visits are not assigned to one of them here, since that depends on who provides"
          + " them.";
    }
  },
  /** The injury predates {@code injuriesOnOrAfter} (an ISO date), when the cap starts. */
  VISIT_CAP_INJURY_BEFORE("injuriesOnOrAfter") {
    @Override
    public String render(Evidence e) {
      return "The injury predates "
          + e.string("injuriesOnOrAfter")
          + ", so the cap does not apply.";
    }
  },
  /** The employer authorized additional visits in writing. */
  VISIT_CAP_EMPLOYER_AUTHORIZED() {
    @Override
    public String render(Evidence e) {
      return "The employer authorized additional visits in writing.";
    }
  },
  /**
   * The injury's prior visits of the {@code discipline} (as {@link #PRIOR_VISITS}), and the {@code
   * postsurgicalCourses} left out as postsurgical.
   */
  VISIT_CAP_PRIOR_VISITS(
      "discipline",
      "priorVisits",
      "courses",
      "coursesWithoutCount",
      "undatedCourses",
      "postsurgicalCourses") {
    @Override
    public String render(Evidence e) {
      int postsurgical = e.integer("postsurgicalCourses");
      return prior((postsurgical == 0 ? "" : "non-postsurgical ") + e.string("discipline"), e)
          + (postsurgical == 0
              ? ""
              : " "
                  + VisitTally.count(postsurgical, "course", "courses")
                  + " given within a surgery's postsurgical period "
                  + (postsurgical == 1 ? "is" : "are")
                  + " not counted.");
    }
  },
  /**
   * With the {@code requested}, the injury's visits of the {@code discipline} come to {@code
   * visits} (at least, unless {@code allCounted}), against the cap of {@code allowed}.
   */
  VISIT_CAP_TOTAL("requested", "discipline", "visits", "allowed", "allCounted") {
    @Override
    public String render(Evidence e) {
      boolean counted = e.bool("allCounted");
      int allowed = e.integer("allowed");
      return "With the "
          + e.integer("requested")
          + " requested the injury's "
          + e.string("discipline")
          + " visits come to "
          + (counted ? "" : "at least ")
          + e.integer("visits")
          + (e.integer("visits") > allowed
              ? ", more than the cap of " + allowed + "."
              : counted
                  ? ", within the cap of " + allowed + "."
                  : "; without the uncounted visits the cap of "
                      + allowed
                      + " cannot be shown to hold.");
    }
  },
  /**
   * Postsurgical visits do not count against the cap of {@code allowed} {@code discipline} visits.
   */
  VISIT_CAP_POSTSURGICAL_EXEMPT("allowed", "discipline") {
    @Override
    public String render(Evidence e) {
      return "Postsurgical physical medicine visits under 8 CCR § 9792.24.3 do not count against"
          + " the cap of "
          + e.integer("allowed")
          + " "
          + e.string("discipline")
          + " visits.";
    }
  },

  /**
   * The surgery matches the table {@code row} on a {@code basis} (a {@link PostsurgicalMatch.Basis}
   * name), with a {@code codeNote} (a {@link PostsurgicalMatch.CodeNote} name) on its diagnosis
   * code.
   */
  POSTSURGICAL_ROW_MATCHED("row", "basis", "codeNote") {
    @Override
    public String render(Evidence e) {
      String by =
          switch (PostsurgicalMatch.Basis.valueOf(e.string("basis"))) {
            case DIAGNOSIS_CODE -> "by its ICD-9-CM diagnosis code and region";
            case DIAGNOSIS_CODE_AND_PROCEDURE ->
                "by its ICD-9-CM diagnosis code, region and procedure";
            default -> "by its procedure and region" + codeNote(e);
          };
      return "The surgery matches the postsurgical table row " + e.string("row") + " " + by + ".";
    }
  },
  /**
   * No table row matches the surgery; {@code codeNote} as for {@link #POSTSURGICAL_ROW_MATCHED}.
   */
  POSTSURGICAL_NOT_IN_TABLE("codeNote") {
    @Override
    public String render(Evidence e) {
      return "The surgery is not in the postsurgical table: no row matches its diagnosis code, or"
          + " its procedure and region"
          + codeNote(e)
          + ".";
    }
  },
  /** The surgery matches several table {@code rows} the record does not tell apart. */
  POSTSURGICAL_SEVERAL_ROWS("rows") {
    @Override
    public String render(Evidence e) {
      return "The surgery matches more than one row of the postsurgical table ("
          + String.join("; ", e.strings("rows"))
          + ") and the record does not tell them apart, so it is treated as a surgery not in"
          + " the table.";
    }
  },
  /**
   * The request date is {@code daysAfterSurgery} after the surgery of the {@code region}, within
   * its period of {@code periodMonths} ({@code provenance}): its table row's when {@code inTable},
   * else the presumptive period.
   */
  POSTSURGICAL_IN_PERIOD("daysAfterSurgery", "region", "inTable", "periodMonths", "provenance") {
    @Override
    public String render(Evidence e) {
      int days = e.integer("daysAfterSurgery");
      int months = e.integer("periodMonths");
      return "The request date is "
          + days
          + (days == 1 ? " day" : " days")
          + " after the surgery of the "
          + BodyRegion.valueOf(e.string("region")).displayName()
          + ", within "
          + (e.bool("inTable")
              ? "the period of its table row"
              : "the presumptive period for a surgery not in the table")
          + ", "
          + months
          + (months == 1 ? " month" : " months")
          + " from the date of surgery ("
          + provenance(e)
          + ").";
    }
  },
  /** {@code courses} physical medicine courses of the region are undated, so not counted. */
  POSTSURGICAL_UNDATED_COURSES("courses") {
    @Override
    public String render(Evidence e) {
      int courses = e.integer("courses");
      return "The record does not date "
          + VisitTally.count(
              courses, "more physical medicine course", "more physical medicine courses")
          + " for the region, so "
          + (courses == 1 ? "it is" : "they are")
          + " not shown to follow the surgery and "
          + (courses == 1 ? "is" : "are")
          + " not counted here.";
    }
  },
  /** Postsurgical visits without a count: the course the request falls in cannot be told. */
  POSTSURGICAL_STAGE_UNKNOWN() {
    @Override
    public String render(Evidence e) {
      return "Without the number of visits already completed, the course the request falls in"
          + " cannot be told.";
    }
  },
  /** Not assessed, as the visits completed since the surgery are not documented. */
  POSTSURGICAL_NOT_ASSESSED() {
    @Override
    public String render(Evidence e) {
      return "Not assessed: the visits completed since the surgery are not documented.";
    }
  },
  /** With the {@code requested}, the postsurgical course comes to {@code visits}. */
  POSTSURGICAL_TOTAL("requested", "visits") {
    @Override
    public String render(Evidence e) {
      return total(e);
    }
  },
  /**
   * The initial course ({@code initialPercent} percent of the general course's {@code
   * generalVisits}) holds the {@code visits} with the request.
   */
  POSTSURGICAL_INITIAL_WITHIN("visits", "generalVisits", "initialPercent") {
    @Override
    public String render(Evidence e) {
      return initialCourse(e) + " The request stays within it.";
    }
  },
  /** The {@code visits} with the request run past the initial course (as above). */
  POSTSURGICAL_INITIAL_OVER("visits", "generalVisits", "initialPercent") {
    @Override
    public String render(Evidence e) {
      return initialCourse(e)
          + " The request runs past it before a subsequent course can be considered.";
    }
  },
  /** The {@code priorVisits} since the surgery make up the initial course (as above). */
  POSTSURGICAL_INITIAL_COMPLETE("priorVisits", "generalVisits", "initialPercent") {
    @Override
    public String render(Evidence e) {
      return initialCourse(e) + " The visits already completed make up the initial course.";
    }
  },
  /** The initial course is not complete, so no subsequent course is requested. */
  POSTSURGICAL_SUBSEQUENT_NOT_YET() {
    @Override
    public String render(Evidence e) {
      return "The initial course is not complete yet, so no subsequent course is requested.";
    }
  },
  /** The table {@code row}'s general {@code course} of therapy, of that {@code provenance}. */
  POSTSURGICAL_GENERAL_COURSE("row", "course", "provenance") {
    @Override
    public String render(Evidence e) {
      return "The general course of therapy for "
          + e.string("row")
          + " is "
          + e.string("course")
          + " ("
          + provenance(e)
          + ").";
    }
  },
  /**
   * With the {@code requested}, {@code visits} stay within the general course's {@code allowed}.
   */
  POSTSURGICAL_GENERAL_WITHIN("requested", "visits", "allowed") {
    @Override
    public String render(Evidence e) {
      return total(e) + " It stays within the general course.";
    }
  },
  /** With the {@code requested}, {@code visits} go beyond the general course's {@code allowed}. */
  POSTSURGICAL_GENERAL_BEYOND("requested", "visits", "allowed") {
    @Override
    public String render(Evidence e) {
      return total(e)
          + " It goes beyond the general course of "
          + VisitTally.visits(e.integer("allowed"))
          + ".";
    }
  },
  /** Beyond the general course, the request states no weeks to place in the period. */
  POSTSURGICAL_NO_WEEKS_FOR_PERIOD() {
    @Override
    public String render(Evidence e) {
      return "The request states no number of weeks, so it cannot be shown to end within the"
          + " postsurgical treatment period.";
    }
  },
  /**
   * The request's {@code weeks} end within the {@code daysLeft} of the period of {@code
   * periodMonths}.
   */
  POSTSURGICAL_ENDS_IN_PERIOD("weeks", "daysLeft", "periodMonths") {
    @Override
    public String render(Evidence e) {
      return period(e, "end within");
    }
  },
  /**
   * The request's {@code weeks} run past the {@code daysLeft} of the period of {@code
   * periodMonths}.
   */
  POSTSURGICAL_RUNS_PAST_PERIOD("weeks", "daysLeft", "periodMonths") {
    @Override
    public String render(Evidence e) {
      return period(e, "run past the end of");
    }
  },
  /**
   * The request states no weeks; its visits go within the general course's {@code allowedWeeks}.
   */
  POSTSURGICAL_WEEKS_NOT_STATED("allowedWeeks") {
    @Override
    public String render(Evidence e) {
      return "The request states no number of weeks; its visits are to be given within "
          + VisitTally.weeks(e.integer("allowedWeeks"))
          + ".";
    }
  },
  /** The request's {@code weeks} are no more than the {@code allowedWeeks} of the {@code row}. */
  POSTSURGICAL_WEEKS_WITHIN("weeks", "allowedWeeks", "row") {
    @Override
    public String render(Evidence e) {
      return courseWeeks(e, ", no longer than the ");
    }
  },
  /** The request's {@code weeks} are more than the {@code allowedWeeks} of the {@code row}. */
  POSTSURGICAL_WEEKS_OVER("weeks", "allowedWeeks", "row") {
    @Override
    public String render(Evidence e) {
      return courseWeeks(e, ", longer than the ");
    }
  };

  /** The {@code region} fact when the request's region is not known. */
  public static final String UNSTATED = "UNSTATED";

  private static final String NAMESPACE = "mtus.physical-medicine.evidence.";

  private final String id;
  private final ImmutableList<String> factNames;

  /** The evidence of this code made recently, shared by decisions with the same facts. */
  @SuppressWarnings("ImmutableEnumChecker") // a cache of immutable values
  private final EvidenceCache cache;

  PhysicalMedicineEvidence(String... factNames) {
    this.id = NAMESPACE + name().toLowerCase(Locale.ROOT).replace('_', '-');
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

  /** The evidence of this code with these facts, in the order of {@link #factNames()}. */
  Evidence with(Object a, Object b, Object c, Object d, Object e, Object... more) {
    Object[] values = new Object[5 + more.length];
    values[0] = a;
    values[1] = b;
    values[2] = c;
    values[3] = d;
    values[4] = e;
    System.arraycopy(more, 0, values, 5, more.length);
    return Evidence.of(this, values);
  }

  /** The {@code region} fact of an optional region. */
  static String region(Optional<BodyRegion> region) {
    return region.isPresent() ? region.get().name() : UNSTATED;
  }

  /** {@code "the low back"}, or {@code "the request's region"} when it is not known. */
  private static String regionPhrase(Evidence e) {
    String region = e.string("region");
    return region.equals(UNSTATED)
        ? "the request's region"
        : AcupunctureRecord.phrase(BodyRegion.valueOf(region));
  }

  private static String provenance(Evidence e) {
    return Provenance.valueOf(e.string("provenance")).meaning();
  }

  private static String codeNote(Evidence e) {
    return PostsurgicalMatch.CodeNote.valueOf(e.string("codeNote")).phrase();
  }

  /**
   * {@code "The record shows 12 prior physical therapy visits in 2 courses."}, the courses whose
   * visits the record omits, and the courses it does not date.
   */
  private static String prior(String kind, Evidence e) {
    int courses = e.integer("courses");
    if (courses == 0) {
      return "The record shows no prior " + kind + " visits.";
    }
    int uncounted = e.integer("coursesWithoutCount");
    int undated = e.integer("undatedCourses");
    int counted = courses - uncounted;
    StringBuilder text = new StringBuilder("The record shows ");
    if (counted > 0) {
      text.append(
              VisitTally.count(
                  e.integer("priorVisits"),
                  "prior " + kind + " visit",
                  "prior " + kind + " visits"))
          .append(" in ")
          .append(VisitTally.count(counted, "course", "courses"));
      if (uncounted > 0) {
        text.append(", and ");
      }
    }
    if (uncounted > 0) {
      text.append(
              counted > 0
                  ? VisitTally.count(uncounted, "more course", "more courses")
                  : VisitTally.count(
                      uncounted, "prior " + kind + " course", "prior " + kind + " courses"))
          .append(" without the number of visits");
    }
    text.append('.');
    if (undated > 0) {
      text.append(' ')
          .append(
              undated == 1
                  ? "The record does not date 1 of these courses, so it is not shown to be"
                      + " postsurgical and counts as not postsurgical."
                  : "The record does not date "
                      + undated
                      + " of these courses, so they are not shown to be postsurgical and count as"
                      + " not postsurgical.");
    }
    return text.toString();
  }

  private static String inGroup(Evidence e) {
    return " falls in the group "
        + e.string("group")
        + ": "
        + e.string("course")
        + " ("
        + provenance(e)
        + ").";
  }

  private static String frequency(Evidence e, String comparison) {
    return "The request asks for up to "
        + VisitTally.visits(e.integer("perWeek"))
        + " a week, "
        + comparison
        + e.integer("allowed")
        + " the guideline allows at the start.";
  }

  private static String courseRequested(Evidence e, boolean withWeeks) {
    int requested = e.integer("requested");
    StringBuilder asked =
        new StringBuilder("The request is for ").append(VisitTally.visits(requested));
    List<String> problems = new ArrayList<>(2);
    if (requested > e.integer("allowed")) {
      problems.add("more than " + VisitTally.visits(e.integer("allowed")));
    }
    if (withWeeks) {
      int weeks = e.integer("weeks");
      asked.append(" over ").append(VisitTally.weeks(weeks));
      if (weeks > e.integer("allowedWeeks")) {
        problems.add("longer than " + VisitTally.weeks(e.integer("allowedWeeks")));
      }
    }
    return asked
        .append(
            problems.isEmpty()
                ? ", within " + e.string("course") + "."
                : ": " + AcupunctureCriteria.list(problems, "and") + ".")
        .toString();
  }

  private static String trial(Evidence e, boolean withWeeks) {
    int allowed = e.integer("allowed");
    List<String> problems = new ArrayList<>(2);
    if (e.integer("visits") > allowed) {
      problems.add("more than the trial's " + allowed);
    }
    if (withWeeks && e.integer("weeks") > e.integer("allowedWeeks")) {
      problems.add(
          "its "
              + VisitTally.weeks(e.integer("weeks"))
              + " longer than the trial's "
              + e.integer("allowedWeeks"));
    }
    return "With the "
        + e.integer("requested")
        + " requested the trial comes to "
        + VisitTally.visits(e.integer("visits"))
        + (problems.isEmpty()
            ? ", within the trial."
            : ": " + AcupunctureCriteria.list(problems, "and") + ".");
  }

  private static String flareUpInterval(Evidence e, String comparison) {
    int months = e.integer("months");
    return "Return to work is documented, and the last manipulation was "
        + comparison
        + months
        + (months == 1 ? " month" : " months")
        + " before the request.";
  }

  private static String total(Evidence e) {
    return "With the "
        + e.integer("requested")
        + " requested, the course comes to "
        + VisitTally.visits(e.integer("visits"))
        + ".";
  }

  private static String initialCourse(Evidence e) {
    // Hundredths of a visit: the initial course is half of the general course, 4.5 of 9.
    long hundredths = (long) e.integer("generalVisits") * e.integer("initialPercent");
    return "The initial course is "
        + PostsurgicalCriteria.Course.hundredths(hundredths)
        + " visits.";
  }

  private static String period(Evidence e, String relation) {
    int months = e.integer("periodMonths");
    return "The request's "
        + VisitTally.weeks(e.integer("weeks"))
        + " "
        + relation
        + " the postsurgical treatment period of "
        + months
        + (months == 1 ? " month." : " months.");
  }

  private static String courseWeeks(Evidence e, String comparison) {
    return "The request runs "
        + VisitTally.weeks(e.integer("weeks"))
        + comparison
        + VisitTally.weeks(e.integer("allowedWeeks"))
        + " of the general course for "
        + e.string("row")
        + ".";
  }
}
