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
import org.openimr.model.Evidence;

/**
 * The criteria of chronic pain physical medicine for physical, occupational and aquatic therapy (8
 * CCR § 9792.24.2), one class each, with its id as a constant. Each computes its facts (the numbers
 * it compares) from a {@link PhysicalMedicineRecord}, decides its status from them and records the
 * same facts as evidence ({@link PhysicalMedicineEvidence}), whose sentences are rendered from
 * them, so a sentence cannot say what the comparison did not find.
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
              ? PhysicalMedicineEvidence.AQUATIC_WEIGHT_BEARING_DOCUMENTED.with()
              : PhysicalMedicineEvidence.AQUATIC_WEIGHT_BEARING_UNDOCUMENTED.with());
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
      List<Evidence> evidence = new ArrayList<>(3);
      if (f.chosen.isPresent()) {
        DiagnosisGroupIndex.Placement p = f.chosen.get();
        ChronicPainDiagnosisGroup g = p.group;
        String provenance = g.provenance().name();
        evidence.add(
            p.code.isPresent()
                ? PhysicalMedicineEvidence.DIAGNOSIS_IN_GROUP_BY_TITLE.with(
                    code(p.diagnosis), p.code.get().title(), g.display(), g.visits(), provenance)
                : PhysicalMedicineEvidence.DIAGNOSIS_IN_GROUP.with(
                    code(p.diagnosis), g.display(), g.visits(), provenance));
      } else if (r.diagnoses.isEmpty()) {
        evidence.add(PhysicalMedicineEvidence.DIAGNOSIS_NONE.with());
      } else if (!f.outside.isEmpty()) {
        evidence.add(PhysicalMedicineEvidence.DIAGNOSES_IN_NO_GROUP.with(codeList(f.outside)));
      }
      for (DiagnosisGroupIndex.Placement p : f.otherRegion) {
        List<String> regions = new ArrayList<>(p.regions.size());
        p.regions.forEach(region -> regions.add(region.name()));
        evidence.add(
            PhysicalMedicineEvidence.DIAGNOSIS_OF_OTHER_REGION.with(
                code(p.diagnosis),
                p.regionStated,
                regions,
                PhysicalMedicineEvidence.region(r.region)));
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
      return "The diagnosis " + AcupunctureCriteria.list(codeList(diagnoses), "and");
    }

    /** The diagnoses as {@code "ICD-10-CM M54.5"}, in order. */
    static List<String> codeList(List<Diagnosis> diagnoses) {
      List<String> names = new ArrayList<>(diagnoses.size());
      for (Diagnosis d : diagnoses) {
        names.add(code(d));
      }
      return names;
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
        criterion.record(w, NOT_APPLICABLE, PhysicalMedicineEvidence.FREQUENCY_NOT_STATED.with());
        return;
      }
      int perWeek = r.request.frequency().get().max();
      boolean within = perWeek <= maxPerWeek;
      criterion.record(
          w,
          within ? MET : NOT_MET,
          (within
                  ? PhysicalMedicineEvidence.FREQUENCY_WITHIN
                  : PhysicalMedicineEvidence.FREQUENCY_OVER)
              .with(perWeek, maxPerWeek));
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
      Evidence asked =
          r.weeks.isPresent()
              ? PhysicalMedicineEvidence.VISITS_AND_WEEKS_REQUESTED.with(
                  r.requested, r.weeks.get(), g.visitsMax(), g.weeks(), g.visits())
              : PhysicalMedicineEvidence.VISITS_REQUESTED.with(
                  r.requested, g.visitsMax(), g.weeks(), g.visits());
      criterion.record(
          w,
          visitsWithin && weeksWithin ? MET : NOT_MET,
          g.citation(),
          PhysicalMedicineEvidence.VISITS_OF_GROUP.with(g.visits(), g.diagnosis()),
          asked);
    }
  }
}
