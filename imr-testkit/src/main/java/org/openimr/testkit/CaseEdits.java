package org.openimr.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.openimr.model.Case;
import org.openimr.model.DisputedItem;
import org.openimr.model.FunctionalElement;
import org.openimr.model.FunctionalImprovementEvidence;
import org.openimr.model.Patient;
import org.openimr.model.TreatmentRequest;

/**
 * The changes the contract's properties make to a generated case: more sessions, more evidence,
 * other identifiers. Each returns a valid case, or nothing where the change would make it invalid
 * (a UR modification approving more sessions than the changed request asks for).
 */
final class CaseEdits {
  /** Identifiers no decision may repeat. The date of birth is checked by its year. */
  static final String MARKED_NAME = "Quillon Zabriskie-Marker";

  static final String MARKED_CLAIM_NUMBER = "ZQ-CLAIM-73914";
  static final LocalDate MARKED_DATE_OF_BIRTH = LocalDate.of(1901, 2, 3);
  static final String MARKED_YEAR_OF_BIRTH = "1901";

  private CaseEdits() {}

  /** A case and the disputed item in it that a property asks about. */
  record Variant(Case aCase, DisputedItem item) {}

  /**
   * The case with item {@code index} asking for {@code total} sessions: the weeks grow where the
   * frequency would not allow that many, and the request is written anew.
   */
  static Optional<Variant> withTotalSessions(Case c, int index, int total) {
    DisputedItem item = c.disputedItems().get(index);
    TreatmentRequest r = item.request();
    TreatmentRequest.Builder b = TreatmentRequest.builder().from(r).totalSessions(total);
    if (r.frequency().isPresent() && r.weeks().isPresent()) {
      int perWeek = Math.max(1, r.frequency().get().max());
      b.weeks(Math.max(r.weeks().get(), (total + perWeek - 1) / perWeek));
    }
    TreatmentRequest changed = b.build();
    DisputedItem changedItem =
        DisputedItem.builder().from(item).request(changed).requestedAs(changed.format()).build();
    return valid(replaceItem(c, index, changedItem), index);
  }

  /**
   * The case with the evidence added, each statement documented on the request date and attributed
   * to the modality item {@code index} asks for.
   */
  static Variant withEvidence(Case c, int index, List<FunctionalImprovementEvidence> added) {
    DisputedItem item = c.disputedItems().get(index);
    LocalDate on = c.effectiveRequestDate().orElse(c.dateOfInjury());
    Case.Builder b = Case.builder().from(c);
    for (FunctionalImprovementEvidence e : added) {
      FunctionalImprovementEvidence.Builder dated =
          FunctionalImprovementEvidence.builder().from(e).documentedOn(on);
      item.request().modality().ifPresent(dated::attributedTo);
      b.addFunctionalImprovement(dated.build());
    }
    return new Variant(b.build(), item);
  }

  /** The case with the patient's identifiers set to markers, or removed. */
  static Case withIdentifiers(Case c, boolean marked) {
    Patient.Builder p = Patient.builder().from(c.patient());
    if (marked) {
      p.name(MARKED_NAME).claimNumber(MARKED_CLAIM_NUMBER).dateOfBirth(MARKED_DATE_OF_BIRTH);
    } else {
      p.name(Optional.empty()).claimNumber(Optional.empty()).dateOfBirth(Optional.empty());
    }
    return Case.builder().from(c).patient(p.build()).build();
  }

  /** The case with another case number and every item id prefixed: nothing a rule may use. */
  static Case renumbered(Case c) {
    List<DisputedItem> items = new ArrayList<>();
    for (DisputedItem item : c.disputedItems()) {
      items.add(DisputedItem.builder().from(item).id("renumbered-" + item.id()).build());
    }
    return Case.builder().from(c).caseNumber("CM00-0000000").disputedItems(items).build();
  }

  /** An equal case made of new item instances, to catch caches keyed by identity. */
  static Case copyOf(Case c) {
    List<DisputedItem> items = new ArrayList<>();
    for (DisputedItem item : c.disputedItems()) {
      items.add(DisputedItem.builder().from(item).build());
    }
    return Case.builder().from(c).disputedItems(items).build();
  }

  /**
   * Evidence to add: one statement of any element, objective more often than not, or a complete set
   * (an objective ADL or work improvement with an objective reduction in treatment dependency).
   */
  static Arbitrary<List<FunctionalImprovementEvidence>> addedEvidence() {
    Arbitrary<List<FunctionalImprovementEvidence>> single =
        Combinators.combine(
                Arbitraries.of(FunctionalElement.class),
                Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(3, Arbitraries.just(true)),
                    net.jqwik.api.Tuple.of(1, Arbitraries.just(false))))
            .as((element, objective) -> List.of(statement(element, objective)));
    Arbitrary<List<FunctionalImprovementEvidence>> complete =
        Arbitraries.of(
                FunctionalElement.ADL_IMPROVEMENT, FunctionalElement.WORK_RESTRICTION_REDUCTION)
            .map(
                activity ->
                    List.of(
                        statement(activity, true),
                        statement(FunctionalElement.REDUCED_TREATMENT_DEPENDENCY, true)));
    return Arbitraries.oneOf(single, complete);
  }

  private static FunctionalImprovementEvidence statement(
      FunctionalElement element, boolean objective) {
    return FunctionalImprovementEvidence.builder()
        .element(element)
        .objective(objective)
        .source("contract test")
        .build();
  }

  private static Case replaceItem(Case c, int index, DisputedItem item) {
    List<DisputedItem> items = new ArrayList<>(c.disputedItems());
    items.set(index, item);
    return Case.builder().from(c).disputedItems(items).build();
  }

  private static Optional<Variant> valid(Case c, int index) {
    return c.violations().isEmpty()
        ? Optional.of(new Variant(c, c.disputedItems().get(index)))
        : Optional.empty();
  }
}
