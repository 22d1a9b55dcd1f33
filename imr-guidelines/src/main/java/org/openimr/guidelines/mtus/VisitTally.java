package org.openimr.guidelines.mtus;

import java.util.List;
import java.util.function.Predicate;

/**
 * The visits of the prior courses a rule counts: those the record counts, the courses it gives no
 * count for, and the courses it does not date. A course whose completed visits the record does not
 * state is never taken as zero: the rules that need the number say so. Counts are summed as longs,
 * so no number of courses overflows them.
 */
final class VisitTally {
  final long known;
  final int courses;
  final int uncounted;

  /** Courses counted as not postsurgical because the record does not date them. */
  final int undated;

  private VisitTally(long known, int courses, int uncounted, int undated) {
    this.known = known;
    this.courses = courses;
    this.uncounted = uncounted;
    this.undated = undated;
  }

  /** The prior courses that gave visits and that the filter selects. */
  static VisitTally of(
      List<PhysicalMedicineRecord.Course> all, Predicate<PhysicalMedicineRecord.Course> counts) {
    long known = 0;
    int courses = 0;
    int uncounted = 0;
    int undated = 0;
    for (PhysicalMedicineRecord.Course course : all) {
      if (!course.hadVisits || !counts.test(course)) {
        continue;
      }
      courses++;
      if (course.completed.isPresent()) {
        known += course.completed.get();
      } else {
        uncounted++;
      }
      if (course.kind == PhysicalMedicineRecord.Kind.UNDATED) {
        undated++;
      }
    }
    return new VisitTally(known, courses, uncounted, undated);
  }

  boolean documented() {
    return uncounted == 0;
  }

  /** The known visits with the requested ones. */
  long with(int requested) {
    return known + requested;
  }

  /**
   * {@code "The record shows 12 prior physical therapy visits in 2 courses."}, the courses whose
   * visits the record omits, and the courses it does not date.
   */
  String describe(String kind) {
    if (courses == 0) {
      return "The record shows no prior " + kind + " visits.";
    }
    int counted = courses - uncounted;
    StringBuilder text = new StringBuilder("The record shows ");
    if (counted > 0) {
      text.append(count(known, "prior " + kind + " visit", "prior " + kind + " visits"))
          .append(" in ")
          .append(count(counted, "course", "courses"));
      if (uncounted > 0) {
        text.append(", and ");
      }
    }
    if (uncounted > 0) {
      text.append(
              counted > 0
                  ? count(uncounted, "more course", "more courses")
                  : count(uncounted, "prior " + kind + " course", "prior " + kind + " courses"))
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

  /** {@code "1 visit"}, {@code "12 visits"}. */
  static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  static String visits(long n) {
    return count(n, "visit", "visits");
  }

  static String weeks(long n) {
    return count(n, "week", "weeks");
  }
}
