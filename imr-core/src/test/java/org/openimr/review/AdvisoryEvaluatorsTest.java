package org.openimr.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openimr.review.ImrReviewerTest.caseWith;
import static org.openimr.review.ImrReviewerTest.item;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.openimr.model.Case;
import org.openimr.model.CriterionResult;
import org.openimr.model.CriterionStatus;
import org.openimr.model.Decision;
import org.openimr.model.Determination;
import org.openimr.model.DisputedItem;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.GuidelineSource;
import org.openimr.model.ImrOutcome;
import org.openimr.model.MedicalNecessity;
import org.openimr.model.Modality;
import org.openimr.spi.Applicability;
import org.openimr.spi.GuidelineEvaluator;

/**
 * Advisory evaluators are asked beside the deciding one, reported on its decision marked advisory,
 * guarded like deciding ones, and never change the IMR outcome.
 */
class AdvisoryEvaluatorsTest {
  private static final String MARKER = "ZQXMARKER";

  private static StubEvaluator stub(
      String id, GuidelineSource source, Modality modality, MedicalNecessity necessity) {
    return new StubEvaluator(id, source, modality, (c, i) -> necessity);
  }

  private static StubEvaluator mtusAcupuncture(MedicalNecessity necessity) {
    return stub("acu", GuidelineSource.MTUS, Modality.ACUPUNCTURE, necessity);
  }

  private static StubEvaluator payer(MedicalNecessity necessity) {
    return stub("payer", GuidelineSource.OTHER, Modality.ACUPUNCTURE, necessity);
  }

  /** An evaluator that builds a NECESSARY decision with a NOT_MET criterion. */
  private static StubEvaluator invariantBreaking(String id, GuidelineSource source) {
    return new StubEvaluator(
        id, source, Modality.ACUPUNCTURE, (c, i) -> MedicalNecessity.NECESSARY) {
      @Override
      public Decision evaluate(Case c, DisputedItem item, GuidelineEdition edition) {
        GuidelineCitation citation = GuidelineCitation.of(edition, "§ 1", "Everything");
        return Decision.builder()
            .itemId(item.id())
            .necessity(MedicalNecessity.NECESSARY)
            .evaluatorId(id())
            .evaluatorVersion(version())
            .addCriteria(
                CriterionResult.of(
                    id() + ".all", MARKER, CriterionStatus.NOT_MET, List.of(MARKER), citation))
            .rationale(MARKER)
            .addCitations(citation)
            .build();
      }
    };
  }

  private static StubEvaluator throwing(String id) {
    return new StubEvaluator(
        id,
        GuidelineSource.OTHER,
        Modality.ACUPUNCTURE,
        (c, i) -> {
          throw new IllegalStateException(MARKER);
        });
  }

  private static Decision decide(ImrReviewer reviewer, String shorthand) {
    return reviewer.review(caseWith(item("1", shorthand))).decisions().get(0);
  }

  @Example
  void anAdvisoryDecisionIsReportedBesideTheDecidingOneAndMarkedAdvisory() {
    ImrReviewer reviewer =
        ImrReviewer.builder()
            .register(mtusAcupuncture(MedicalNecessity.NOT_NECESSARY))
            .advisory(payer(MedicalNecessity.NECESSARY))
            .build();

    Decision decision = decide(reviewer, "Acupuncture 3x4");

    // MTUS decides: the payer's approval is reported, not followed.
    assertThat(decision.evaluatorId()).isEqualTo("acu");
    assertThat(decision.advisory()).isFalse();
    assertThat(decision.outcome()).contains(ImrOutcome.UPHELD);
    assertThat(decision.advisoryDecisions()).hasSize(1);
    Decision advice = decision.advisoryDecisions().get(0);
    assertThat(advice.evaluatorId()).isEqualTo("payer");
    assertThat(advice.advisory()).isTrue();
    assertThat(advice.necessity()).isEqualTo(MedicalNecessity.NECESSARY);
    assertThat(reviewer.advisoryEvaluators())
        .extracting(GuidelineEvaluator::id)
        .containsExactly("payer");
    assertThat(reviewer.evaluators()).extracting(GuidelineEvaluator::id).containsExactly("acu");
  }

  @Example
  void anAdvisoryEvaluatorIsAskedWhenNoGuidelineDecidesTheItem() {
    ImrReviewer reviewer =
        ImrReviewer.builder().advisory(payer(MedicalNecessity.NOT_NECESSARY)).build();

    Decision decision = decide(reviewer, "Acupuncture 3x4");

    assertThat(decision.evaluatorId()).isEqualTo(ImrReviewer.REVIEWER_ID);
    assertThat(decision.necessity()).isEqualTo(MedicalNecessity.NOT_EVALUABLE);
    assertThat(decision.advisoryDecisions())
        .singleElement()
        .satisfies(a -> assertThat(a.necessity()).isEqualTo(MedicalNecessity.NOT_NECESSARY));
  }

  @Example
  void anAdvisoryEvaluatorThatDoesNotApplyOrHasNoEditionInForceIsLeftOut() {
    ImrReviewer reviewer =
        ImrReviewer.builder()
            .register(
                stub(
                    "pt",
                    GuidelineSource.MTUS,
                    Modality.PHYSICAL_THERAPY,
                    MedicalNecessity.NECESSARY))
            .advisory(payer(MedicalNecessity.NOT_NECESSARY))
            .build();

    // The payer's policy covers acupuncture only.
    assertThat(decide(reviewer, "PT 2x3 knee").advisoryDecisions()).isEmpty();

    // A request dated before the policy's only edition.
    Case early =
        Case.builder()
            .from(caseWith(item("1", "Acupuncture 3x4")))
            .requestDate(StubEvaluator.FROM.minusDays(1))
            .dateOfInjury(LocalDate.of(2008, 1, 1))
            .build();
    assertThat(reviewer.review(early).decisions().get(0).advisoryDecisions()).isEmpty();
  }

  @Example
  void advisoryEvaluatorsAreReportedInRegistrationOrderWhateverTheirTier() {
    ImrReviewer reviewer =
        ImrReviewer.builder()
            .advisory(
                payer(MedicalNecessity.NECESSARY),
                stub(
                    "mtus.other",
                    GuidelineSource.MTUS,
                    Modality.ACUPUNCTURE,
                    MedicalNecessity.NOT_NECESSARY))
            .build();

    assertThat(decide(reviewer, "Acupuncture 3x4").advisoryDecisions())
        .extracting(Decision::evaluatorId)
        .containsExactly("payer", "mtus.other");
  }

  @Example
  void aThrowingAdvisoryEvaluatorIsReportedAsNotEvaluableAndTheReviewGoesOn() {
    ImrReviewer reviewer =
        ImrReviewer.builder()
            .register(mtusAcupuncture(MedicalNecessity.NECESSARY))
            .advisory(throwing("payer"))
            .build();

    Decision decision = decide(reviewer, "Acupuncture 3x4");

    assertThat(decision.outcome()).contains(ImrOutcome.OVERTURNED);
    Decision advice = decision.advisoryDecisions().get(0);
    assertThat(advice.advisory()).isTrue();
    assertThat(advice.evaluatorId()).isEqualTo("payer");
    assertThat(advice.notEvaluableReason().orElseThrow())
        .isEqualTo("Evaluator payer failed while evaluating: java.lang.IllegalStateException.")
        .doesNotContain(MARKER);
  }

  @Example
  void anAdvisoryEvaluatorThrowingInApplicabilityIsReportedToo() {
    StubEvaluator broken =
        new StubEvaluator(
            "payer",
            GuidelineSource.OTHER,
            Modality.ACUPUNCTURE,
            (c, i) -> MedicalNecessity.NECESSARY) {
          @Override
          public Applicability applicability(Case c, DisputedItem item) {
            throw new UnsupportedOperationException(MARKER);
          }
        };
    ImrReviewer reviewer = ImrReviewer.builder().advisory(broken).build();

    assertThat(decide(reviewer, "Acupuncture 3x4").advisoryDecisions().get(0).notEvaluableReason())
        .contains(
            "Evaluator payer failed while checking applicability:"
                + " java.lang.UnsupportedOperationException.");
  }

  @Example
  void anEvaluatorWhoseApplicabilityIsNullIsContainedDecidingOrAdvisory() {
    ImrReviewer reviewer =
        ImrReviewer.builder()
            .register(nullApplicability("vague"))
            .advisory(nullApplicability("hazy"))
            .build();

    Decision decision = decide(reviewer, "Acupuncture 3x4");

    assertThat(decision.notEvaluableReason())
        .contains(
            "Evaluator vague failed while checking applicability: java.lang.NullPointerException.");
    assertThat(decision.advisoryDecisions().get(0).notEvaluableReason())
        .contains(
            "Evaluator hazy failed while checking applicability: java.lang.NullPointerException.");
  }

  private static StubEvaluator nullApplicability(String id) {
    return new StubEvaluator(
        id, GuidelineSource.MTUS, Modality.ACUPUNCTURE, (c, i) -> MedicalNecessity.NECESSARY) {
      @Override
      @SuppressWarnings("NullAway") // returns null on purpose, as a careless plug-in might
      public Applicability applicability(Case c, DisputedItem item) {
        return null;
      }
    };
  }

  @Example
  void aDecidingEvaluatorThatBreaksAnInvariantYieldsANotEvaluableDecisionNamingIt() {
    ImrReviewer reviewer =
        ImrReviewer.builder().register(invariantBreaking("sloppy", GuidelineSource.MTUS)).build();

    Decision decision = decide(reviewer, "Acupuncture 3x4");

    assertThat(decision.necessity()).isEqualTo(MedicalNecessity.NOT_EVALUABLE);
    assertThat(decision.evaluatorId()).isEqualTo("sloppy");
    assertThat(decision.notEvaluableReason().orElseThrow())
        .isEqualTo(
            "Evaluator sloppy built a decision that breaks an invariant while evaluating:"
                + " a NECESSARY decision has no NOT_MET or NOT_DOCUMENTED criterion.")
        .doesNotContain(MARKER);
  }

  @Example
  void anAdvisoryEvaluatorThatBreaksAnInvariantIsReportedNamingIt() {
    ImrReviewer reviewer =
        ImrReviewer.builder()
            .register(mtusAcupuncture(MedicalNecessity.NOT_NECESSARY))
            .advisory(invariantBreaking("payer", GuidelineSource.OTHER))
            .build();

    Decision advice = decide(reviewer, "Acupuncture 3x4").advisoryDecisions().get(0);

    assertThat(advice.advisory()).isTrue();
    assertThat(advice.notEvaluableReason().orElseThrow())
        .contains("Evaluator payer built a decision that breaks an invariant")
        .contains("a NECESSARY decision has no NOT_MET or NOT_DOCUMENTED criterion")
        .doesNotContain(MARKER);
  }

  @Example
  void aDecidingEvaluatorMayNotMarkItsDecisionAdvisory() {
    StubEvaluator pretending =
        new StubEvaluator(
            "pretender",
            GuidelineSource.MTUS,
            Modality.ACUPUNCTURE,
            (c, i) -> MedicalNecessity.NECESSARY) {
          @Override
          public Decision evaluate(Case c, DisputedItem item, GuidelineEdition edition) {
            return Decision.builder().from(super.evaluate(c, item, edition)).advisory(true).build();
          }
        };
    ImrReviewer reviewer =
        ImrReviewer.builder().register(pretending).advisory(pretending2()).build();

    Decision decision = decide(reviewer, "Acupuncture 3x4");
    assertThat(decision.notEvaluableReason().orElseThrow())
        .contains("Evaluator pretender returned a decision marked advisory");
    // As an advisory evaluator it is refused the same way, and reported.
    assertThat(decision.advisoryDecisions().get(0).notEvaluableReason().orElseThrow())
        .contains("Evaluator pretender2 returned a decision marked advisory");
  }

  private static StubEvaluator pretending2() {
    return new StubEvaluator(
        "pretender2",
        GuidelineSource.OTHER,
        Modality.ACUPUNCTURE,
        (c, i) -> MedicalNecessity.NECESSARY) {
      @Override
      public Decision evaluate(Case c, DisputedItem item, GuidelineEdition edition) {
        return Decision.builder().from(super.evaluate(c, item, edition)).advisory(true).build();
      }
    };
  }

  @Example
  void anIdRegisteredAsDecidingCannotBeAdvisoryToo() {
    assertThatThrownBy(
            () ->
                ImrReviewer.builder()
                    .register(payer(MedicalNecessity.NECESSARY))
                    .advisory(payer(MedicalNecessity.NECESSARY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("an evaluator with id payer is already registered");
    assertThatThrownBy(
            () ->
                ImrReviewer.builder()
                    .advisory(payer(MedicalNecessity.NECESSARY))
                    .register(payer(MedicalNecessity.NECESSARY)))
        .hasMessageStartingWith("an evaluator with id payer is already registered");
  }

  /** What an advisory evaluator does, for the property below. */
  enum Behaviour {
    APPROVES,
    DENIES,
    CANNOT_DECIDE,
    THROWS,
    BREAKS_AN_INVARIANT,
    COVERS_ANOTHER_MODALITY
  }

  private static GuidelineEvaluator advisor(int index, Behaviour behaviour, GuidelineSource tier) {
    String id = "advisor" + index;
    return switch (behaviour) {
      case APPROVES -> stub(id, tier, Modality.ACUPUNCTURE, MedicalNecessity.NECESSARY);
      case DENIES -> stub(id, tier, Modality.ACUPUNCTURE, MedicalNecessity.NOT_NECESSARY);
      case CANNOT_DECIDE ->
          new StubEvaluator(id, tier, Modality.ACUPUNCTURE, (c, i) -> MedicalNecessity.NECESSARY) {
            @Override
            public Decision evaluate(Case c, DisputedItem item, GuidelineEdition edition) {
              return Decision.notEvaluable(item.id(), id(), version(), "cannot decide");
            }
          };
      case THROWS -> throwing(id);
      case BREAKS_AN_INVARIANT -> invariantBreaking(id, tier);
      case COVERS_ANOTHER_MODALITY ->
          stub(id, tier, Modality.CHIROPRACTIC_MANIPULATION, MedicalNecessity.NECESSARY);
    };
  }

  @Property
  void advisoryEvaluatorsNeverChangeTheDecidingDecision(
      @ForAll MedicalNecessity acupuncture,
      @ForAll MedicalNecessity physicalTherapy,
      @ForAll("behaviours") List<Behaviour> behaviours,
      @ForAll GuidelineSource tier,
      @ForAll("items") List<String> requests) {
    ImrReviewer.Builder plain =
        ImrReviewer.builder()
            .register(
                mtusAcupuncture(acupuncture),
                stub("pt", GuidelineSource.MTUS, Modality.PHYSICAL_THERAPY, physicalTherapy));
    ImrReviewer.Builder advised =
        ImrReviewer.builder()
            .register(
                mtusAcupuncture(acupuncture),
                stub("pt", GuidelineSource.MTUS, Modality.PHYSICAL_THERAPY, physicalTherapy));
    for (int i = 0; i < behaviours.size(); i++) {
      advised.advisory(advisor(i, behaviours.get(i), tier));
    }
    DisputedItem[] items = new DisputedItem[requests.size()];
    for (int i = 0; i < items.length; i++) {
      items[i] = item(String.valueOf(i + 1), requests.get(i));
    }
    Case c = caseWith(items);

    Determination without = plain.build().review(c);
    Determination with = advised.build().review(c);

    assertThat(with.decisions()).hasSameSizeAs(without.decisions());
    for (int i = 0; i < items.length; i++) {
      Decision deciding = with.decisions().get(i);
      Decision alone = without.decisions().get(i);
      // Everything but the advisory decisions is exactly what the reviewer decides without them.
      assertThat(Decision.builder().from(deciding).advisoryDecisions(List.of()).build())
          .isEqualTo(alone);
      assertThat(deciding.outcome()).isEqualTo(alone.outcome());
      assertThat(deciding.advisory()).isFalse();
      long asked = behaviours.stream().filter(b -> b != Behaviour.COVERS_ANOTHER_MODALITY).count();
      int expected = requests.get(i).startsWith("Acupuncture") ? (int) asked : 0;
      assertThat(deciding.advisoryDecisions())
          .hasSize(expected)
          .allSatisfy(
              a -> {
                assertThat(a.advisory()).isTrue();
                assertThat(a.itemId()).isEqualTo(deciding.itemId());
                assertThat(a.advisoryDecisions()).isEmpty();
              });
    }
  }

  @Provide
  Arbitrary<List<Behaviour>> behaviours() {
    return Arbitraries.of(Behaviour.class).list().ofMaxSize(4);
  }

  @Provide
  Arbitrary<List<String>> items() {
    return Arbitraries.of("Acupuncture 3x4", "PT 2x3 knee", "Massage 1x6")
        .list()
        .ofMinSize(1)
        .ofMaxSize(3);
  }
}
