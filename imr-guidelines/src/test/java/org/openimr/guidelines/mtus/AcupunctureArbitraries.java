package org.openimr.guidelines.mtus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.ClinicalFinding;
import org.openimr.model.DisputedItem;
import org.openimr.model.FrequencyRange;
import org.openimr.model.FunctionalElement;
import org.openimr.model.FunctionalImprovementEvidence;
import org.openimr.model.Modality;
import org.openimr.model.PainMedicationStatus;
import org.openimr.model.Patient;
import org.openimr.model.PriorTreatment;
import org.openimr.model.Sex;
import org.openimr.model.Surgery;
import org.openimr.model.TreatmentRequest;
import org.openimr.model.UrDecision;

/**
 * Generators of valid acupuncture cases: one acupuncture or electroacupuncture item, requested
 * under the 2007 or 2009 edition, with the facts the criteria ask about drawn so that every outcome
 * occurs often (a few regions, small counts, evidence of every kind).
 */
final class AcupunctureArbitraries {
  private static final LocalDate INJURY = LocalDate.of(2007, 1, 1);
  private static final LocalDate FIRST_REQUEST = LocalDate.of(2007, 6, 15);
  private static final LocalDate LAST_REQUEST = LocalDate.of(2017, 11, 30);

  private AcupunctureArbitraries() {}

  /** Mostly the spine, sometimes the knee or the shoulder (left to ACOEM), sometimes none. */
  static Arbitrary<Optional<BodyRegion>> regions() {
    return Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.just(BodyRegion.LUMBAR_SPINE)),
            Tuple.of(2, Arbitraries.just(BodyRegion.CERVICAL_SPINE)),
            Tuple.of(2, Arbitraries.just(BodyRegion.THORACIC_SPINE)),
            Tuple.of(1, Arbitraries.just(BodyRegion.KNEE)),
            Tuple.of(1, Arbitraries.just(BodyRegion.SHOULDER)))
        .optional(0.9);
  }

  /** Every shape a request takes: frequency and weeks, plus a total, a total and weeks, a total. */
  static Arbitrary<TreatmentRequest> requests() {
    return Combinators.combine(
            Arbitraries.of(Modality.ACUPUNCTURE, Modality.ELECTROACUPUNCTURE),
            regions(),
            Arbitraries.integers().between(1, 4),
            Arbitraries.integers().between(0, 1),
            Arbitraries.integers().between(1, 10),
            Arbitraries.integers().between(1, 24),
            Arbitraries.integers().between(0, 3))
        .as(
            (modality, region, min, spread, weeks, total, shape) -> {
              TreatmentRequest.Builder b = TreatmentRequest.builder().modality(modality);
              region.ifPresent(b::region);
              FrequencyRange frequency = FrequencyRange.of(min, Math.min(7, min + spread));
              switch (shape) {
                case 0 -> b.frequency(frequency).weeks(weeks);
                case 1 ->
                    b.frequency(frequency)
                        .weeks(weeks)
                        .totalSessions(Math.min(total, frequency.max() * weeks));
                case 2 -> b.weeks(weeks).totalSessions(total);
                default -> b.totalSessions(total);
              }
              return b.build();
            });
  }

  static Arbitrary<PriorTreatment> priorTreatments() {
    return Combinators.combine(
            Arbitraries.of(
                Modality.ACUPUNCTURE, Modality.ELECTROACUPUNCTURE, Modality.PHYSICAL_THERAPY),
            regions(),
            Arbitraries.integers().between(0, 12).optional(0.8))
        .as(
            (modality, region, completed) -> {
              PriorTreatment.Builder b = PriorTreatment.builder().modality(modality);
              region.ifPresent(b::region);
              completed.ifPresent(b::sessionsCompleted);
              return b.build();
            });
  }

  /** Functional-improvement evidence of every kind, documented on or before the given date. */
  static Arbitrary<FunctionalImprovementEvidence> evidence(LocalDate documentedOn) {
    return Combinators.combine(
            Arbitraries.of(FunctionalElement.class),
            mostly(true),
            mostly(true),
            Arbitraries.of(
                    Modality.ACUPUNCTURE, Modality.ELECTROACUPUNCTURE, Modality.PHYSICAL_THERAPY)
                .optional(0.8))
        .as(
            (element, objective, dated, attributed) -> {
              FunctionalImprovementEvidence.Builder b =
                  FunctionalImprovementEvidence.builder().element(element).objective(objective);
              if (dated) {
                b.documentedOn(documentedOn);
              }
              attributed.ifPresent(b::attributedTo);
              return b.build();
            });
  }

  /** Objective improvement documented at a visit, attributed to any treatment or to none. */
  static Arbitrary<FunctionalImprovementEvidence> documentedImprovement(LocalDate documentedOn) {
    return Combinators.combine(
            Arbitraries.of(FunctionalElement.class),
            Arbitraries.of(
                    Modality.ACUPUNCTURE, Modality.ELECTROACUPUNCTURE, Modality.PHYSICAL_THERAPY)
                .optional(0.8))
        .as(
            (element, attributed) -> {
              FunctionalImprovementEvidence.Builder b =
                  FunctionalImprovementEvidence.builder()
                      .element(element)
                      .objective(true)
                      .documentedOn(documentedOn);
              attributed.ifPresent(b::attributedTo);
              return b.build();
            });
  }

  /**
   * Request dates under the 2009 edition, and one in six under the 2007 edition. Without edge
   * cases: they would all fall on the first day of 2007 and crowd out the 2009 edition.
   */
  static Arbitrary<LocalDate> requestDates() {
    return Arbitraries.frequencyOf(
            Tuple.of(1, datesBetween(FIRST_REQUEST, LocalDate.of(2009, 7, 17))),
            Tuple.of(5, datesBetween(LocalDate.of(2009, 7, 18), LAST_REQUEST)))
        .withoutEdgeCases();
  }

  private static Arbitrary<LocalDate> datesBetween(LocalDate first, LocalDate last) {
    return Arbitraries.longs()
        .between(0, last.toEpochDay() - first.toEpochDay())
        .map(first::plusDays);
  }

  private static Arbitrary<Boolean> mostly(boolean value) {
    return Arbitraries.frequency(Tuple.of(3, value), Tuple.of(1, !value));
  }

  private static Arbitrary<PainMedicationStatus> painMedication() {
    return Arbitraries.frequency(
        Tuple.of(3, PainMedicationStatus.REDUCED),
        Tuple.of(2, PainMedicationStatus.NOT_TOLERATED),
        Tuple.of(1, PainMedicationStatus.UNCHANGED),
        Tuple.of(1, PainMedicationStatus.NOT_DOCUMENTED));
  }

  /** Valid cases with one acupuncture item, requested while an encoded edition is in force. */
  static Arbitrary<Case> cases() {
    return Combinators.combine(
            requests(),
            requestDates(),
            painMedication(),
            Arbitraries.of(ClinicalFinding.class).set().ofMaxSize(3),
            regions().map(r -> r.orElse(BodyRegion.LUMBAR_SPINE)).optional(0.2),
            priorTreatments().list().ofMaxSize(2),
            Arbitraries.of(true, false),
            mostly(false))
        .flatAs(
            (request, date, meds, findings, surgery, history, early, improvedTrial) ->
                evidence(date.minusDays(7))
                    .list()
                    .ofMaxSize(5)
                    .map(
                        evidence -> {
                          Case.Builder c =
                              Case.builder()
                                  .caseNumber("CM14-0000001")
                                  .patient(Patient.builder().age(45).sex(Sex.MALE).build())
                                  .dateOfInjury(early ? INJURY : date.minusDays(30))
                                  .requestDate(date)
                                  .painMedication(meds)
                                  .findings(findings)
                                  .treatmentHistory(history)
                                  .functionalImprovement(evidence)
                                  .addDisputedItems(item(request));
                          request.region().ifPresent(c::addInjuredRegions);
                          if (improvedTrial) {
                            addImprovedTrial(c, request, date.minusDays(7));
                          }
                          surgery.ifPresent(
                              r ->
                                  c.addSurgeries(
                                      Surgery.builder()
                                          .procedure("surgery")
                                          .region(r)
                                          .date(date.minusDays(10))
                                          .build()));
                          return c.build();
                        }));
  }

  /**
   * A completed trial of 6 sessions for the request's region with complete improvement attributed
   * to it: without it, extensions that are necessary would be too rare to test anything.
   */
  private static void addImprovedTrial(
      Case.Builder c, TreatmentRequest request, LocalDate documentedOn) {
    PriorTreatment.Builder trial =
        PriorTreatment.builder().modality(Modality.ACUPUNCTURE).sessionsCompleted(6);
    request.region().ifPresent(trial::region);
    c.addTreatmentHistory(trial.build());
    for (FunctionalElement element :
        List.of(
            FunctionalElement.ADL_IMPROVEMENT, FunctionalElement.REDUCED_TREATMENT_DEPENDENCY)) {
      c.addFunctionalImprovement(
          FunctionalImprovementEvidence.builder()
              .element(element)
              .objective(true)
              .documentedOn(documentedOn)
              .attributedTo(Modality.ACUPUNCTURE)
              .build());
    }
  }

  static DisputedItem item(TreatmentRequest request) {
    return DisputedItem.builder()
        .id("1")
        .requestedAs(request.format())
        .request(request)
        .urDecision(UrDecision.denied())
        .build();
  }

  /** The same case with its one item's request replaced. */
  static Case withRequest(Case c, TreatmentRequest request) {
    return Case.builder().from(c).disputedItems(List.of(item(request))).build();
  }

  /** Every request with fewer sessions, all else equal, that is still a valid request. */
  static List<TreatmentRequest> fewerSessions(TreatmentRequest r) {
    List<TreatmentRequest> fewer = new ArrayList<>();
    for (int total = r.totalSessions() - 1; total >= 1; total--) {
      fewer.add(TreatmentRequest.builder().from(r).totalSessions(total).build());
    }
    if (r.frequency().isPresent() && r.weeks().isPresent()) {
      int perWeek = r.frequency().get().max();
      for (int weeks = r.weeks().get() - 1; weeks >= 1; weeks--) {
        fewer.add(
            TreatmentRequest.builder()
                .from(r)
                .weeks(weeks)
                .totalSessions(Math.min(r.totalSessions(), perWeek * weeks))
                .build());
      }
    }
    return fewer;
  }
}
