package org.openimr.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.Diagnosis;
import org.openimr.model.DisputedItem;
import org.openimr.model.FrequencyRange;
import org.openimr.model.FunctionalElement;
import org.openimr.model.FunctionalImprovementEvidence;
import org.openimr.model.Modality;
import org.openimr.model.Patient;
import org.openimr.model.PriorTreatment;
import org.openimr.model.Surgery;
import org.openimr.model.TreatmentRequest;
import org.openimr.model.UrDecision;
import org.openimr.model.UrOutcome;
import org.openimr.model.Violation;

/**
 * One way to break a valid case: one field, one whole-case rule, one expected violation.
 *
 * <p>Design notes: each breakage changes a generated valid case in exactly one place and chooses
 * the other values it touches so that no second rule breaks (a negative authorized count comes
 * without a completed count, which would otherwise also exceed it). The expected paths and messages
 * are spelled out here on purpose, not taken from the validator: a test that compares the two then
 * notices when either drifts. {@code amount} (1 to 30) says how far a value is pushed past its
 * bound.
 */
enum Breakage {
  BLANK_CASE_NUMBER(
      (c, amount) ->
          broken(
              Case.builder().from(c).caseNumber(amount % 2 == 0 ? "" : " \t").build(),
              "$.caseNumber",
              "must not be blank",
              "caseNumber is blank")),
  AGE_OUT_OF_RANGE(
      (c, amount) ->
          broken(
              Case.builder()
                  .from(c)
                  .patient(
                      Patient.builder()
                          .from(c.patient())
                          .age(amount % 2 == 0 ? -amount : 120 + amount)
                          .build())
                  .build(),
              "$.patient.age",
              "must be between 0 and 120",
              "patient.age is out of range")),
  REQUEST_BEFORE_INJURY(
      (c, amount) ->
          broken(
              Case.builder().from(c).requestDate(c.dateOfInjury().minusDays(amount)).build(),
              "$.requestDate",
              "must not be before dateOfInjury",
              "requestDate is before dateOfInjury")),
  UR_DECISION_BEFORE_REQUEST(
      (c, amount) ->
          broken(
              Case.builder().from(c).urDecisionDate(requestDate(c).minusDays(amount)).build(),
              "$.urDecisionDate",
              "must not be before requestDate",
              "urDecisionDate is before requestDate")),
  IMR_APPLICATION_BEFORE_UR_DECISION(
      (c, amount) ->
          broken(
              Case.builder()
                  .from(c)
                  .urDecisionDate(requestDate(c).plusDays(30))
                  .imrApplicationDate(requestDate(c).plusDays(30 - amount))
                  .build(),
              "$.imrApplicationDate",
              "must not be before urDecisionDate",
              "imrApplicationDate is before urDecisionDate")),
  BLANK_SURGERY_PROCEDURE(
      (c, amount) ->
          broken(
              Case.builder()
                  .from(c)
                  .addSurgeries(
                      Surgery.builder()
                          .procedure(amount % 2 == 0 ? "" : "  ")
                          .region(BodyRegion.SHOULDER)
                          .date(c.dateOfInjury().plusDays(amount))
                          .build())
                  .build(),
              "$.surgeries[" + c.surgeries().size() + "].procedure",
              "must not be blank",
              "surgeries[].procedure is blank")),
  NEGATIVE_SESSIONS_AUTHORIZED(
      (c, amount) ->
          withCourse(
              c,
              course(c).sessionsAuthorized(-amount).build(),
              ".sessionsAuthorized",
              "must not be negative",
              "treatmentHistory[].sessionsAuthorized is negative")),
  NEGATIVE_SESSIONS_COMPLETED(
      (c, amount) ->
          withCourse(
              c,
              course(c).sessionsCompleted(-amount).build(),
              ".sessionsCompleted",
              "must not be negative",
              "treatmentHistory[].sessionsCompleted is negative")),
  SESSIONS_COMPLETED_ABOVE_AUTHORIZED(
      (c, amount) ->
          withCourse(
              c,
              course(c).sessionsAuthorized(amount).sessionsCompleted(amount + 1).build(),
              ".sessionsCompleted",
              "must not exceed sessionsAuthorized",
              "treatmentHistory[].sessionsCompleted exceeds sessionsAuthorized")),
  COURSE_ENDS_BEFORE_IT_STARTS(
      (c, amount) ->
          withCourse(
              c,
              course(c)
                  .startDate(c.dateOfInjury().plusDays(amount))
                  .endDate(c.dateOfInjury())
                  .build(),
              ".endDate",
              "must not be before startDate",
              "treatmentHistory[].endDate is before startDate")),
  IMPROVEMENT_DOCUMENTED_BEFORE_INJURY(
      (c, amount) ->
          broken(
              Case.builder()
                  .from(c)
                  .addFunctionalImprovement(
                      FunctionalImprovementEvidence.builder()
                          .element(FunctionalElement.ADL_IMPROVEMENT)
                          .objective(true)
                          .documentedOn(c.dateOfInjury().minusDays(amount))
                          .build())
                  .build(),
              "$.functionalImprovement[" + c.functionalImprovement().size() + "].documentedOn",
              "must not be before dateOfInjury",
              "functionalImprovement[].documentedOn is before dateOfInjury")),
  NO_DISPUTED_ITEMS(
      (c, amount) ->
          broken(
              Case.builder().from(c).disputedItems(List.of()).build(),
              "$.disputedItems",
              "must list at least one item",
              "disputedItems is empty")),
  BLANK_ITEM_ID(
      (c, amount) ->
          withFirstItem(
              c,
              DisputedItem.builder().from(first(c)).id(amount % 2 == 0 ? "" : " ").build(),
              ".id",
              "must not be blank",
              "disputedItems[].id is blank")),
  DUPLICATE_ITEM_ID(
      (c, amount) ->
          broken(
              Case.builder().from(c).addDisputedItems(first(c)).build(),
              "$.disputedItems[" + c.disputedItems().size() + "].id",
              "must be unique within the case",
              "disputedItems[].id is repeated")),
  BLANK_REQUESTED_AS(
      (c, amount) ->
          withFirstItem(
              c,
              DisputedItem.builder().from(first(c)).requestedAs("").build(),
              ".requestedAs",
              "must not be blank",
              "disputedItems[].requestedAs is blank")),
  MISSING_MODALITY(
      (c, amount) ->
          withRequest(
              c,
              TreatmentRequest.builder()
                  .from(first(c).request())
                  .modality(Optional.empty())
                  .build(),
              ".request.modality",
              "is required for a disputed item",
              "disputedItems[].request.modality is missing")),
  FREQUENCY_BELOW_ONE(
      (c, amount) ->
          withRequest(
              c,
              request(c).frequency(FrequencyRange.of(1 - amount, 2)).weeks(2).build(),
              ".request.frequency.min",
              perWeek(),
              "disputedItems[].request.frequency.min is below the range")),
  FREQUENCY_ABOVE_SEVEN(
      (c, amount) ->
          withRequest(
              c,
              request(c)
                  .frequency(FrequencyRange.of(3, FrequencyRange.MAX_PER_WEEK + amount))
                  .weeks(1)
                  .build(),
              ".request.frequency.max",
              perWeek(),
              "disputedItems[].request.frequency.max is above the range")),
  FREQUENCY_MIN_ABOVE_MAX(
      (c, amount) ->
          withRequest(
              c,
              request(c)
                  .frequency(FrequencyRange.of(2 + amount % 5, 1 + amount % 5))
                  .weeks(2)
                  .build(),
              ".request.frequency.min",
              "must not exceed frequency.max",
              "disputedItems[].request.frequency.min exceeds frequency.max")),
  WEEKS_BELOW_ONE(
      (c, amount) ->
          withRequest(
              c,
              request(c)
                  .frequency(FrequencyRange.exactly(2))
                  .weeks(1 - amount)
                  .totalSessions(4)
                  .build(),
              ".request.weeks",
              "must be at least 1",
              "disputedItems[].request.weeks is not positive")),
  NO_SESSION_COUNT(
      (c, amount) ->
          withRequest(
              c,
              request(c).build(),
              ".request.totalSessions",
              "must be at least 1 (or give frequency and weeks)",
              "disputedItems[].request has no session count")),
  TOTAL_ABOVE_FREQUENCY_TIMES_WEEKS(
      (c, amount) ->
          withRequest(
              c,
              request(c)
                  .frequency(FrequencyRange.exactly(1 + amount % 3))
                  .weeks(1 + amount % 4)
                  .totalSessions((1 + amount % 3) * (1 + amount % 4) + amount)
                  .build(),
              ".request.totalSessions",
              "must not exceed frequency.max times weeks",
              "disputedItems[].request.totalSessions exceeds frequency times weeks")),
  MODIFIED_WITHOUT_APPROVED_SESSIONS(
      (c, amount) ->
          withUrDecision(
              c,
              UrDecision.builder().outcome(UrOutcome.MODIFIED).build(),
              "is required when outcome is MODIFIED",
              "disputedItems[].urDecision.approvedSessions is missing for a modification")),
  APPROVED_SESSIONS_WITHOUT_MODIFICATION(
      (c, amount) ->
          withUrDecision(
              c,
              UrDecision.builder()
                  .outcome(amount % 2 == 0 ? UrOutcome.DENIED : UrOutcome.DELAYED)
                  .approvedSessions(0)
                  .build(),
              "is only allowed when outcome is MODIFIED",
              "disputedItems[].urDecision.approvedSessions is given without a modification")),
  NEGATIVE_APPROVED_SESSIONS(
      (c, amount) ->
          withUrDecision(
              c,
              UrDecision.builder().outcome(UrOutcome.MODIFIED).approvedSessions(-amount).build(),
              "must not be negative",
              "disputedItems[].urDecision.approvedSessions is negative")),
  INJURY_BEFORE_EARLIEST_DATE(
      (c, amount) ->
          broken(
              Case.builder().from(c).dateOfInjury(Case.EARLIEST_DATE.minusDays(amount)).build(),
              "$.dateOfInjury",
              dateRange(),
              "dateOfInjury is before the earliest date")),
  SURGERY_AFTER_LATEST_DATE(
      (c, amount) ->
          broken(
              Case.builder()
                  .from(c)
                  .addSurgeries(
                      Surgery.builder()
                          .procedure("arthroscopy")
                          .region(BodyRegion.SHOULDER)
                          .date(Case.LATEST_DATE.plusDays(amount))
                          .build())
                  .build(),
              "$.surgeries[" + c.surgeries().size() + "].date",
              dateRange(),
              "surgeries[].date is after the latest date")),
  CODE_TOO_LONG(
      (c, amount) ->
          broken(
              Case.builder()
                  .from(c)
                  .addDiagnoses(
                      Diagnosis.icd10("M" + "1".repeat(Diagnosis.MAX_CODE_LENGTH - 1 + amount)))
                  .build(),
              "$.diagnoses[" + c.diagnoses().size() + "].code",
              "must be at most " + Diagnosis.MAX_CODE_LENGTH + " characters",
              "diagnoses[].code is too long")),
  SESSIONS_COMPLETED_ABOVE_MAXIMUM(
      (c, amount) ->
          withCourse(
              c,
              course(c).sessionsCompleted(TreatmentRequest.MAX_SESSIONS + amount).build(),
              ".sessionsCompleted",
              "must be at most " + TreatmentRequest.MAX_SESSIONS,
              "treatmentHistory[].sessionsCompleted is above the maximum")),
  TOO_MANY_PRIOR_COURSES(
      (c, amount) ->
          broken(
              Case.builder()
                  .from(c)
                  .treatmentHistory(
                      Collections.nCopies(
                          Case.MAX_PRIOR_COURSES + amount, course(c).sessionsCompleted(1).build()))
                  .build(),
              "$.treatmentHistory",
              "must list at most " + Case.MAX_PRIOR_COURSES + " courses",
              "treatmentHistory lists too many courses")),
  TOTAL_ABOVE_MAXIMUM(
      (c, amount) ->
          withRequest(
              c,
              request(c).totalSessions(TreatmentRequest.MAX_SESSIONS + amount).build(),
              ".request.totalSessions",
              "must be at most " + TreatmentRequest.MAX_SESSIONS,
              "disputedItems[].request.totalSessions is above the maximum")),
  WEEKS_ABOVE_MAXIMUM(
      (c, amount) ->
          withRequest(
              c,
              request(c)
                  .frequency(FrequencyRange.exactly(FrequencyRange.MAX_PER_WEEK))
                  .weeks(TreatmentRequest.MAX_WEEKS + amount)
                  .totalSessions(4)
                  .build(),
              ".request.weeks",
              "must be at most " + TreatmentRequest.MAX_WEEKS,
              "disputedItems[].request.weeks is above the maximum")),
  TOO_MANY_DISPUTED_ITEMS(
      (c, amount) -> {
        List<DisputedItem> items = new ArrayList<>(c.disputedItems());
        for (int i = 0; items.size() < Case.MAX_DISPUTED_ITEMS + amount; i++) {
          items.add(DisputedItem.builder().from(first(c)).id("extra-" + i).build());
        }
        return broken(
            Case.builder().from(c).disputedItems(items).build(),
            "$.disputedItems",
            "must list at most " + Case.MAX_DISPUTED_ITEMS + " items",
            "disputedItems lists too many items");
      }),
  APPROVED_SESSIONS_NOT_FEWER_THAN_REQUESTED(
      (c, amount) ->
          withUrDecision(
              c,
              UrDecision.builder()
                  .outcome(UrOutcome.MODIFIED)
                  .approvedSessions(first(c).request().totalSessions() + amount - 1)
                  .build(),
              "must be fewer than request.totalSessions",
              "disputedItems[].urDecision.approvedSessions is not fewer than requested"));

  @SuppressWarnings("ImmutableEnumChecker") // every breaker is a stateless lambda
  private final BiFunction<Case, Integer, InvalidCase> breaker;

  Breakage(BiFunction<Case, Integer, InvalidCase> breaker) {
    this.breaker = breaker;
  }

  /** Breaks a valid case; {@code amount} from 1 to 30 says how far. */
  InvalidCase breakCase(Case valid, int amount) {
    return breaker.apply(valid, amount);
  }

  private static InvalidCase broken(Case c, String path, String message, String breakage) {
    return InvalidCase.of(c, Violation.of(path, message), breakage);
  }

  private static LocalDate requestDate(Case c) {
    return c.requestDate().orElse(c.dateOfInjury());
  }

  private static PriorTreatment.Builder course(Case c) {
    return PriorTreatment.builder().modality(first(c).request().modality().orElse(Modality.OTHER));
  }

  private static InvalidCase withCourse(
      Case c, PriorTreatment course, String field, String message, String breakage) {
    return broken(
        Case.builder().from(c).addTreatmentHistory(course).build(),
        "$.treatmentHistory[" + c.treatmentHistory().size() + "]" + field,
        message,
        breakage);
  }

  private static DisputedItem first(Case c) {
    return c.disputedItems().get(0);
  }

  private static InvalidCase withFirstItem(
      Case c, DisputedItem item, String field, String message, String breakage) {
    List<DisputedItem> items = new ArrayList<>(c.disputedItems());
    items.set(0, item);
    return broken(
        Case.builder().from(c).disputedItems(items).build(),
        "$.disputedItems[0]" + field,
        message,
        breakage);
  }

  /** A fresh request for the first item's modality and region, with no quantity yet. */
  private static TreatmentRequest.Builder request(Case c) {
    TreatmentRequest original = first(c).request();
    TreatmentRequest.Builder b = TreatmentRequest.builder().modality(original.modality());
    original.region().ifPresent(b::region);
    original.laterality().ifPresent(b::laterality);
    return b;
  }

  private static InvalidCase withRequest(
      Case c, TreatmentRequest request, String field, String message, String breakage) {
    return withFirstItem(
        c,
        DisputedItem.builder().from(first(c)).request(request).build(),
        field,
        message,
        breakage);
  }

  private static InvalidCase withUrDecision(
      Case c, UrDecision decision, String message, String breakage) {
    return withFirstItem(
        c,
        DisputedItem.builder().from(first(c)).urDecision(decision).build(),
        ".urDecision.approvedSessions",
        message,
        breakage);
  }

  private static String dateRange() {
    return "must be between " + Case.EARLIEST_DATE + " and " + Case.LATEST_DATE;
  }

  private static String perWeek() {
    return "must be between "
        + FrequencyRange.MIN_PER_WEEK
        + " and "
        + FrequencyRange.MAX_PER_WEEK
        + " sessions per week";
  }
}
