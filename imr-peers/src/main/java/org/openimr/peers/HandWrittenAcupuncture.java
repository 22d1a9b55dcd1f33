package org.openimr.peers;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.openimr.model.CriterionStatus.MET;
import static org.openimr.model.CriterionStatus.NOT_APPLICABLE;
import static org.openimr.model.CriterionStatus.NOT_DOCUMENTED;
import static org.openimr.model.CriterionStatus.NOT_MET;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.ClinicalFinding;
import org.openimr.model.DisputedItem;
import org.openimr.model.FunctionalElement;
import org.openimr.model.FunctionalImprovementEvidence;
import org.openimr.model.Modality;
import org.openimr.model.PainMedicationStatus;
import org.openimr.model.PriorTreatment;
import org.openimr.model.Surgery;
import org.openimr.model.TreatmentRequest;
import org.openimr.peers.PeerDecision.Criterion;

/**
 * The MTUS acupuncture rules of the 2009 edition hand-written in plain Java, as the practical limit
 * of speed: one pass over the case, then each criterion an {@code if}, building a list of ids and
 * statuses. No descriptions, evidence, citations or rationale: only what the agreement test
 * compares and a caller needs to act on the outcome.
 *
 * <p>It reads the case as {@link org.openimr.guidelines.mtus.MtusAcupunctureEvaluator} does: prior
 * acupuncture counts when its region is the request's or either is unstated, a course with zero
 * sessions completed (or, without a completed count, zero authorized) is none, and improvement
 * counts when objective, dated and attributed to acupuncture, electroacupuncture or nothing.
 * Immutable and thread-safe.
 */
@API(status = INTERNAL)
public final class HandWrittenAcupuncture {
  private final AcupunctureLimits limits;

  public HandWrittenAcupuncture(AcupunctureLimits limits) {
    this.limits = limits;
  }

  /** Decides one acupuncture or electroacupuncture item of a valid case. */
  public PeerDecision decide(Case c, DisputedItem item) {
    TreatmentRequest request = item.request();
    Optional<BodyRegion> region = request.region();
    boolean electro =
        request.modality().orElse(Modality.ACUPUNCTURE) == Modality.ELECTROACUPUNCTURE;
    List<Criterion> criteria = new ArrayList<>(9);

    // (b) scope: the first region concerned that the edition leaves to another guideline.
    List<BodyRegion> concerned = region.isPresent() ? List.of(region.get()) : c.injuredRegions();
    for (BodyRegion r : concerned) {
      if (limits.getDeferredRegions().contains(r)) {
        criteria.add(new Criterion(CriterionIds.SCOPE, NOT_MET));
        return PeerDecision.of(true, criteria);
      }
    }
    criteria.add(new Criterion(CriterionIds.SCOPE, MET));

    int courses = 0;
    int withoutCount = 0;
    for (PriorTreatment t : c.treatmentHistory()) {
      if (!isAcupuncture(t.modality())
          || (t.region().isPresent() && region.isPresent() && t.region().get() != region.get())) {
        continue;
      }
      if (t.sessionsCompleted().isPresent()) {
        if (t.sessionsCompleted().get() == 0) {
          continue;
        }
      } else if (t.sessionsAuthorized().isPresent() && t.sessionsAuthorized().get() == 0) {
        continue;
      } else {
        withoutCount++;
      }
      courses++;
    }
    boolean extension = courses > 0;

    // (a)(1) indication, for a first trial.
    if (extension) {
      criteria.add(new Criterion(CriterionIds.INDICATION, NOT_APPLICABLE));
    } else {
      PainMedicationStatus pain = c.painMedication();
      boolean indicated =
          pain == PainMedicationStatus.REDUCED
              || pain == PainMedicationStatus.NOT_TOLERATED
              || c.findings().contains(ClinicalFinding.ACTIVE_PHYSICAL_REHABILITATION)
              || surgeryFor(c, region);
      criteria.add(
          new Criterion(
              CriterionIds.INDICATION,
              indicated ? MET : pain == PainMedicationStatus.UNCHANGED ? NOT_MET : NOT_DOCUMENTED));
    }

    // (a)(2) electroacupuncture indication.
    if (!electro) {
      criteria.add(new Criterion(CriterionIds.ELECTROACUPUNCTURE_INDICATION, NOT_APPLICABLE));
    } else {
      boolean found = false;
      for (ClinicalFinding f : limits.getElectroacupunctureIndications()) {
        if (c.findings().contains(f)) {
          found = true;
          break;
        }
      }
      criteria.add(
          new Criterion(CriterionIds.ELECTROACUPUNCTURE_INDICATION, found ? MET : NOT_DOCUMENTED));
    }

    // (c)(1) a first trial's length.
    int total = request.totalSessions();
    if (extension) {
      criteria.add(new Criterion(CriterionIds.INITIAL_TRIAL, NOT_APPLICABLE));
    } else {
      criteria.add(
          new Criterion(
              CriterionIds.INITIAL_TRIAL, total <= limits.getMaxTrialTreatments() ? MET : NOT_MET));
    }

    // (c)(2) frequency: as stated, or the fewest a week the total needs over the weeks stated.
    int maxPerWeek = limits.getMaxPerWeek();
    if (request.frequency().isPresent()) {
      criteria.add(
          new Criterion(
              CriterionIds.FREQUENCY,
              request.frequency().get().max() <= maxPerWeek ? MET : NOT_MET));
    } else if (request.weeks().isPresent()) {
      criteria.add(
          new Criterion(
              CriterionIds.FREQUENCY,
              ceilDiv(total, request.weeks().get()) <= maxPerWeek ? MET : NOT_MET));
    } else {
      criteria.add(new Criterion(CriterionIds.FREQUENCY, NOT_APPLICABLE));
    }

    // (c)(3) duration: as stated, or the shortest schedule the request allows.
    int weeks;
    if (request.weeks().isPresent()) {
      weeks = request.weeks().get();
    } else {
      int perWeek = request.frequency().isPresent() ? request.frequency().get().max() : maxPerWeek;
      weeks = ceilDiv(total, perWeek);
    }
    criteria.add(
        new Criterion(CriterionIds.DURATION, weeks <= limits.getMaxWeeks() ? MET : NOT_MET));

    // (d) extension: completed sessions stated and functional improvement documented.
    if (!extension) {
      criteria.add(new Criterion(CriterionIds.SESSIONS_DOCUMENTED, NOT_APPLICABLE));
      criteria.add(new Criterion(CriterionIds.EXTENSION, NOT_APPLICABLE));
      criteria.add(new Criterion(CriterionIds.FUNCTIONAL_IMPROVEMENT, NOT_APPLICABLE));
    } else {
      criteria.add(
          new Criterion(
              CriterionIds.SESSIONS_DOCUMENTED, withoutCount == 0 ? MET : NOT_DOCUMENTED));
      boolean improved = improvementDocumented(c.functionalImprovement());
      criteria.add(new Criterion(CriterionIds.EXTENSION, improved ? MET : NOT_DOCUMENTED));
      criteria.add(
          new Criterion(CriterionIds.FUNCTIONAL_IMPROVEMENT, improved ? MET : NOT_DOCUMENTED));
    }
    return PeerDecision.of(false, criteria);
  }

  private static boolean isAcupuncture(Modality m) {
    return m == Modality.ACUPUNCTURE || m == Modality.ELECTROACUPUNCTURE;
  }

  private static boolean surgeryFor(Case c, Optional<BodyRegion> region) {
    for (Surgery s : c.surgeries()) {
      if (region.isEmpty() || region.get() == s.region()) {
        return true;
      }
    }
    return false;
  }

  /**
   * § 9792.20(f): an objective, dated improvement in activities or work restrictions and one in the
   * dependency on treatment, each attributed to acupuncture, electroacupuncture or nothing.
   */
  private static boolean improvementDocumented(List<FunctionalImprovementEvidence> evidence) {
    boolean activity = false;
    boolean dependency = false;
    for (FunctionalImprovementEvidence e : evidence) {
      if (!e.objective()
          || e.documentedOn().isEmpty()
          || (e.attributedTo().isPresent() && !isAcupuncture(e.attributedTo().get()))) {
        continue;
      }
      FunctionalElement element = e.element();
      if (element == FunctionalElement.ADL_IMPROVEMENT
          || element == FunctionalElement.WORK_RESTRICTION_REDUCTION) {
        activity = true;
      } else if (element == FunctionalElement.REDUCED_TREATMENT_DEPENDENCY) {
        dependency = true;
      }
    }
    return activity && dependency;
  }

  /** {@code a / b} rounded up, a divisor below 1 counting as 1; never overflows. */
  static int ceilDiv(int a, int b) {
    int d = Math.max(1, b);
    return Math.floorDiv(a, d) + (Math.floorMod(a, d) == 0 ? 0 : 1);
  }
}
