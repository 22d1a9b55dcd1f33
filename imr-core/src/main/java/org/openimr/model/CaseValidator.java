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
 * <p>Design notes: one place holds every rule so that a case built in code and a case read from
 * JSON are judged alike. Messages name the rule and the fields it compares, never a value: they end
 * up in logs and exception messages.
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
    notBefore("$.requestDate", c.requestDate(), "dateOfInjury", Optional.of(c.dateOfInjury()));
    notBefore("$.urDecisionDate", c.urDecisionDate(), "requestDate", c.requestDate());
    notBefore(
        "$.imrApplicationDate",
        c.imrApplicationDate(),
        "urDecisionDate",
        c.urDecisionDate().or(c::requestDate));
    for (int i = 0; i < c.surgeries().size(); i++) {
      notBlank("$.surgeries[" + i + "].procedure", c.surgeries().get(i).procedure());
    }
    for (int i = 0; i < c.treatmentHistory().size(); i++) {
      checkPriorTreatment("$.treatmentHistory[" + i + "]", c.treatmentHistory().get(i));
    }
    for (int i = 0; i < c.functionalImprovement().size(); i++) {
      notBefore(
          "$.functionalImprovement[" + i + "].documentedOn",
          c.functionalImprovement().get(i).documentedOn(),
          "dateOfInjury",
          Optional.of(c.dateOfInjury()));
    }
    checkItems(c.disputedItems());
  }

  private void checkPriorTreatment(String path, PriorTreatment t) {
    nonNegative(path + ".sessionsAuthorized", t.sessionsAuthorized());
    nonNegative(path + ".sessionsCompleted", t.sessionsCompleted());
    if (t.sessionsAuthorized().isPresent()
        && t.sessionsCompleted().isPresent()
        && t.sessionsCompleted().get() > t.sessionsAuthorized().get()) {
      add(path + ".sessionsCompleted", "must not exceed sessionsAuthorized");
    }
    notBefore(path + ".endDate", t.endDate(), "startDate", t.startDate());
  }

  private void checkItems(List<DisputedItem> items) {
    if (items.isEmpty()) {
      add("$.disputedItems", "must list at least one item");
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
    }
    if (r.totalSessions() < 1) {
      add(path + ".totalSessions", "must be at least 1 (or give frequency and weeks)");
    } else if (r.frequency().isPresent()
        && r.weeks().isPresent()
        && r.weeks().get() > 0
        && r.totalSessions() > r.frequency().get().max() * r.weeks().get()) {
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
    nonNegative(path + ".approvedSessions", approved);
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

  private void nonNegative(String path, Optional<Integer> count) {
    if (count.isPresent() && count.get() < 0) {
      add(path, "must not be negative");
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
