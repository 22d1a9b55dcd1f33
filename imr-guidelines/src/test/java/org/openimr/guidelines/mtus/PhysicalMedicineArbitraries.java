package org.openimr.guidelines.mtus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.ClinicalFinding;
import org.openimr.model.Diagnosis;
import org.openimr.model.DisputedItem;
import org.openimr.model.FrequencyRange;
import org.openimr.model.FunctionalElement;
import org.openimr.model.FunctionalImprovementEvidence;
import org.openimr.model.Modality;
import org.openimr.model.Patient;
import org.openimr.model.PriorTreatment;
import org.openimr.model.Sex;
import org.openimr.model.Surgery;
import org.openimr.model.TreatmentRequest;
import org.openimr.model.UrDecision;

/**
 * jqwik generators of physical medicine cases: valid by construction, with request dates in the
 * 2009 editions, diagnoses in and outside the diagnosis groups, surgeries from the table and not,
 * and prior courses with and without their counts. Free-text fields carry {@link #MARKER} so a
 * property can check that no record text reaches a decision.
 */
final class PhysicalMedicineArbitraries {
  /** Put in every free-text and identifying field of generated cases. */
  static final String MARKER = "ZQXMARKER";

  static final List<Modality> PHYSICAL_MEDICINE =
      List.of(
          Modality.PHYSICAL_THERAPY,
          Modality.OCCUPATIONAL_THERAPY,
          Modality.AQUATIC_THERAPY,
          Modality.MASSAGE,
          Modality.CHIROPRACTIC_MANIPULATION);

  private static final LocalDate FIRST_REQUEST = LocalDate.of(2009, 8, 1);
  private static final int REQUEST_DAYS = 2500;

  private static final List<BodyRegion> REGIONS =
      List.of(
          BodyRegion.LUMBAR_SPINE,
          BodyRegion.CERVICAL_SPINE,
          BodyRegion.SHOULDER,
          BodyRegion.KNEE,
          BodyRegion.WRIST,
          BodyRegion.HIP);

  private static final List<Diagnosis> DIAGNOSES =
      List.of(
          Diagnosis.icd9("729.1"),
          Diagnosis.icd9("729.2"),
          Diagnosis.icd9("337.21"),
          Diagnosis.icd9("354.0"),
          Diagnosis.icd9("847.2"),
          Diagnosis.icd9("722.10"),
          Diagnosis.icd10("M79.18"),
          Diagnosis.icd10("M79.2"),
          Diagnosis.icd10("G90.512"),
          Diagnosis.icd10("M54.16"),
          Diagnosis.icd10("G56.01"));

  private PhysicalMedicineArbitraries() {}

  /** A surgery described in a table row's own words, so that it matches the row. */
  static Surgery surgeryFor(PostsurgicalTableRow row, LocalDate date) {
    StringBuilder procedure = new StringBuilder(MARKER);
    if (!row.procedureWords().isEmpty()) {
      procedure.append(' ').append(row.procedureWords().get(0));
    }
    procedure.append(' ').append(row.matchTerms().get(0).replace('+', ' '));
    Surgery.Builder surgery =
        Surgery.builder()
            .procedure(procedure.toString())
            .region(row.regions().isEmpty() ? BodyRegion.LUMBAR_SPINE : row.regions().get(0))
            .date(date);
    if (!row.icd9Codes().isEmpty()) {
      surgery.diagnosis(Diagnosis.icd9(row.icd9Codes().get(0)));
    }
    return surgery.build();
  }

  static Arbitrary<LocalDate> requestDates() {
    return Arbitraries.integers().between(0, REQUEST_DAYS).map(FIRST_REQUEST::plusDays);
  }

  static Arbitrary<Modality> modalities() {
    return Arbitraries.frequencyOf(
        Tuple.of(10, Arbitraries.of(PHYSICAL_MEDICINE)),
        Tuple.of(1, Arbitraries.just(Modality.ACUPUNCTURE)));
  }

  static Arbitrary<Surgery> surgeries(LocalDate request) {
    Arbitrary<Integer> daysBefore = Arbitraries.integers().between(-20, 400);
    Arbitrary<Surgery> listed =
        Combinators.combine(Arbitraries.of(MtusContent.postsurgicalTable().rows()), daysBefore)
            .as((row, days) -> surgeryFor(row, request.minusDays(days)));
    Arbitrary<Surgery> unlisted =
        Combinators.combine(Arbitraries.of(REGIONS), daysBefore)
            .as(
                (region, days) ->
                    Surgery.builder()
                        .procedure(MARKER + " manipulation under anesthesia")
                        .region(region)
                        .date(request.minusDays(days))
                        .build());
    return Arbitraries.oneOf(listed, listed, unlisted);
  }

  static Arbitrary<PriorTreatment> courses(LocalDate request) {
    return Combinators.combine(
            Arbitraries.of(PHYSICAL_MEDICINE),
            Arbitraries.of(REGIONS).optional(0.8),
            Arbitraries.integers().between(0, 30).optional(0.85),
            Arbitraries.integers().between(0, 500).optional(0.7),
            Arbitraries.integers().between(0, 60))
        .as(
            (modality, region, completed, startedDaysBefore, length) -> {
              PriorTreatment.Builder course =
                  PriorTreatment.builder().modality(modality).documentedOutcome(MARKER);
              region.ifPresent(course::region);
              completed.ifPresent(course::sessionsCompleted);
              startedDaysBefore.ifPresent(
                  days -> {
                    LocalDate start = request.minusDays(days);
                    course.startDate(start);
                    LocalDate end = start.plusDays(length);
                    course.endDate(end.isAfter(request) ? request : end);
                  });
              return course.build();
            });
  }

  static Arbitrary<FunctionalImprovementEvidence> evidence(LocalDate request) {
    return Combinators.combine(
            Arbitraries.of(FunctionalElement.class),
            Arbitraries.of(true, false),
            Arbitraries.of(PHYSICAL_MEDICINE).optional(0.3))
        .as(
            (element, objective, attributed) -> {
              FunctionalImprovementEvidence.Builder e =
                  FunctionalImprovementEvidence.builder()
                      .element(element)
                      .objective(objective)
                      .documentedOn(request)
                      .source(MARKER)
                      .description(MARKER);
              attributed.ifPresent(e::attributedTo);
              return e.build();
            });
  }

  /** Full functional improvement as § 9792.20 defines it, documented on a date. */
  static List<FunctionalImprovementEvidence> fullImprovement(LocalDate on) {
    return List.of(
        FunctionalImprovementEvidence.builder()
            .element(FunctionalElement.ADL_IMPROVEMENT)
            .objective(true)
            .documentedOn(on)
            .build(),
        FunctionalImprovementEvidence.builder()
            .element(FunctionalElement.REDUCED_TREATMENT_DEPENDENCY)
            .objective(true)
            .documentedOn(on)
            .build());
  }

  /** Requests of every shape: frequency and weeks, a total with or without weeks. */
  static Arbitrary<TreatmentRequest> requests(Arbitrary<Modality> modalities) {
    return Combinators.combine(
            modalities,
            Arbitraries.of(REGIONS).optional(0.85),
            Arbitraries.integers().between(1, 5),
            Arbitraries.integers().between(1, 10),
            Arbitraries.integers().between(1, 30),
            Arbitraries.of(true, false))
        .as(
            (modality, region, perWeek, weeks, total, frequencyShape) -> {
              TreatmentRequest.Builder r = TreatmentRequest.builder().modality(modality);
              region.ifPresent(r::region);
              if (frequencyShape) {
                r.frequency(FrequencyRange.exactly(perWeek)).weeks(weeks);
              } else {
                r.totalSessions(total);
                if (perWeek > 2) {
                  r.weeks(weeks);
                }
              }
              return r.build();
            });
  }

  static DisputedItem item(TreatmentRequest request) {
    return DisputedItem.builder()
        .id("1")
        .requestedAs(request.format())
        .request(request)
        .urDecision(UrDecision.denied())
        .build();
  }

  /** Valid physical medicine cases with one disputed item. */
  static Arbitrary<Case> cases() {
    return cases(modalities());
  }

  static Arbitrary<Case> cases(Arbitrary<Modality> modalities) {
    return requestDates()
        .flatMap(
            request ->
                Combinators.combine(
                        Arbitraries.integers().between(0, 4000),
                        Arbitraries.of(DIAGNOSES).list().ofMaxSize(2).uniqueElements(),
                        surgeries(request).list().ofMaxSize(2),
                        courses(request).list().ofMaxSize(3),
                        Arbitraries.of(ClinicalFinding.class).set().ofMaxSize(4),
                        evidence(request).list().ofMaxSize(3),
                        requests(modalities),
                        Arbitraries.of(REGIONS).list().ofMaxSize(2).uniqueElements())
                    .as(
                        (injuryDaysBefore, dx, surgeries, history, findings, fi, req, injured) ->
                            Case.builder()
                                .caseNumber("CM14-" + MARKER)
                                .patient(
                                    Patient.builder()
                                        .age(44)
                                        .sex(Sex.MALE)
                                        .name(MARKER)
                                        .claimNumber(MARKER)
                                        .dateOfBirth(LocalDate.of(1961, 2, 3))
                                        .occupation(MARKER)
                                        .build())
                                .dateOfInjury(request.minusDays(injuryDaysBefore))
                                .requestDate(request)
                                .injuredRegions(injured)
                                .diagnoses(dx)
                                .surgeries(surgeries)
                                .treatmentHistory(history)
                                .findings(findings)
                                .functionalImprovement(fi)
                                .addDisputedItems(item(req))
                                .build()));
  }

  /** The case with its one request replaced. */
  static Case withRequest(Case c, TreatmentRequest request) {
    return Case.builder().from(c).disputedItems(List.of(item(request))).build();
  }

  /** The case with full functional improvement added. */
  static Case withImprovement(Case c) {
    List<FunctionalImprovementEvidence> evidence = new ArrayList<>(c.functionalImprovement());
    evidence.addAll(fullImprovement(c.requestDate().orElseThrow()));
    return Case.builder().from(c).functionalImprovement(evidence).build();
  }
}
