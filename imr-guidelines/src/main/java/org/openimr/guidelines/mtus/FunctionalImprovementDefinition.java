package org.openimr.guidelines.mtus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openimr.model.Evidence;
import org.openimr.model.FunctionalElement;
import org.openimr.model.FunctionalImprovementEvidence;
import org.openimr.model.Modality;

/**
 * What counts toward functional improvement as 8 CCR § 9792.20 defines it, in one place for every
 * evaluator: (1) a clinically significant improvement in activities of daily living or a reduction
 * in work restrictions, (2) measured in the history and physical exam and documented as part of the
 * evaluation, and (3) a reduction in the dependency on continued medical treatment.
 *
 * <p>Design notes: the record's evidence statements each name one element. A statement counts only
 * when it is objective (measured in the history and physical exam) and dated (documented at an
 * evaluation visit); the project reads (2) as applying to both (1) and (3), since both are findings
 * of the evaluation. A global report of improvement ("55% better") meets none of them. Attribution
 * is read one way everywhere ({@link #assess}): a statement counts for a treatment when the record
 * attributes it to that treatment or to none; a statement attributed to another treatment does not.
 */
final class FunctionalImprovementDefinition {
  private FunctionalImprovementDefinition() {}

  /** Element (1): activities of daily living or work restrictions. */
  static boolean isFunction(FunctionalElement element) {
    return element == FunctionalElement.ADL_IMPROVEMENT
        || element == FunctionalElement.WORK_RESTRICTION_REDUCTION;
  }

  /** Element (3): the dependency on continued medical treatment. */
  static boolean isDependency(FunctionalElement element) {
    return element == FunctionalElement.REDUCED_TREATMENT_DEPENDENCY;
  }

  /** Element (2): measured in the history and physical exam and documented at a visit. */
  static boolean isMeasured(FunctionalImprovementEvidence e) {
    return e.objective() && e.documentedOn().isPresent();
  }

  /**
   * Reads the evidence for one treatment: statements attributed to another treatment, or documented
   * before {@code notBefore}, do not count for it.
   *
   * @param treatment the modalities whose improvement is asked for (physical and occupational
   *     therapy count together)
   */
  static Assessment assess(
      List<FunctionalImprovementEvidence> evidence,
      Set<Modality> treatment,
      Optional<LocalDate> notBefore) {
    Assessment a = new Assessment();
    for (FunctionalImprovementEvidence e : evidence) {
      FunctionalElement element = e.element();
      if (element == FunctionalElement.GLOBAL_IMPROVEMENT_REPORT) {
        a.globalImprovementReported = true;
        continue;
      }
      if (!e.objective()) {
        a.subjectiveStatements++;
        continue;
      }
      if (e.documentedOn().isEmpty()) {
        a.undatedStatements++;
        continue;
      }
      if (notBefore.isPresent() && e.documentedOn().get().isBefore(notBefore.get())) {
        a.earlierStatements++;
        continue;
      }
      Optional<Modality> attributed = e.attributedTo();
      if (attributed.isPresent() && !treatment.contains(attributed.get())) {
        a.attributedElsewhere.add(attributed.get());
        continue;
      }
      if (isFunction(element)) {
        a.activityImproved = true;
      } else if (isDependency(element)) {
        a.dependencyReduced = true;
      }
    }
    return a;
  }

  /**
   * What the evidence shows for one treatment: the two elements, and why statements did not count.
   */
  static final class Assessment {
    boolean activityImproved;
    boolean dependencyReduced;
    boolean globalImprovementReported;
    int subjectiveStatements;
    int undatedStatements;

    /** Objective, dated statements documented before the date asked for (e.g. the surgery). */
    int earlierStatements;

    /** Treatments objective, dated statements are attributed to, other than the one asked for. */
    final Set<Modality> attributedElsewhere = EnumSet.noneOf(Modality.class);

    private Assessment() {}

    /** Both elements are documented, measured at an evaluation. */
    boolean documented() {
      return activityImproved && dependencyReduced;
    }

    /**
     * What the record shows, as structured evidence ({@link ImprovementEvidence}): that functional
     * improvement is documented, or which element is missing and why statements of improvement did
     * not count.
     *
     * @param section the section defining functional improvement, e.g. "8 CCR § 9792.20(f)"
     * @param treatment how the treatment asked for is named, e.g. "physical medicine"
     */
    List<Evidence> evidence(String section, String treatment) {
      if (documented()) {
        return List.of(ImprovementEvidence.DOCUMENTED.with(section));
      }
      List<Evidence> out = new ArrayList<>(5);
      if (activityImproved) {
        out.add(ImprovementEvidence.ACTIVITY_ONLY.with(section));
      } else if (dependencyReduced) {
        out.add(ImprovementEvidence.DEPENDENCY_ONLY.with(section));
      } else {
        out.add(ImprovementEvidence.NEITHER.with(section));
      }
      if (globalImprovementReported) {
        out.add(ImprovementEvidence.GLOBAL_REPORT.with());
      }
      if (subjectiveStatements > 0) {
        out.add(ImprovementEvidence.SELF_REPORTED.with(subjectiveStatements));
      }
      if (undatedStatements > 0) {
        out.add(ImprovementEvidence.UNDATED.with(undatedStatements));
      }
      if (earlierStatements > 0) {
        out.add(ImprovementEvidence.BEFORE_SURGERY.with(earlierStatements));
      }
      if (!attributedElsewhere.isEmpty()) {
        List<String> others = new ArrayList<>(attributedElsewhere.size());
        for (Modality m : attributedElsewhere) {
          others.add(m.name());
        }
        out.add(ImprovementEvidence.ATTRIBUTED_ELSEWHERE.with(others, treatment));
      }
      return out;
    }
  }
}
