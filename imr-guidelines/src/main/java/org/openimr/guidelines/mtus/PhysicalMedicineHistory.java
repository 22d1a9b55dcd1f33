package org.openimr.guidelines.mtus;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.FunctionalElement;
import org.openimr.model.FunctionalImprovementEvidence;
import org.openimr.model.Modality;
import org.openimr.model.PriorTreatment;
import org.openimr.model.TreatmentRequest;

/**
 * What the physical medicine rules read from a case's record: the region a request concerns, the
 * visits of prior courses, and whether functional improvement is documented.
 *
 * <p>Design notes: a prior course whose completed visits the record does not state is never taken
 * as zero; it is counted as undocumented, and the rules that need the number say so. Messages name
 * counts and kinds of evidence, never the record's free text.
 */
final class PhysicalMedicineHistory {
  /**
   * The modalities whose visits count together as physical medicine visits: physical and
   * occupational therapy, and aquatic therapy, whose visit numbers are those of physical medicine.
   */
  static final Set<Modality> PHYSICAL_MEDICINE =
      EnumSet.of(
          Modality.PHYSICAL_THERAPY, Modality.OCCUPATIONAL_THERAPY, Modality.AQUATIC_THERAPY);

  private PhysicalMedicineHistory() {}

  /** The region a request concerns: its own, else the case's only injured region. */
  static Optional<BodyRegion> requestRegion(Case c, TreatmentRequest request) {
    if (request.region().isPresent()) {
      return request.region();
    }
    return c.injuredRegions().size() == 1
        ? Optional.of(c.injuredRegions().get(0))
        : Optional.empty();
  }

  /** Whether a prior course concerns the request's region (either one unknown counts as yes). */
  static boolean sameRegion(PriorTreatment course, Optional<BodyRegion> region) {
    return course.region().isEmpty() || region.isEmpty() || course.region().equals(region);
  }

  /** Which prior courses a rule counts. */
  interface CourseFilter {
    boolean counts(PriorTreatment course);
  }

  /** Visits of the prior courses a filter selects. */
  static Visits visits(Case c, CourseFilter filter) {
    int known = 0;
    int courses = 0;
    int undocumented = 0;
    int undated = 0;
    for (PriorTreatment course : c.treatmentHistory()) {
      if (filter.counts(course)) {
        courses++;
        if (course.sessionsCompleted().isPresent()) {
          known += course.sessionsCompleted().get();
        } else {
          undocumented++;
        }
        if (course.startDate().isEmpty() && course.endDate().isEmpty()) {
          undated++;
        }
      }
    }
    return new Visits(known, courses, undocumented, undated);
  }

  /** The visits of prior courses: those the record counts, and the courses it does not count. */
  static final class Visits {
    final int known;
    final int courses;
    final int undocumentedCourses;
    final int undatedCourses;

    Visits(int known, int courses, int undocumentedCourses, int undatedCourses) {
      this.known = known;
      this.courses = courses;
      this.undocumentedCourses = undocumentedCourses;
      this.undatedCourses = undatedCourses;
    }

    boolean documented() {
      return undocumentedCourses == 0;
    }

    /**
     * {@code "The record shows 12 prior physical therapy visits in 2 courses."}, and the courses
     * whose visits the record omits.
     */
    String describe(String kind) {
      if (courses == 0) {
        return "The record shows no prior " + kind + " visits.";
      }
      int counted = courses - undocumentedCourses;
      StringBuilder text = new StringBuilder("The record shows ");
      if (counted > 0) {
        text.append(known)
            .append(" prior ")
            .append(kind)
            .append(known == 1 ? " visit in " : " visits in ")
            .append(plural(counted, "course"));
        if (undocumentedCourses > 0) {
          text.append(", and ");
        }
      }
      if (undocumentedCourses > 0) {
        text.append(
                plural(
                    undocumentedCourses, counted > 0 ? "more course" : "prior " + kind + " course"))
            .append(" without the number of visits");
      }
      return text.append('.').toString();
    }

    private static String plural(int count, String noun) {
      return count + " " + noun + (count == 1 ? "" : "s");
    }
  }

  /**
   * Functional improvement as 8 CCR § 9792.20 defines it: an objectively measured improvement in
   * activities of daily living or reduction in work restrictions, and a reduced dependency on
   * continued medical treatment, each measured and documented at a visit ({@link
   * FunctionalImprovementDefinition}). Evidence attributed to another kind of treatment, or dated
   * before {@code notBefore}, does not count.
   */
  static Improvement functionalImprovement(
      Case c, Set<Modality> treatment, Optional<LocalDate> notBefore, String definition) {
    boolean function = false;
    boolean dependency = false;
    boolean global = false;
    for (FunctionalImprovementEvidence e : c.functionalImprovement()) {
      if (e.attributedTo().isPresent() && !treatment.contains(e.attributedTo().get())) {
        continue;
      }
      if (notBefore.isPresent()
          && e.documentedOn().isPresent()
          && e.documentedOn().get().isBefore(notBefore.get())) {
        continue;
      }
      FunctionalElement element = e.element();
      boolean measured = FunctionalImprovementDefinition.isMeasured(e);
      if (measured && FunctionalImprovementDefinition.isFunction(element)) {
        function = true;
      } else if (measured && FunctionalImprovementDefinition.isDependency(element)) {
        dependency = true;
      } else {
        global = true;
      }
    }
    if (function && dependency) {
      return new Improvement(
          true,
          "The record documents functional improvement as "
              + definition
              + " defines it: an objectively measured improvement in activities of daily living or"
              + " reduction in work restrictions, and a reduced dependency on continued medical"
              + " treatment.");
    }
    StringBuilder text =
        new StringBuilder("The record does not document functional improvement as ")
            .append(definition)
            .append(" defines it: ");
    if (!function) {
      text.append(
          "no objectively measured improvement in activities of daily living or reduction in work"
              + " restrictions");
    }
    if (!dependency) {
      text.append(function ? "" : ", and ").append("no reduced dependency on continued treatment");
    }
    if (global) {
      text.append(
          "; improvement reported but not measured in the history and physical exam and"
              + " documented at a visit does not meet the definition");
    }
    return new Improvement(false, text.append('.').toString());
  }

  /** Whether functional improvement is documented, with the sentence saying so. */
  static final class Improvement {
    final boolean documented;
    final String evidence;

    Improvement(boolean documented, String evidence) {
      this.documented = documented;
      this.evidence = evidence;
    }
  }
}
