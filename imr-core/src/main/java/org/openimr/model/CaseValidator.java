package org.openimr.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The whole-case rules, each reported with the JSON path of the field at fault.
 *
 * <p>Besides the rules between fields (dates in order, completed within authorized), every value
 * has a bound, each one named constant: counts from 0 to {@link TreatmentRequest#MAX_SESSIONS},
 * weeks from 1 to {@link TreatmentRequest#MAX_WEEKS}, every date from {@link Case#EARLIEST_DATE} to
 * {@link Case#LATEST_DATE}, codes of at most {@link Diagnosis#MAX_CODE_LENGTH} characters, at most
 * {@link Case#MAX_DISPUTED_ITEMS} items and {@link Case#MAX_PRIOR_COURSES} prior courses.
 *
 * <p>Design notes: one place holds every rule so that a case built in code and a case read from
 * JSON are judged alike. Messages name the rule and the fields it compares, never a value: they end
 * up in logs and exception messages. A bound's message states the bound, which is the rule, not the
 * input. Comparisons that multiply run in {@code long}: they see values before they are known to be
 * within bounds.
 */
final class CaseValidator {
  private static final int MAX_AGE = 120;

  private final List<Violation> violations = new ArrayList<>();

  private CaseValidator() {}

  static List<Violation> validate(Case c) {
    CaseValidator v = new CaseValidator();
    v.checkCase(c);
    return List.copyOf(v.violations);
  }

  private void add(String path, String message) {
    violations.add(Violation.of(path, message));
  }

  private void checkCase(Case c) {
    notBlank("$.caseNumber", c.caseNumber());
    if (c.patient().age() < 0 || c.patient().age() > MAX_AGE) {
      add("$.patient.age", "must be between 0 and " + MAX_AGE);
    }
    inDateRange("$.patient.dateOfBirth", c.patient().dateOfBirth());
    inDateRange("$.dateOfInjury", Optional.of(c.dateOfInjury()));
    inDateRange("$.requestDate", c.requestDate());
    inDateRange("$.urDecisionDate", c.urDecisionDate());
    inDateRange("$.imrApplicationDate", c.imrApplicationDate());
    notBefore("$.requestDate", c.requestDate(), "dateOfInjury", Optional.of(c.dateOfInjury()));
    notBefore("$.urDecisionDate", c.urDecisionDate(), "requestDate", c.requestDate());
    notBefore(
        "$.imrApplicationDate",
        c.imrApplicationDate(),
        "urDecisionDate",
        c.urDecisionDate().or(c::requestDate));
    for (int i = 0; i < c.diagnoses().size(); i++) {
      codeLength("$.diagnoses[" + i + "].code", c.diagnoses().get(i));
    }
    for (int i = 0; i < c.surgeries().size(); i++) {
      String path = "$.surgeries[" + i + "]";
      Surgery surgery = c.surgeries().get(i);
      notBlank(path + ".procedure", surgery.procedure());
      inDateRange(path + ".date", Optional.of(surgery.date()));
      surgery.diagnosis().ifPresent(d -> codeLength(path + ".diagnosis.code", d));
    }
    if (c.treatmentHistory().size() > Case.MAX_PRIOR_COURSES) {
      add("$.treatmentHistory", "must list at most " + Case.MAX_PRIOR_COURSES + " courses");
    }
    for (int i = 0; i < c.treatmentHistory().size(); i++) {
      checkPriorTreatment("$.treatmentHistory[" + i + "]", c.treatmentHistory().get(i));
    }
    for (int i = 0; i < c.functionalImprovement().size(); i++) {
      String path = "$.functionalImprovement[" + i + "].documentedOn";
      Optional<LocalDate> documentedOn = c.functionalImprovement().get(i).documentedOn();
      inDateRange(path, documentedOn);
      notBefore(path, documentedOn, "dateOfInjury", Optional.of(c.dateOfInjury()));
    }
    checkItems(c.disputedItems());
  }

  private void checkPriorTreatment(String path, PriorTreatment t) {
    count(path + ".sessionsAuthorized", t.sessionsAuthorized());
    count(path + ".sessionsCompleted", t.sessionsCompleted());
    if (t.sessionsAuthorized().isPresent()
        && t.sessionsCompleted().isPresent()
        && t.sessionsCompleted().get() > t.sessionsAuthorized().get()) {
      add(path + ".sessionsCompleted", "must not exceed sessionsAuthorized");
    }
    inDateRange(path + ".startDate", t.startDate());
    inDateRange(path + ".endDate", t.endDate());
    notBefore(path + ".endDate", t.endDate(), "startDate", t.startDate());
  }

  private void checkItems(List<DisputedItem> items) {
    if (items.isEmpty()) {
      add("$.disputedItems", "must list at least one item");
    } else if (items.size() > Case.MAX_DISPUTED_ITEMS) {
      add("$.disputedItems", "must list at most " + Case.MAX_DISPUTED_ITEMS + " items");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String path = "$.disputedItems[" + i + "]";
      DisputedItem item = items.get(i);
      notBlank(path + ".id", item.id());
      if (!ids.add(item.id())) {
        add(path + ".id", "must be unique within the case");
      }
      notBlank(path + ".requestedAs", item.requestedAs());
      checkRequest(path + ".request", item.request());
      checkUrDecision(path + ".urDecision", item.urDecision(), item.request());
    }
  }

  private void checkRequest(String path, TreatmentRequest r) {
    if (r.modality().isEmpty()) {
      add(path + ".modality", "is required for a disputed item");
    }
    r.frequency()
        .ifPresent(
            f -> {
              perWeek(path + ".frequency.min", f.min());
              perWeek(path + ".frequency.max", f.max());
              if (f.min() > f.max()) {
                add(path + ".frequency.min", "must not exceed frequency.max");
              }
            });
    if (r.weeks().isPresent() && r.weeks().get() < 1) {
      add(path + ".weeks", "must be at least 1");
    } else if (r.weeks().isPresent() && r.weeks().get() > TreatmentRequest.MAX_WEEKS) {
      add(path + ".weeks", "must be at most " + TreatmentRequest.MAX_WEEKS);
    }
    if (r.totalSessions() < 1) {
      add(path + ".totalSessions", "must be at least 1 (or give frequency and weeks)");
    } else if (r.totalSessions() > TreatmentRequest.MAX_SESSIONS) {
      add(path + ".totalSessions", "must be at most " + TreatmentRequest.MAX_SESSIONS);
    } else if (r.frequency().isPresent()
        && r.weeks().isPresent()
        && r.weeks().get() > 0
        && r.totalSessions() > (long) r.frequency().get().max() * r.weeks().get()) {
      add(path + ".totalSessions", "must not exceed frequency.max times weeks");
    }
  }

  private void checkUrDecision(String path, UrDecision ur, TreatmentRequest request) {
    Optional<Integer> approved = ur.approvedSessions();
    if (ur.outcome() == UrOutcome.MODIFIED && approved.isEmpty()) {
      add(path + ".approvedSessions", "is required when outcome is MODIFIED");
    }
    if (ur.outcome() != UrOutcome.MODIFIED && approved.isPresent()) {
      add(path + ".approvedSessions", "is only allowed when outcome is MODIFIED");
    }
    count(path + ".approvedSessions", approved);
    if (approved.isPresent()
        && approved.get() >= request.totalSessions()
        && request.totalSessions() > 0) {
      add(path + ".approvedSessions", "must be fewer than request.totalSessions");
    }
  }

  private void perWeek(String path, int perWeek) {
    if (perWeek < FrequencyRange.MIN_PER_WEEK || perWeek > FrequencyRange.MAX_PER_WEEK) {
      add(
          path,
          "must be between "
              + FrequencyRange.MIN_PER_WEEK
              + " and "
              + FrequencyRange.MAX_PER_WEEK
              + " sessions per week");
    }
  }

  /** A count of sessions: from 0 to {@link TreatmentRequest#MAX_SESSIONS}. */
  private void count(String path, Optional<Integer> count) {
    if (count.isPresent() && count.get() < 0) {
      add(path, "must not be negative");
    } else if (count.isPresent() && count.get() > TreatmentRequest.MAX_SESSIONS) {
      add(path, "must be at most " + TreatmentRequest.MAX_SESSIONS);
    }
  }

  private void inDateRange(String path, Optional<LocalDate> date) {
    if (date.isPresent()
        && (date.get().isBefore(Case.EARLIEST_DATE) || date.get().isAfter(Case.LATEST_DATE))) {
      add(path, "must be between " + Case.EARLIEST_DATE + " and " + Case.LATEST_DATE);
    }
  }

  private void codeLength(String path, Diagnosis diagnosis) {
    if (diagnosis.code().length() > Diagnosis.MAX_CODE_LENGTH) {
      add(path, "must be at most " + Diagnosis.MAX_CODE_LENGTH + " characters");
    }
  }

  private void notBlank(String path, String text) {
    if (text.isBlank()) {
      add(path, "must not be blank");
    }
  }

  private void notBefore(
      String path, Optional<LocalDate> date, String earlierField, Optional<LocalDate> earlier) {
    if (date.isPresent() && earlier.isPresent() && date.get().isBefore(earlier.get())) {
      add(path, "must not be before " + earlierField);
    }
  }
}
