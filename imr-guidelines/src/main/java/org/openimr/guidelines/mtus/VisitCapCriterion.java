package org.openimr.guidelines.mtus;

import static org.openimr.model.CriterionStatus.MET;
import static org.openimr.model.CriterionStatus.NOT_APPLICABLE;
import static org.openimr.model.CriterionStatus.NOT_DOCUMENTED;
import static org.openimr.model.CriterionStatus.NOT_MET;

import java.util.List;
import java.util.Optional;
import org.openimr.model.ClinicalFinding;
import org.openimr.model.GuidelineCitation;

/**
 * Labor Code § 4604.5(c)(1): at most 24 visits per discipline per injury, unless the employer
 * authorizes more in writing or the visits are postsurgical. Prior courses count as the record's
 * one classification says ({@link PhysicalMedicineRecord.Kind}): only courses shown to be
 * postsurgical are left out.
 */
final class VisitCapCriterion {
  static final String ID = "labor-code.4604.5.visit-cap";

  private final PhysicalMedicineCriterion criterion;
  private final PhysicalMedicineContent.Caps content;

  VisitCapCriterion(PhysicalMedicineContent.Caps content) {
    this.content = content;
    List<PhysicalMedicineVisitCap> caps = content.caps;
    PhysicalMedicineVisitCap first = caps.get(0);
    StringBuilder allowed = new StringBuilder();
    for (int i = 0; i < caps.size(); i++) {
      if (i > 0) {
        allowed.append(i == caps.size() - 1 ? " and " : ", ");
      }
      allowed.append(caps.get(i).visits()).append(' ').append(caps.get(i).discipline());
    }
    criterion =
        PhysicalMedicineCriterion.of(
            ID,
            GuidelineCitation.of(
                first.edition(), first.section(), "Visit caps per industrial injury"),
            first.section()
                + " allows at most "
                + allowed
                + " visits per industrial injury for injuries on or after "
                + first.injuriesOnOrAfter()
                + ", unless the employer authorizes more in writing or the visits are postsurgical"
                + " physical medicine under 8 CCR § 9792.24.3");
  }

  /** Chronic pain requests: the injury's visits of the discipline, not postsurgical. */
  void check(PhysicalMedicineRecord r, DecisionWriter w) {
    Optional<PhysicalMedicineVisitCap> found = content.capOf(r.modality);
    if (found.isEmpty()) {
      criterion.record(
          w,
          NOT_APPLICABLE,
          "The statute caps chiropractic, occupational therapy and physical therapy visits; "
              + ModalityScope.name(r.modality)
              + " visits are not assigned to one of them here, since that depends on who provides"
              + " them.");
      return;
    }
    PhysicalMedicineVisitCap cap = found.get();
    GuidelineCitation citation = cap.citation();
    if (r.dateOfInjury.isBefore(cap.injuriesOnOrAfter())) {
      criterion.record(
          w,
          NOT_APPLICABLE,
          citation,
          List.of(
              "The injury predates " + cap.injuriesOnOrAfter() + ", so the cap does not apply."));
      return;
    }
    if (r.has(ClinicalFinding.EMPLOYER_AUTHORIZED_ADDITIONAL_VISITS)) {
      criterion.record(
          w, MET, citation, List.of("The employer authorized additional visits in writing."));
      return;
    }
    VisitTally counted =
        VisitTally.of(
            r.courses,
            c ->
                cap.modalities().contains(c.modality)
                    && c.kind != PhysicalMedicineRecord.Kind.POSTSURGICAL);
    VisitTally postsurgical =
        VisitTally.of(
            r.courses,
            c ->
                cap.modalities().contains(c.modality)
                    && c.kind == PhysicalMedicineRecord.Kind.POSTSURGICAL);
    long total = counted.with(r.requested);
    boolean over = total > cap.visits();
    String described =
        counted.describe((postsurgical.courses == 0 ? "" : "non-postsurgical ") + cap.discipline())
            + (postsurgical.courses == 0
                ? ""
                : " "
                    + VisitTally.count(postsurgical.courses, "course", "courses")
                    + " given within a surgery's postsurgical period "
                    + (postsurgical.courses == 1 ? "is" : "are")
                    + " not counted.");
    String sum =
        "With the "
            + r.requested
            + " requested the injury's "
            + cap.discipline()
            + " visits come to "
            + (counted.documented() ? "" : "at least ")
            + total
            + (over
                ? ", more than the cap of " + cap.visits() + "."
                : counted.documented()
                    ? ", within the cap of " + cap.visits() + "."
                    : "; without the uncounted visits the cap of "
                        + cap.visits()
                        + " cannot be shown to hold.");
    criterion.record(
        w,
        over ? NOT_MET : counted.documented() ? MET : NOT_DOCUMENTED,
        citation,
        List.of(described, sum));
  }

  /** Postsurgical requests: their visits do not count against the cap. */
  void postsurgical(PhysicalMedicineRecord r, DecisionWriter w) {
    Optional<PhysicalMedicineVisitCap> cap = content.capOf(r.modality);
    if (cap.isPresent()) {
      criterion.record(
          w,
          NOT_APPLICABLE,
          cap.get().citation(),
          List.of(
              "Postsurgical physical medicine visits under 8 CCR § 9792.24.3 do not count against"
                  + " the cap of "
                  + cap.get().visits()
                  + " "
                  + cap.get().discipline()
                  + " visits."));
    }
  }
}
