package org.openimr.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openimr.review.ImrReviewer;
import org.openimr.spi.Applicability;
import org.openimr.spi.GuidelineEvaluator;

/**
 * A decision made without its builder (here a subclass only code in this package can write; a mock
 * or byte-code tool elsewhere) never had its invariants checked: the reviewer checks them itself.
 */
class HandMadeDecisionTest {
  private static final GuidelineEdition EDITION =
      GuidelineEdition.builder()
          .source(GuidelineSource.MTUS)
          .title("Hand-made guideline")
          .label("1")
          .effectiveFrom(LocalDate.of(2009, 7, 18))
          .build();
  private static final GuidelineCitation CITATION = GuidelineCitation.of(EDITION, "§ 1", "All");

  /** NECESSARY, yet with a NOT_MET criterion. */
  private static final class HandMade extends Decision {
    private final String itemId;

    HandMade(String itemId) {
      this.itemId = itemId;
    }

    @Override
    public String itemId() {
      return itemId;
    }

    @Override
    public MedicalNecessity necessity() {
      return MedicalNecessity.NECESSARY;
    }

    @Override
    public Optional<String> notEvaluableReason() {
      return Optional.empty();
    }

    @Override
    public String evaluatorId() {
      return "handmade";
    }

    @Override
    public String evaluatorVersion() {
      return "1";
    }

    @Override
    public List<CriterionResult> criteria() {
      return List.of(
          CriterionResult.of("handmade.all", "all", CriterionStatus.NOT_MET, List.of(), CITATION));
    }

    @Override
    public Rationale rationaleSource() {
      return Rationale.text("made by hand");
    }

    @Override
    public List<GuidelineCitation> citations() {
      return List.of(CITATION);
    }

    @Override
    public List<Decision> advisoryDecisions() {
      return List.of();
    }

    @Override
    public Optional<ContentSource> content() {
      return Optional.empty();
    }

    @Override
    public List<PassedOver> passedOver() {
      return List.of();
    }
  }

  private static final class HandMadeEvaluator implements GuidelineEvaluator {
    @Override
    public String id() {
      return "handmade";
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public List<GuidelineEdition> editions() {
      return List.of(EDITION);
    }

    @Override
    public Applicability applicability(Case c, DisputedItem item) {
      return Applicability.applies("everything");
    }

    @Override
    public Decision evaluate(Case c, DisputedItem item, GuidelineEdition edition) {
      return new HandMade(item.id());
    }
  }

  @Test
  void theReviewerChecksTheInvariantsOfADecisionMadeWithoutTheBuilder() {
    Case c =
        Case.builder()
            .caseNumber("CM14-1")
            .patient(Patient.builder().age(40).sex(Sex.MALE).occupation("clerk").build())
            .dateOfInjury(LocalDate.of(2013, 1, 1))
            .requestDate(LocalDate.of(2014, 1, 1))
            .addDisputedItems(
                DisputedItem.builder()
                    .id("1")
                    .requestedAs("Acupuncture 3x4")
                    .request(TreatmentRequest.parse("Acupuncture 3x4"))
                    .urDecision(UrDecision.denied())
                    .build())
            .build();

    Decision decision =
        ImrReviewer.builder()
            .register(new HandMadeEvaluator())
            .build()
            .review(c)
            .decisions()
            .get(0);

    assertThat(decision.necessity()).isEqualTo(MedicalNecessity.NOT_EVALUABLE);
    assertThat(decision.notEvaluableReason().orElseThrow())
        .isEqualTo(
            "Evaluator handmade built a decision that breaks an invariant while evaluating:"
                + " a NECESSARY decision has no NOT_MET or NOT_DOCUMENTED criterion.");
  }
}
