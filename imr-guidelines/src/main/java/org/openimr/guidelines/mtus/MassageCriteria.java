package org.openimr.guidelines.mtus;

import static org.openimr.model.CriterionStatus.MET;
import static org.openimr.model.CriterionStatus.NOT_DOCUMENTED;
import static org.openimr.model.CriterionStatus.NOT_MET;

import org.openimr.model.ClinicalFinding;
import org.openimr.model.Modality;

/** Massage therapy (8 CCR § 9792.24.2): an adjunct to active treatment, within its visits. */
final class MassageCriteria {
  private MassageCriteria() {}

  /** Massage accompanies other recommended treatment, such as exercise. */
  static final class Adjunct {
    static final String ID = "mtus.massage.adjunct";
    private final PhysicalMedicineCriterion criterion;

    Adjunct(PhysicalMedicineContent.Described indication) {
      criterion = PhysicalMedicineCriterion.of(ID, indication);
    }

    void check(PhysicalMedicineRecord r, DecisionWriter w) {
      boolean active =
          r.has(ClinicalFinding.ACTIVE_PHYSICAL_REHABILITATION)
              || r.has(ClinicalFinding.HOME_EXERCISE_PROGRAM);
      criterion.record(
          w,
          active ? MET : NOT_DOCUMENTED,
          active
              ? PhysicalMedicineEvidence.MASSAGE_ACTIVE_TREATMENT.with()
              : PhysicalMedicineEvidence.MASSAGE_NO_ACTIVE_TREATMENT.with());
    }
  }

  /** Massage visits, prior ones for the region included, within the figure's maximum. */
  static final class Visits {
    static final String ID = "mtus.massage.visits";
    private final PhysicalMedicineCriterion criterion;
    private final GuidelineFigure visits;

    Visits(GuidelineFigure visits) {
      this.visits = visits;
      criterion =
          PhysicalMedicineCriterion.of(
              ID,
              visits.citation(),
              "Massage therapy is limited to " + visits.display() + " in most cases");
    }

    void check(PhysicalMedicineRecord r, DecisionWriter w) {
      VisitTally prior =
          VisitTally.of(r.courses, c -> c.modality == Modality.MASSAGE && c.concerns(r.region));
      long total = prior.with(r.requested);
      boolean over = total > visits.max();
      criterion.record(
          w,
          over ? NOT_MET : prior.documented() ? MET : NOT_DOCUMENTED,
          prior.evidence("massage"),
          PhysicalMedicineEvidence.MASSAGE_VISITS.with(
              r.requested,
              prior.visitsWith(r.requested),
              visits.max(),
              visits.display(),
              prior.documented()));
    }
  }
}
