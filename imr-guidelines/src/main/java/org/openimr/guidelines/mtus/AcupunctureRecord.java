package org.openimr.guidelines.mtus;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.ClinicalFinding;
import org.openimr.model.DisputedItem;
import org.openimr.model.FrequencyRange;
import org.openimr.model.Modality;
import org.openimr.model.PainMedicationStatus;
import org.openimr.model.PriorTreatment;
import org.openimr.model.Surgery;
import org.openimr.model.TreatmentRequest;

/**
 * What the record shows about one acupuncture request, read once per evaluation: the request, the
 * prior acupuncture for the same condition, the functional-improvement evidence sorted by what §
 * 9792.20 accepts, and the indications.
 *
 * <p>Design notes: the criteria ask the same questions of the case (is there prior acupuncture? is
 * the improvement objective?), so they are answered here in one pass of plain loops, and each
 * criterion only reads the answers. The record keeps enums and counts, never the record's free text
 * (descriptions, sources, outcomes), which may carry patient identifiers. Judgements it makes:
 *
 * <ul>
 *   <li>Prior acupuncture (or electroacupuncture) is "for the condition" when its region is the
 *       request's, or either region is not stated: an unstated region counts against the request
 *       rather than for it, as gaps in the record do.
 *   <li>A prior course with zero sessions completed (or authorized) is no prior acupuncture; one
 *       whose completed count is not stated is prior acupuncture with an undocumented count.
 *   <li>Evidence counts toward functional improvement only when objective (measured in the history
 *       and physical exam) and dated (documented at an evaluation visit), and attributed to
 *       acupuncture, electroacupuncture or no treatment: evidence the record attributes to another
 *       treatment does not show that acupuncture helped ({@link FunctionalImprovementDefinition}).
 * </ul>
 */
final class AcupunctureRecord {
  private static final Set<Modality> ACUPUNCTURE_MODALITIES =
      EnumSet.of(Modality.ACUPUNCTURE, Modality.ELECTROACUPUNCTURE);

  /** Each region as a list of one, made once. */
  private static final Map<BodyRegion, List<BodyRegion>> ONE_REGION =
      new EnumMap<>(BodyRegion.class);

  static {
    for (BodyRegion r : BodyRegion.values()) {
      ONE_REGION.put(r, List.of(r));
    }
  }

  final TreatmentRequest request;
  final Modality modality;
  final Optional<BodyRegion> region;

  /** The region as an evidence fact: its name, or {@link AcupunctureEvidence#UNSTATED}. */
  final String regionFact;

  /**
   * The regions the request may concern: its own, or the case's injured regions if it names none.
   */
  final List<BodyRegion> regionsConcerned;

  final PainMedicationStatus painMedication;
  final boolean activeRehabilitation;
  final boolean surgeryForTheRegion;
  final Set<ClinicalFinding> findings;

  /** Prior courses of acupuncture for the condition, with and without a completed count. */
  final int priorCourses;

  final int priorCoursesWithoutCount;

  /** The completed sessions the record states for those courses. */
  final int priorSessions;

  /**
   * Functional improvement as {@link FunctionalImprovementDefinition} reads it for acupuncture:
   * evidence attributed to acupuncture (or electroacupuncture) or to no treatment.
   */
  final FunctionalImprovementDefinition.Assessment improvement;

  AcupunctureRecord(Case c, DisputedItem item) {
    request = item.request();
    modality = request.modality().orElse(Modality.ACUPUNCTURE);
    region = request.region();
    regionFact = region.isPresent() ? region.get().name() : AcupunctureEvidence.UNSTATED;
    regionsConcerned =
        region.isPresent()
            ? Objects.requireNonNull(ONE_REGION.get(region.get()))
            : c.injuredRegions();
    painMedication = c.painMedication();
    findings = c.findings();
    activeRehabilitation = findings.contains(ClinicalFinding.ACTIVE_PHYSICAL_REHABILITATION);

    boolean surgery = false;
    List<Surgery> surgeries = c.surgeries();
    for (int i = 0; i < surgeries.size(); i++) {
      Surgery s = surgeries.get(i);
      if (region.isEmpty() || region.get() == s.region()) {
        surgery = true;
        break;
      }
    }
    surgeryForTheRegion = surgery;

    int courses = 0;
    int withoutCount = 0;
    int sessions = 0;
    List<PriorTreatment> history = c.treatmentHistory();
    for (int i = 0; i < history.size(); i++) {
      PriorTreatment t = history.get(i);
      if (!isAcupuncture(t.modality()) || !sameCondition(t.region())) {
        continue;
      }
      if (t.sessionsCompleted().isPresent()) {
        int completed = t.sessionsCompleted().get();
        if (completed == 0) {
          continue;
        }
        sessions += completed;
      } else if (t.sessionsAuthorized().isPresent() && t.sessionsAuthorized().get() == 0) {
        continue;
      } else {
        withoutCount++;
      }
      courses++;
    }
    priorCourses = courses;
    priorCoursesWithoutCount = withoutCount;
    priorSessions = sessions;

    improvement =
        FunctionalImprovementDefinition.assess(
            c.functionalImprovement(), ACUPUNCTURE_MODALITIES, Optional.empty());
  }

  static boolean isAcupuncture(Modality m) {
    return m == Modality.ACUPUNCTURE || m == Modality.ELECTROACUPUNCTURE;
  }

  private boolean sameCondition(Optional<BodyRegion> priorRegion) {
    return priorRegion.isEmpty() || region.isEmpty() || priorRegion.get() == region.get();
  }

  boolean isExtension() {
    return priorCourses > 0;
  }

  boolean isElectroacupuncture() {
    return modality == Modality.ELECTROACUPUNCTURE;
  }

  int totalSessions() {
    return request.totalSessions();
  }

  Optional<FrequencyRange> frequency() {
    return request.frequency();
  }

  Optional<Integer> weeks() {
    return request.weeks();
  }

  /** {@code "the low back"}, or {@code "this condition"} when the request names no region. */
  String regionPhrase() {
    return region.map(AcupunctureRecord::phrase).orElse("this condition");
  }

  static String phrase(BodyRegion r) {
    return r == BodyRegion.OTHER ? "a region not listed" : "the " + r.displayName();
  }
}
