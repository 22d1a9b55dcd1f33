package org.openimr.guidelines.mtus;

import java.util.List;
import java.util.function.Predicate;
import org.openimr.model.Case;
import org.openimr.model.Evidence;
import org.openimr.model.TreatmentRequest;

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

  /** {@link #with} as an evidence fact, held like {@link #knownVisits()}. */
  int visitsWith(int requested) {
    return saturated(with(requested));
  }

  /** A sum of counts as an int fact, held within the range of int. */
  static int saturated(long n) {
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n));
  }

  /**
   * The known visits as an evidence fact: at most {@link Case#MAX_PRIOR_COURSES} courses of {@link
   * TreatmentRequest#MAX_SESSIONS} in a valid case; held at {@link Integer#MAX_VALUE} for a case
   * nobody validated, so no count wraps.
   */
  int knownVisits() {
    return saturated(known);
  }

  /**
   * {@code "The record shows 12 prior physical therapy visits in 2 courses."}, the courses whose
   * visits the record omits, and the courses it does not date ({@link
   * PhysicalMedicineEvidence#PRIOR_VISITS}).
   *
   * @param treatment how the courses counted are named, e.g. {@code "massage"}
   */
  Evidence evidence(String treatment) {
    return evidence(PhysicalMedicineEvidence.PRIOR_VISITS, treatment);
  }

  /** The prior visits as evidence of a code whose facts are those of {@link #evidence(String)}. */
  Evidence evidence(PhysicalMedicineEvidence code, String treatment) {
    return code.with(treatment, knownVisits(), courses, uncounted, undated);
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
