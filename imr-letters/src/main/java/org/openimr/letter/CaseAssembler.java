package org.openimr.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openimr.model.Case;
import org.openimr.model.DisputedItem;
import org.openimr.model.FunctionalImprovementEvidence;
import org.openimr.model.Patient;
import org.openimr.model.PriorTreatment;
import org.openimr.model.Sex;
import org.openimr.model.TreatmentRequest;
import org.openimr.model.UrDecision;
import org.openimr.model.UrOutcome;
import org.openimr.model.Violation;

/**
 * Builds the {@link Case} a parsed letter describes, by the rules documented on {@link
 * ParsedLetter#toCase()}. Messages name missing fields and broken rules, never values.
 */
final class CaseAssembler {
  private CaseAssembler() {}

  static Case assemble(ParsedLetter letter) {
    LetterFacts facts = letter.facts();
    List<String> missing = new ArrayList<>();
    if (facts.age().isEmpty()) {
      missing.add("the patient's age");
    }
    if (facts.dateOfInjury().isEmpty()) {
      missing.add("the date of injury");
    }
    List<DisputedItem> items = items(letter);
    if (items.isEmpty()) {
      missing.add("a disputed item with a readable treatment request");
    }
    if (!missing.isEmpty()) {
      throw new LetterParseException(
          LetterParseException.Problem.NOT_A_CASE,
          "letter does not state " + String.join(", ", missing));
    }
    LocalDate injury = facts.dateOfInjury().orElseThrow().value();
    Patient.Builder patient =
        Patient.builder()
            .age(facts.age().orElseThrow().value())
            .sex(facts.sex().map(Fact::value).orElse(Sex.NOT_DOCUMENTED));
    facts.occupation().ifPresent(o -> patient.occupation(o.value()));

    Optional<LocalDate> ur =
        facts.urDecisionDate().map(Fact::value).filter(d -> !d.isBefore(injury));
    Case.Builder c =
        Case.builder()
            .caseNumber(
                letter.caseNumber().map(Fact::value).orElse(ParsedLetter.UNKNOWN_CASE_NUMBER))
            .patient(patient.build())
            .dateOfInjury(injury)
            .disputedItems(items);
    Optional<LocalDate> request = requestDate(facts, injury, ur);
    request.ifPresent(c::requestDate);
    Optional<LocalDate> keptUr = ur.filter(d -> request.map(r -> !d.isBefore(r)).orElse(true));
    keptUr.ifPresent(c::urDecisionDate);
    // dates out of order are left out rather than reported: the letter may have misread them
    LocalDate imrNotBefore = keptUr.or(() -> request).orElse(injury);
    facts
        .imrApplicationDate()
        .map(Fact::value)
        .filter(d -> !d.isBefore(imrNotBefore))
        .ifPresent(c::imrApplicationDate);
    c.injuredRegions(
        facts.injuredRegions().stream().map(Fact::value).distinct().collect(Collectors.toList()));
    c.diagnoses(
        facts.diagnoses().stream().map(Fact::value).distinct().collect(Collectors.toList()));
    c.treatmentHistory(history(facts));
    facts.painMedication().ifPresent(p -> c.painMedication(p.value()));
    c.functionalImprovement(improvement(facts, injury));
    Case built = c.build();
    List<Violation> violations = built.violations();
    if (!violations.isEmpty()) {
      throw new LetterParseException(
          LetterParseException.Problem.NOT_A_CASE,
          "letter describes an invalid case: "
              + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
    }
    return built;
  }

  /** The RFA date; else the latest report date; only dates from the injury to the UR decision. */
  private static Optional<LocalDate> requestDate(
      LetterFacts facts, LocalDate injury, Optional<LocalDate> ur) {
    Optional<LocalDate> rfa =
        facts.requestDate().map(Fact::value).filter(d -> inWindow(d, injury, ur));
    if (rfa.isPresent()) {
      return rfa;
    }
    return facts.reportDates().stream()
        .map(Fact::value)
        .filter(d -> inWindow(d, injury, ur))
        .max(Comparator.naturalOrder());
  }

  private static boolean inWindow(LocalDate d, LocalDate injury, Optional<LocalDate> ur) {
    return !d.isBefore(injury) && ur.map(u -> !d.isAfter(u)).orElse(true);
  }

  private static List<DisputedItem> items(ParsedLetter letter) {
    List<DisputedItem> items = new ArrayList<>();
    for (ParsedItem item : letter.items()) {
      Optional<TreatmentRequest> request = item.request().filter(r -> r.modality().isPresent());
      if (request.isEmpty()) {
        continue;
      }
      UrDecision.Builder ur = UrDecision.builder().outcome(UrOutcome.DENIED);
      item.claimsAdministratorGuidelineName().ifPresent(ur::guidelineCited);
      items.add(
          DisputedItem.builder()
              .id(item.id())
              .requestedAs(item.name())
              .request(request.get())
              .urDecision(ur.build())
              .build());
    }
    return items;
  }

  private static List<PriorTreatment> history(LetterFacts facts) {
    Set<PriorSessions> seen = new LinkedHashSet<>();
    facts.priorSessions().forEach(f -> seen.add(f.value()));
    List<PriorTreatment> history = new ArrayList<>();
    for (PriorSessions s : seen) {
      PriorTreatment.Builder t = PriorTreatment.builder().modality(s.modality());
      s.region().ifPresent(t::region);
      if (s.authorized()) {
        t.sessionsAuthorized(s.sessions());
      } else {
        t.sessionsCompleted(s.sessions());
      }
      s.outcome().ifPresent(t::documentedOutcome);
      history.add(t.build());
    }
    return history;
  }

  private static List<FunctionalImprovementEvidence> improvement(
      LetterFacts facts, LocalDate injury) {
    List<FunctionalImprovementEvidence> evidence = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Fact<ImprovementStatement> f : facts.improvements()) {
      ImprovementStatement s = f.value();
      if (s.denied() || !seen.add(s.element() + "|" + s.objective() + "|" + s.words())) {
        continue;
      }
      FunctionalImprovementEvidence.Builder e =
          FunctionalImprovementEvidence.builder()
              .element(s.element())
              .objective(s.objective())
              .description(s.words());
      s.date().filter(d -> !d.isBefore(injury)).ifPresent(e::documentedOn);
      s.attributedTo().ifPresent(e::attributedTo);
      evidence.add(e.build());
    }
    return evidence;
  }
}
