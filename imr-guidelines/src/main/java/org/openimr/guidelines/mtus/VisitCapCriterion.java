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
          PhysicalMedicineEvidence.VISIT_CAP_NOT_ASSIGNED.with(r.modality.name()));
      return;
    }
    PhysicalMedicineVisitCap cap = found.get();
    GuidelineCitation citation = cap.citation();
    if (r.dateOfInjury.isBefore(cap.injuriesOnOrAfter())) {
      criterion.record(
          w,
          NOT_APPLICABLE,
          citation,
          PhysicalMedicineEvidence.VISIT_CAP_INJURY_BEFORE.with(
              cap.injuriesOnOrAfter().toString()));
      return;
    }
    if (r.has(ClinicalFinding.EMPLOYER_AUTHORIZED_ADDITIONAL_VISITS)) {
      criterion.record(
          w, MET, citation, PhysicalMedicineEvidence.VISIT_CAP_EMPLOYER_AUTHORIZED.with());
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
    criterion.record(
        w,
        over ? NOT_MET : counted.documented() ? MET : NOT_DOCUMENTED,
        citation,
        PhysicalMedicineEvidence.VISIT_CAP_PRIOR_VISITS.with(
            cap.discipline(),
            counted.knownVisits(),
            counted.courses,
            counted.uncounted,
            counted.undated,
            postsurgical.courses),
        PhysicalMedicineEvidence.VISIT_CAP_TOTAL.with(
            r.requested,
            cap.discipline(),
            counted.visitsWith(r.requested),
            cap.visits(),
            counted.documented()));
  }

  /** Postsurgical requests: their visits do not count against the cap. */
  void postsurgical(PhysicalMedicineRecord r, DecisionWriter w) {
    Optional<PhysicalMedicineVisitCap> cap = content.capOf(r.modality);
    if (cap.isPresent()) {
      criterion.record(
          w,
          NOT_APPLICABLE,
          cap.get().citation(),
          PhysicalMedicineEvidence.VISIT_CAP_POSTSURGICAL_EXEMPT.with(
              cap.get().visits(), cap.get().discipline()));
    }
  }
}
