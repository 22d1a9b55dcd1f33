package org.openimr.guidelines.mtus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.ClinicalFinding;
import org.openimr.model.Diagnosis;
import org.openimr.model.DisputedItem;
import org.openimr.model.FunctionalImprovementEvidence;
import org.openimr.model.Modality;
import org.openimr.model.PriorTreatment;
import org.openimr.model.TreatmentRequest;

/**
 * What the record shows about one physical medicine request, read once per item: the request and
 * the region it concerns, the postsurgical coverage, and every prior course classified once.
 *
 * <p>Design notes: the criteria of both physical medicine evaluators ask the same questions (which
 * surgery's period covers the request? which prior visits were postsurgical?), so they are answered
 * here, and every criterion only reads the answers. One classification of each prior course is used
 * by everything that counts visits: the postsurgical course, the chronic pain allowance and the
 * Labor Code § 4604.5 cap. A course is {@linkplain Kind#POSTSURGICAL postsurgical} when it is
 * physical medicine, its dates fall inside a surgery's postsurgical period and its region is the
 * surgery's; a course the record does not date is {@linkplain Kind#UNDATED not shown to be
 * postsurgical}, and counts as not postsurgical, as visits are exempt from the cap only when shown
 * to be postsurgical. The record keeps enums, counts and dates, never the record's free text.
 */
final class PhysicalMedicineRecord {
  /** How one prior course is counted. */
  enum Kind {
    /**
     * Physical medicine dated inside a surgery's postsurgical period, for that surgery's region.
     */
    POSTSURGICAL,
    /** Dated, and not inside a postsurgical period for its region (or not physical medicine). */
    NOT_POSTSURGICAL,
    /** Physical medicine the record does not date, in a case with a surgery of its region. */
    UNDATED
  }

  /** One prior course, classified. */
  static final class Course {
    final Modality modality;
    final Optional<BodyRegion> region;
    final Optional<Integer> completed;
    final Kind kind;

    /** The surgery whose period the course falls in, for a postsurgical course. */
    final Optional<PostsurgicalCoverage> period;

    final Optional<LocalDate> lastDate;
    final boolean hadVisits;

    Course(
        PriorTreatment t,
        Optional<BodyRegion> region,
        Kind kind,
        Optional<PostsurgicalCoverage> p) {
      this.modality = t.modality();
      this.region = region;
      this.completed = t.sessionsCompleted();
      this.kind = kind;
      this.period = p;
      this.lastDate = t.endDate().or(t::startDate);
      // Zero visits completed, or none authorized and no count: no visits were given.
      this.hadVisits =
          t.sessionsCompleted().isPresent()
              ? t.sessionsCompleted().get() > 0
              : t.sessionsAuthorized().isEmpty() || t.sessionsAuthorized().get() > 0;
    }

    /** Whether the course concerns a region (either one unknown counts as yes). */
    boolean concerns(Optional<BodyRegion> other) {
      return region.isEmpty() || other.isEmpty() || region.equals(other);
    }
  }

  final TreatmentRequest request;
  final Modality modality;

  /** The region the request concerns: its own, else the case's only injured region. */
  final Optional<BodyRegion> region;

  final int requested;
  final Optional<Integer> weeks;
  final Set<ClinicalFinding> findings;
  final List<Diagnosis> diagnoses;
  final LocalDate dateOfInjury;
  final Optional<LocalDate> requestDate;

  /** The surgery whose postsurgical period covers this physical or occupational therapy request. */
  final Optional<PostsurgicalCoverage> coverage;

  final List<Course> courses;
  private final List<FunctionalImprovementEvidence> evidence;

  /**
   * Reads the item; {@code postsurgical} places the case's surgeries in their periods, and is
   * absent only where the caller has made sure the case records no surgery.
   */
  PhysicalMedicineRecord(
      Case c, DisputedItem item, PhysicalMedicineContent.@Nullable Postsurgical postsurgical) {
    request = item.request();
    modality = request.modality().orElse(Modality.OTHER);
    region = requestRegion(c, request);
    requested = request.totalSessions();
    weeks = request.weeks();
    findings = c.findings();
    diagnoses = c.diagnoses();
    dateOfInjury = c.dateOfInjury();
    requestDate = c.effectiveRequestDate();
    evidence = c.functionalImprovement();
    List<PostsurgicalCoverage> periods =
        postsurgical == null ? List.of() : PostsurgicalCoverage.periodsTaken(c, postsurgical);
    coverage =
        postsurgical != null && postsurgical.modalities.contains(modality)
            ? PostsurgicalCoverage.covering(periods, requestDate, region)
            : Optional.empty();
    List<Course> classified = new ArrayList<>(c.treatmentHistory().size());
    Optional<BodyRegion> onlyInjured =
        c.injuredRegions().size() == 1 ? Optional.of(c.injuredRegions().get(0)) : Optional.empty();
    for (PriorTreatment t : c.treatmentHistory()) {
      Optional<BodyRegion> courseRegion = t.region().or(() -> onlyInjured);
      classified.add(classify(t, courseRegion, periods));
    }
    courses = List.copyOf(classified);
  }

  private static Course classify(
      PriorTreatment t, Optional<BodyRegion> region, List<PostsurgicalCoverage> periods) {
    if (!ModalityScope.PHYSICAL_MEDICINE.contains(t.modality()) || region.isEmpty()) {
      return new Course(t, region, Kind.NOT_POSTSURGICAL, Optional.empty());
    }
    boolean surgeryOfRegion = false;
    Optional<PostsurgicalCoverage> inside = Optional.empty();
    for (PostsurgicalCoverage p : periods) {
      if (!p.concerns(region.get())) {
        continue;
      }
      surgeryOfRegion = true;
      boolean dated = t.startDate().isPresent() || t.endDate().isPresent();
      boolean startInside = t.startDate().isEmpty() || p.covers(t.startDate().get());
      boolean endInside = t.endDate().isEmpty() || p.covers(t.endDate().get());
      if (dated
          && startInside
          && endInside
          && (inside.isEmpty() || p.surgery.date().isAfter(inside.get().surgery.date()))) {
        inside = Optional.of(p);
      }
    }
    if (inside.isPresent()) {
      return new Course(t, region, Kind.POSTSURGICAL, inside);
    }
    boolean undated = t.startDate().isEmpty() && t.endDate().isEmpty();
    return new Course(
        t, region, surgeryOfRegion && undated ? Kind.UNDATED : Kind.NOT_POSTSURGICAL, inside);
  }

  /** The region a request concerns: its own, else the case's only injured region. */
  static Optional<BodyRegion> requestRegion(Case c, TreatmentRequest request) {
    if (request.region().isPresent()) {
      return request.region();
    }
    return c.injuredRegions().size() == 1
        ? Optional.of(c.injuredRegions().get(0))
        : Optional.empty();
  }

  /** Functional improvement as {@link FunctionalImprovementDefinition} reads it for a treatment. */
  FunctionalImprovementDefinition.Assessment improvement(
      Set<Modality> treatment, Optional<LocalDate> notBefore) {
    return FunctionalImprovementDefinition.assess(evidence, treatment, notBefore);
  }

  /** Whether the record documents a finding. */
  boolean has(ClinicalFinding finding) {
    return findings.contains(finding);
  }

  /** {@code "the low back"}, or {@code "the request's region"} when it is not known. */
  String regionPhrase() {
    return region.map(AcupunctureRecord::phrase).orElse("the request's region");
  }
}
