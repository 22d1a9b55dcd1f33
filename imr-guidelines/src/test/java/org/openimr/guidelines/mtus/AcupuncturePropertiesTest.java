package org.openimr.guidelines.mtus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.openimr.model.Case;
import org.openimr.model.CriterionResult;
import org.openimr.model.CriterionStatus;
import org.openimr.model.Decision;
import org.openimr.model.DisputedItem;
import org.openimr.model.FrequencyRange;
import org.openimr.model.FunctionalImprovementEvidence;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.MedicalNecessity;
import org.openimr.model.Modality;
import org.openimr.model.TreatmentRequest;
import org.openimr.testkit.ImrArbitraries;

/** Properties the acupuncture evaluator keeps on every valid case. */
class AcupuncturePropertiesTest {
  private static final MtusAcupunctureEvaluator EVALUATOR = new MtusAcupunctureEvaluator();

  /** Decides the first item as the reviewer would: under the edition in force, if any. */
  private static Optional<Decision> decide(MtusAcupunctureEvaluator evaluator, Case c) {
    return decide(evaluator, c, c.disputedItems().get(0));
  }

  private static Optional<Decision> decide(
      MtusAcupunctureEvaluator evaluator, Case c, DisputedItem item) {
    LocalDate date = c.effectiveRequestDate().orElseThrow();
    for (GuidelineEdition edition : evaluator.editions()) {
      if (edition.inForceOn(date)) {
        return Optional.of(evaluator.evaluate(c, item, edition));
      }
    }
    return Optional.empty();
  }

  private static MedicalNecessity necessity(Case c) {
    return decide(EVALUATOR, c).orElseThrow().necessity();
  }

  @Property
  void theSameCaseAlwaysGetsTheSameDecision(@ForAll("acupunctureCases") Case c) {
    assertThat(decide(new MtusAcupunctureEvaluator(), c)).isEqualTo(decide(EVALUATOR, c));
    assertThat(decide(EVALUATOR, c)).isEqualTo(decide(EVALUATOR, c));
  }

  @Property(tries = 300)
  void anyValidCaseIsDecidedWithoutThrowingAndExplained(@ForAll("anyCaseAsAcupuncture") Case c) {
    assertThat(c.violations()).isEmpty();
    for (DisputedItem item : c.disputedItems()) {
      assertThat(EVALUATOR.applicability(c, item).applies()).isTrue();
      decide(EVALUATOR, c, item).ifPresent(AcupuncturePropertiesTest::assertExplained);
    }
  }

  @Property
  void everyDecisionCitesASectionAndNamesEveryFailingCriterion(@ForAll("acupunctureCases") Case c) {
    assertExplained(decide(EVALUATOR, c).orElseThrow());
  }

  private static void assertExplained(Decision decision) {
    assertThat(decision.citations()).isNotEmpty();
    assertThat(decision.citations())
        .allSatisfy(s -> assertThat(s.section()).startsWith("8 CCR § "));
    for (CriterionResult criterion : decision.criteria()) {
      assertThat(criterion.id()).startsWith("mtus.acupuncture.");
      if (criterion.status() != CriterionStatus.MET) {
        assertThat(criterion.citation().section()).startsWith("8 CCR § ");
      }
      if (criterion.status().isAdverse()) {
        assertThat(decision.rationale()).contains(criterion.citation().section());
      }
    }
    if (decision.necessity() == MedicalNecessity.NOT_EVALUABLE) {
      assertThat(decision.notEvaluableReason().orElseThrow()).contains("8 CCR § ");
    }
  }

  @Property
  void requestingFewerSessionsNeverTurnsNecessaryIntoNotNecessary(
      @ForAll("acupunctureCases") Case c) {
    if (!necessaryOften(c)) {
      return;
    }
    TreatmentRequest request = c.disputedItems().get(0).request();
    for (TreatmentRequest fewer : AcupunctureArbitraries.fewerSessions(request)) {
      Case smaller = AcupunctureArbitraries.withRequest(c, fewer);
      assertThat(smaller.violations()).isEmpty();
      assertThat(necessity(smaller)).as(fewer.format()).isEqualTo(MedicalNecessity.NECESSARY);
    }
  }

  @Property
  void addingDocumentedFunctionalImprovementNeverTurnsNecessaryIntoNotNecessary(
      @ForAll("withMoreImprovement") CaseAndEvidence given) {
    Case c = given.c();
    if (!necessaryOften(c)) {
      return;
    }
    Case improved = Case.builder().from(c).addFunctionalImprovement(given.evidence()).build();
    assertThat(necessity(improved)).isEqualTo(MedicalNecessity.NECESSARY);
  }

  /**
   * Whether the case is necessary; fails the property if too few generated cases are, so that the
   * monotonicity properties cannot pass by never reaching their assertion.
   */
  private static boolean necessaryOften(Case c) {
    boolean necessary = necessity(c) == MedicalNecessity.NECESSARY;
    Statistics.label("necessary").collect(necessary);
    Statistics.label("necessary").coverage(check -> check.check(true).percentage(p -> p >= 5));
    return necessary;
  }

  @Property
  void moreThanThreeSessionsAWeekIsNeverNecessary(
      @ForAll("acupunctureCases") Case c,
      @ForAll @IntRange(min = 4, max = 7) int perWeek,
      @ForAll @IntRange(min = 0, max = 3) int lowerBy,
      @ForAll @IntRange(min = 1, max = 8) int weeks) {
    TreatmentRequest request =
        TreatmentRequest.builder()
            .from(c.disputedItems().get(0).request())
            .frequency(FrequencyRange.of(Math.max(1, perWeek - lowerBy), perWeek))
            .weeks(weeks)
            .totalSessions(perWeek * weeks)
            .build();
    Case tooOften = AcupunctureArbitraries.withRequest(c, request);
    assertThat(tooOften.violations()).isEmpty();
    assertThat(necessity(tooOften)).isNotEqualTo(MedicalNecessity.NECESSARY);
  }

  record CaseAndEvidence(Case c, FunctionalImprovementEvidence evidence) {}

  @Provide
  Arbitrary<Case> acupunctureCases() {
    return AcupunctureArbitraries.cases();
  }

  @Provide
  Arbitrary<CaseAndEvidence> withMoreImprovement() {
    return AcupunctureArbitraries.cases()
        .flatMap(
            c ->
                Combinators.combine(
                        Arbitraries.just(c),
                        AcupunctureArbitraries.documentedImprovement(
                            c.requestDate().orElseThrow().minusDays(3)))
                    .as(CaseAndEvidence::new));
  }

  /** The testkit's valid cases of every kind, with each item's modality made acupuncture. */
  @Provide
  Arbitrary<Case> anyCaseAsAcupuncture() {
    return Combinators.combine(
            ImrArbitraries.cases(),
            Arbitraries.of(Modality.ACUPUNCTURE, Modality.ELECTROACUPUNCTURE))
        .as(
            (c, modality) -> {
              Case.Builder b = Case.builder().from(c).disputedItems(java.util.List.of());
              for (DisputedItem item : c.disputedItems()) {
                b.addDisputedItems(
                    DisputedItem.builder()
                        .from(item)
                        .request(
                            TreatmentRequest.builder()
                                .from(item.request())
                                .modality(modality)
                                .build())
                        .build());
              }
              return b.build();
            });
  }
}
