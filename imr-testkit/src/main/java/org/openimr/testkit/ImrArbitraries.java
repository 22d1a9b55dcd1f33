package org.openimr.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.apiguardian.api.API;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.CodeSystem;
import org.openimr.model.CriterionResult;
import org.openimr.model.CriterionStatus;
import org.openimr.model.Decision;
import org.openimr.model.Determination;
import org.openimr.model.Diagnosis;
import org.openimr.model.DisputedItem;
import org.openimr.model.FrequencyRange;
import org.openimr.model.FunctionalElement;
import org.openimr.model.FunctionalImprovementEvidence;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.GuidelineSource;
import org.openimr.model.Laterality;
import org.openimr.model.MedicalNecessity;
import org.openimr.model.Modality;
import org.openimr.model.Patient;
import org.openimr.model.PriorTreatment;
import org.openimr.model.ReviewerQualifications;
import org.openimr.model.Sex;
import org.openimr.model.Surgery;
import org.openimr.model.TreatmentRequest;
import org.openimr.model.UrDecision;
import org.openimr.model.UrOutcome;
import org.openimr.model.Violation;

/**
 * jqwik generators for every domain type, valid by construction: dates in order, counts consistent,
 * every generated {@link Case} free of {@linkplain Case#violations() violations}. Values are built
 * from generated parts, so shrinking stays valid too.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ImrArbitraries {
  private ImrArbitraries() {}

  /** Free text of the kind records hold: letters, digits, spaces and punctuation. */
  public static Arbitrary<String> text() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withCharRange('A', 'Z')
        .withCharRange('0', '9')
        .withChars(' ', '.', ',', '%', '-', '/', 'é', '§')
        .ofMinLength(1)
        .ofMaxLength(40)
        .filter(s -> !s.isBlank());
  }

  public static Arbitrary<Patient> patients() {
    return Combinators.combine(
            Arbitraries.integers().between(16, 90),
            Arbitraries.of(Sex.class),
            text().optional(),
            text().optional(),
            dates(LocalDate.of(1930, 1, 1), 365 * 70).optional(),
            text().optional())
        .as(
            (age, sex, occupation, name, dob, claim) -> {
              Patient.Builder b = Patient.builder().age(age).sex(sex);
              occupation.ifPresent(b::occupation);
              name.ifPresent(b::name);
              dob.ifPresent(b::dateOfBirth);
              claim.ifPresent(b::claimNumber);
              return b.build();
            });
  }

  public static Arbitrary<Diagnosis> diagnoses() {
    return Combinators.combine(
            Arbitraries.of(CodeSystem.class),
            Arbitraries.strings().numeric().ofMinLength(3).ofMaxLength(3),
            text().optional())
        .as(
            (system, digits, text) -> {
              String code =
                  system == CodeSystem.ICD_9_CM
                      ? digits + ".1"
                      : "M" + digits.substring(0, 2) + "." + digits.charAt(2);
              Diagnosis.Builder b = Diagnosis.builder().system(system).code(code);
              text.ifPresent(b::text);
              return b.build();
            });
  }

  /** Requests in every shape the shorthand reads: frequency and weeks, a total, or both. */
  public static Arbitrary<TreatmentRequest> requests(Arbitrary<Modality> modalities) {
    Arbitrary<Integer> perWeek = Arbitraries.integers().between(1, 7);
    Arbitrary<Integer> weeks = Arbitraries.integers().between(1, 16);
    return Combinators.combine(
            modalities,
            regions().optional(),
            Arbitraries.of(Laterality.class).optional(),
            perWeek,
            Arbitraries.integers().between(0, 3),
            weeks,
            Arbitraries.integers().between(1, 48),
            Arbitraries.integers().between(0, 2))
        .as(
            (modality, region, laterality, min, spread, w, total, shape) -> {
              TreatmentRequest.Builder b = TreatmentRequest.builder().modality(modality);
              region.ifPresent(
                  r -> {
                    b.region(r);
                    laterality.ifPresent(b::laterality);
                  });
              if (shape == 0) {
                b.frequency(FrequencyRange.of(min, Math.min(7, min + spread))).weeks(w);
              } else if (shape == 1) {
                b.frequency(FrequencyRange.exactly(min))
                    .weeks(w)
                    .totalSessions(Math.min(total, min * w));
              } else {
                b.totalSessions(total);
              }
              return b.build();
            });
  }

  public static Arbitrary<BodyRegion> regions() {
    return Arbitraries.of(BodyRegion.class).filter(r -> r != BodyRegion.OTHER);
  }

  public static Arbitrary<Modality> modalities() {
    return Arbitraries.of(Modality.class).filter(m -> m != Modality.OTHER);
  }

  /** Disputed items with unique ids {@code "1"}, {@code "2"}, ... in order. */
  public static Arbitrary<List<DisputedItem>> items() {
    Arbitrary<TreatmentRequest> requests = requests(modalities());
    Arbitrary<UrDecision> ur =
        Arbitraries.of(UrOutcome.DENIED, UrOutcome.DELAYED)
            .map(o -> UrDecision.builder().outcome(o).build());
    return Combinators.combine(requests, ur, text().optional())
        .as(
            (request, decision, cited) -> {
              UrDecision.Builder u = UrDecision.builder().from(decision);
              cited.ifPresent(u::guidelineCited);
              return DisputedItem.builder()
                  .id("?")
                  .requestedAs(request.format())
                  .request(request)
                  .urDecision(u.build())
                  .build();
            })
        .list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .map(
            list -> {
              List<DisputedItem> numbered = new java.util.ArrayList<>();
              for (int i = 0; i < list.size(); i++) {
                numbered.add(
                    DisputedItem.builder().from(list.get(i)).id(Integer.toString(i + 1)).build());
              }
              return numbered;
            });
  }

  /**
   * Valid cases of every kind: any modality, region, history and evidence. Narrow them with the
   * knobs of {@link CaseArbitrary}, e.g. {@code
   * cases().modality(ACUPUNCTURE).withoutPriorTreatment()}.
   */
  public static CaseArbitrary cases() {
    return new CaseArbitrary();
  }

  /**
   * Cases that are valid but for one broken field, each with the one {@link Violation} that {@link
   * Case#violations()} (and {@code ImrJson.readCase}) must report for it: for the validation tests
   * of code that accepts cases. Every whole-case rule is broken by some of them.
   */
  public static Arbitrary<InvalidCase> invalidCases() {
    return Combinators.combine(
            cases(), Arbitraries.of(Breakage.class), Arbitraries.integers().between(1, 30))
        .as((c, breakage, amount) -> breakage.breakCase(c, amount));
  }

  public static Arbitrary<PriorTreatment> history(LocalDate after) {
    return Combinators.combine(
            modalities(),
            regions().optional(),
            Arbitraries.integers().between(0, 30).optional(),
            Arbitraries.integers().between(0, 30),
            Arbitraries.integers().between(0, 200),
            Arbitraries.integers().between(0, 60).optional(),
            text().optional())
        .as(
            (modality, region, authorized, completed, startOffset, length, outcome) -> {
              PriorTreatment.Builder b = PriorTreatment.builder().modality(modality);
              region.ifPresent(b::region);
              authorized.ifPresent(
                  a -> {
                    b.sessionsAuthorized(a);
                    b.sessionsCompleted(Math.min(a, completed));
                  });
              if (authorized.isEmpty()) {
                b.sessionsCompleted(completed);
              }
              LocalDate start = after.plusDays(startOffset);
              b.startDate(start);
              length.ifPresent(l -> b.endDate(start.plusDays(l)));
              outcome.ifPresent(b::documentedOutcome);
              return b.build();
            });
  }

  public static Arbitrary<Surgery> surgeries(LocalDate after) {
    return Combinators.combine(
            text(),
            regions(),
            Arbitraries.of(Laterality.class).optional(),
            Arbitraries.integers().between(0, 300),
            diagnoses().optional())
        .as(
            (procedure, region, laterality, offset, dx) -> {
              Surgery.Builder b =
                  Surgery.builder()
                      .procedure(procedure)
                      .region(region)
                      .date(after.plusDays(offset));
              laterality.ifPresent(b::laterality);
              dx.ifPresent(b::diagnosis);
              return b.build();
            });
  }

  /**
   * Functional-improvement statements of any element, objective or not, undated or documented on a
   * day up to 30 days before {@code notAfter} (never before {@link Case#EARLIEST_DATE}).
   */
  public static Arbitrary<FunctionalImprovementEvidence> evidence(LocalDate notAfter) {
    return Combinators.combine(
            Arbitraries.of(FunctionalElement.class),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 30).optional(),
            text().optional(),
            modalities().optional(),
            text().optional())
        .as(
            (element, objective, daysBefore, source, attributed, description) -> {
              FunctionalImprovementEvidence.Builder b =
                  FunctionalImprovementEvidence.builder().element(element).objective(objective);
              daysBefore.ifPresent(d -> b.documentedOn(notBeforeEarliest(notAfter.minusDays(d))));
              source.ifPresent(b::source);
              attributed.ifPresent(b::attributedTo);
              description.ifPresent(b::description);
              return b.build();
            });
  }

  public static Arbitrary<GuidelineEdition> editions() {
    return Combinators.combine(
            Arbitraries.of(GuidelineSource.class),
            text(),
            Arbitraries.of("2007", "2009", "2016"),
            dates(LocalDate.of(2004, 1, 1), 365 * 10),
            Arbitraries.integers().between(0, 3000).optional())
        .as(
            (source, title, edition, from, days) -> {
              GuidelineEdition.Builder b =
                  GuidelineEdition.builder()
                      .source(source)
                      .title(title)
                      .label(edition)
                      .effectiveFrom(from);
              days.ifPresent(d -> b.effectiveTo(from.plusDays(d)));
              return b.build();
            });
  }

  public static Arbitrary<GuidelineCitation> citations() {
    return Combinators.combine(editions(), text(), text()).as(GuidelineCitation::of);
  }

  public static Arbitrary<CriterionResult> criterionResults() {
    return Combinators.combine(
            Arbitraries.strings()
                .withCharRange('a', 'z')
                .withChars('.', '-')
                .ofMinLength(1)
                .ofMaxLength(30),
            text(),
            Arbitraries.of(CriterionStatus.class),
            text().list().ofMaxSize(3),
            citations())
        .as(
            (id, description, status, evidence, citation) ->
                CriterionResult.builder()
                    .id(id)
                    .description(description)
                    .status(status)
                    .evidence(evidence)
                    .citation(citation)
                    .build());
  }

  public static Arbitrary<Decision> decisions(String itemId) {
    return Combinators.combine(
            Arbitraries.of(MedicalNecessity.class),
            text(),
            criterionResults().list().ofMaxSize(4),
            text(),
            citations().list().ofMaxSize(3))
        .as(
            (necessity, reason, criteria, rationale, citations) -> {
              Decision.Builder b =
                  Decision.builder()
                      .itemId(itemId)
                      .necessity(necessity)
                      .evaluatorId("gen.evaluator")
                      .evaluatorVersion("1.0")
                      // a NECESSARY decision has no adverse criterion (a Decision invariant)
                      .criteria(
                          necessity == MedicalNecessity.NECESSARY
                              ? criteria.stream().filter(c -> !c.status().isAdverse()).toList()
                              : criteria)
                      .rationale(rationale)
                      .citations(citations);
              if (necessity == MedicalNecessity.NOT_EVALUABLE) {
                b.notEvaluableReason(reason);
              }
              return b.build();
            });
  }

  public static Arbitrary<ReviewerQualifications> reviewerQualifications() {
    return Combinators.combine(
            text(),
            Arbitraries.of(true, false),
            text().optional(),
            Arbitraries.of("California", "Nevada"),
            Arbitraries.integers().between(1, 40).optional(),
            Arbitraries.integers().between(1, 60).optional())
        .as(
            (specialty, certified, sub, state, years, hours) -> {
              ReviewerQualifications.Builder b =
                  ReviewerQualifications.builder()
                      .specialty(specialty)
                      .boardCertified(certified)
                      .licensedIn(state);
              sub.ifPresent(b::subspecialty);
              years.ifPresent(b::yearsInActivePractice);
              hours.ifPresent(b::hoursPerWeekInPractice);
              return b.build();
            });
  }

  public static Arbitrary<Determination> determinations() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 3),
            reviewerQualifications().optional(),
            dates(LocalDate.of(2013, 1, 1), 365 * 10).optional())
        .flatAs(
            (count, reviewer, decidedOn) -> {
              List<Arbitrary<Decision>> each = new java.util.ArrayList<>();
              for (int i = 1; i <= count; i++) {
                each.add(decisions(Integer.toString(i)));
              }
              return Combinators.combine(each)
                  .as(
                      decisions -> {
                        Determination.Builder b =
                            Determination.builder().caseNumber("CM14-0000001").decisions(decisions);
                        reviewer.ifPresent(b::reviewer);
                        decidedOn.ifPresent(b::decidedOn);
                        return b.build();
                      });
            });
  }

  private static LocalDate notBeforeEarliest(LocalDate date) {
    return date.isBefore(Case.EARLIEST_DATE) ? Case.EARLIEST_DATE : date;
  }

  private static Arbitrary<LocalDate> dates(LocalDate from, int days) {
    return Arbitraries.integers().between(0, days).map(from::plusDays);
  }
}
