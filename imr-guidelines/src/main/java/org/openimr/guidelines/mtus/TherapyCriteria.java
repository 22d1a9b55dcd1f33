package org.openimr.guidelines.mtus;

import static org.openimr.model.CriterionStatus.MET;
import static org.openimr.model.CriterionStatus.NOT_APPLICABLE;
import static org.openimr.model.CriterionStatus.NOT_DOCUMENTED;
import static org.openimr.model.CriterionStatus.NOT_MET;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openimr.model.ClinicalFinding;
import org.openimr.model.CodeSystem;
import org.openimr.model.Diagnosis;

/**
 * The criteria of chronic pain physical medicine for physical, occupational and aquatic therapy (8
 * CCR § 9792.24.2), one class each, with its id as a constant. Each computes its facts (the numbers
 * it compares) from a {@link PhysicalMedicineRecord}, decides its status from them and renders its
 * sentences from the same facts, so a sentence cannot say what the comparison did not find.
 */
final class TherapyCriteria {
  private TherapyCriteria() {}

  /** Aquatic therapy: an alternative to land-based therapy where reduced weight bearing helps. */
  static final class AquaticWeightBearing {
    static final String ID = "mtus.aquatic.weight-bearing";
    private final PhysicalMedicineCriterion criterion;

    AquaticWeightBearing(PhysicalMedicineContent.Described indication) {
      criterion = PhysicalMedicineCriterion.of(ID, indication);
    }

    void check(PhysicalMedicineRecord r, DecisionWriter w) {
      boolean reason = r.has(ClinicalFinding.REDUCED_WEIGHT_BEARING_DESIRABLE);
      criterion.record(
          w,
          reason ? MET : NOT_DOCUMENTED,
          reason
              ? "The record documents that reduced weight bearing is desirable."
              : "The record does not document why reduced weight bearing is desirable, so"
                  + " land-based therapy is not shown to be unsuitable.");
    }
  }

  /**
   * The diagnosis group whose visits apply: of the case's diagnoses that concern the treated region
   * (item 5 of issue 13), the one whose group gives the most visits.
   */
  static final class DiagnosisGroup {
    static final String ID = "mtus.chronic-pain.diagnosis-group";
    private final PhysicalMedicineCriterion criterion;
    private final DiagnosisGroupIndex index;

    /** What the diagnoses show for the treated region. */
    static final class Facts {
      final Optional<DiagnosisGroupIndex.Placement> chosen;
      final List<DiagnosisGroupIndex.Placement> otherRegion = new ArrayList<>(2);
      final List<Diagnosis> outside = new ArrayList<>(2);

      Facts(Optional<DiagnosisGroupIndex.Placement> chosen) {
        this.chosen = chosen;
      }
    }

    DiagnosisGroup(PhysicalMedicineContent.Described visitsByDiagnosis, DiagnosisGroupIndex index) {
      this.index = index;
      criterion = PhysicalMedicineCriterion.of(ID, visitsByDiagnosis);
    }

    Facts facts(PhysicalMedicineRecord r) {
      return facts(index, r);
    }

    /** The placement of the diagnoses, whether or not the criterion is recorded. */
    static Facts facts(DiagnosisGroupIndex index, PhysicalMedicineRecord r) {
      DiagnosisGroupIndex.@Nullable Placement best = null;
      List<DiagnosisGroupIndex.Placement> elsewhere = new ArrayList<>(2);
      List<Diagnosis> outside = new ArrayList<>(2);
      for (Diagnosis d : r.diagnoses) {
        Optional<DiagnosisGroupIndex.Placement> p = index.place(d);
        if (p.isEmpty()) {
          outside.add(d);
        } else if (!p.get().appliesTo(r.region)) {
          elsewhere.add(p.get());
        } else if (best == null || p.get().group.visitsMax() > best.group.visitsMax()) {
          best = p.get();
        }
      }
      Facts f = new Facts(Optional.ofNullable(best));
      f.otherRegion.addAll(elsewhere);
      f.outside.addAll(outside);
      return f;
    }

    Facts check(PhysicalMedicineRecord r, DecisionWriter w) {
      Facts f = facts(r);
      List<String> evidence = new ArrayList<>(3);
      if (f.chosen.isPresent()) {
        DiagnosisGroupIndex.Placement p = f.chosen.get();
        ChronicPainDiagnosisGroup g = p.group;
        String how =
            p.code.isPresent()
                ? ", which joins the group by its title, "
                    + p.code.get().title()
                    + " ("
                    + Provenance.CODE_TITLES.meaning()
                    + ")"
                : "";
        evidence.add(
            "The diagnosis "
                + code(p.diagnosis)
                + how
                + " falls in the group "
                + g.display()
                + ": "
                + g.visits()
                + " ("
                + g.provenance().meaning()
                + ").");
      } else if (r.diagnoses.isEmpty()) {
        evidence.add("The record gives no diagnosis code.");
      } else if (!f.outside.isEmpty()) {
        evidence.add(
            codes(f.outside)
                + (f.outside.size() == 1 ? " is" : " are")
                + " in no diagnosis group encoded here.");
      }
      for (DiagnosisGroupIndex.Placement p : f.otherRegion) {
        evidence.add(
            "The diagnosis "
                + code(p.diagnosis)
                + (p.regionStated ? " is recorded for " : " concerns ")
                + regions(p)
                + ", not "
                + r.regionPhrase()
                + ", so it does not set the visits for this request.");
      }
      if (f.chosen.isPresent()) {
        criterion.record(w, MET, f.chosen.get().group.citation(), evidence);
      } else {
        criterion.record(w, NOT_APPLICABLE, evidence);
      }
      return f;
    }

    static String code(Diagnosis d) {
      return (d.system() == CodeSystem.ICD_9_CM ? "ICD-9-CM " : "ICD-10-CM ") + d.code();
    }

    static String codes(List<Diagnosis> diagnoses) {
      List<String> names = new ArrayList<>(diagnoses.size());
      for (Diagnosis d : diagnoses) {
        names.add(code(d));
      }
      return "The diagnosis " + AcupunctureCriteria.list(names, "and");
    }

    private static String regions(DiagnosisGroupIndex.Placement p) {
      List<String> names = new ArrayList<>(p.regions.size());
      p.regions.forEach(region -> names.add(AcupunctureRecord.phrase(region)));
      return AcupunctureCriteria.list(names, "and");
    }
  }

  /** Fading frequency: from up to 3 visits a week; checked on the request's stated frequency. */
  static final class Frequency {
    static final String ID = "mtus.chronic-pain.frequency";
    private final PhysicalMedicineCriterion criterion;
    private final int maxPerWeek;

    Frequency(GuidelineFigure frequency) {
      this.maxPerWeek = frequency.max();
      criterion =
          PhysicalMedicineCriterion.of(
              ID,
              frequency.citation(),
              "Physical medicine allows for fading of treatment frequency, from up to "
                  + frequency.max()
                  + " visits a week to "
                  + frequency.min()
                  + " or less, plus active self-directed home physical medicine");
    }

    void check(PhysicalMedicineRecord r, DecisionWriter w) {
      if (r.request.frequency().isEmpty()) {
        criterion.record(w, NOT_APPLICABLE, "The request states no visits per week.");
        return;
      }
      int perWeek = r.request.frequency().get().max();
      boolean within = perWeek <= maxPerWeek;
      criterion.record(
          w,
          within ? MET : NOT_MET,
          "The request asks for up to "
              + VisitTally.visits(perWeek)
              + " a week, "
              + (within ? "no more than the " : "more than the ")
              + maxPerWeek
              + " the guideline allows at the start.");
    }
  }

  /** The visits and weeks of a course for the diagnosis group. */
  static final class Visits {
    static final String ID = "mtus.chronic-pain.visits";
    private final PhysicalMedicineCriterion criterion;

    Visits(PhysicalMedicineContent.Described visitsByDiagnosis) {
      criterion = PhysicalMedicineCriterion.of(ID, visitsByDiagnosis);
    }

    void check(PhysicalMedicineRecord r, ChronicPainDiagnosisGroup g, DecisionWriter w) {
      boolean visitsWithin = r.requested <= g.visitsMax();
      boolean weeksWithin = r.weeks.isEmpty() || r.weeks.get() <= g.weeks();
      StringBuilder asked =
          new StringBuilder("The request is for ").append(VisitTally.visits(r.requested));
      r.weeks.ifPresent(n -> asked.append(" over ").append(VisitTally.weeks(n)));
      List<String> problems = new ArrayList<>(2);
      if (!visitsWithin) {
        problems.add("more than " + VisitTally.visits(g.visitsMax()));
      }
      if (!weeksWithin) {
        problems.add("longer than " + VisitTally.weeks(g.weeks()));
      }
      asked.append(
          problems.isEmpty()
              ? ", within " + g.visits() + "."
              : ": " + AcupunctureCriteria.list(problems, "and") + ".");
      criterion.record(
          w,
          problems.isEmpty() ? MET : NOT_MET,
          g.citation(),
          List.of(
              "The guideline gives " + g.visits() + " for " + g.diagnosis() + ".",
              asked.toString()));
    }
  }
}
