package org.openimr.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.review.ImrReviewerTest.caseWith;
import static org.openimr.review.ImrReviewerTest.item;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openimr.json.ImrJson;
import org.openimr.model.Case;
import org.openimr.model.Decision;
import org.openimr.model.Determination;
import org.openimr.model.EvidenceTier;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.GuidelineSource;
import org.openimr.model.MedicalNecessity;
import org.openimr.model.Modality;
import org.openimr.model.PassedOver;

/**
 * A guideline that addresses an item but has no edition in force on its date: its own sentence is
 * the reason when nothing else decides, and when a lower tier decides, the decision records it as
 * passed over (structured, and in the rationale).
 */
class NoEditionInForceTest {
  private static final LocalDate ENDED = LocalDate.of(2017, 11, 30);
  private static final LocalDate IN_2025 = LocalDate.of(2025, 3, 4);

  /** An MTUS stub whose only edition ended on 2017-11-30, with or without its own sentence. */
  private static final class Ended extends StubEvaluator {
    private final boolean sentence;

    Ended(boolean sentence) {
      super(
          "mtus.acu",
          GuidelineSource.MTUS,
          Modality.ACUPUNCTURE,
          (c, i) -> MedicalNecessity.NECESSARY);
      this.sentence = sentence;
    }

    @Override
    public List<GuidelineEdition> editions() {
      return List.of(GuidelineEdition.builder().from(edition()).effectiveTo(ENDED).build());
    }

    @Override
    public Optional<String> noEditionInForce(LocalDate date) {
      return sentence
          ? Optional.of(
              "No edition of the acu guideline (§ 1) in force on "
                  + date
                  + " is encoded: supply a content pack for that date.")
          : Optional.empty();
    }
  }

  private static StubEvaluator odg() {
    return new StubEvaluator(
        "odg.acu", GuidelineSource.ODG, Modality.ACUPUNCTURE, (c, i) -> MedicalNecessity.NECESSARY);
  }

  private static Case on(LocalDate date) {
    return Case.builder().from(caseWith(item("1", "Acupuncture 2x3"))).requestDate(date).build();
  }

  @Test
  void theEvaluatorsOwnSentenceIsTheWholeReasonWhenNothingElseDecides() {
    ImrReviewer reviewer =
        ImrReviewer.builder()
            .register(
                new Ended(true),
                new StubEvaluator(
                    "pt",
                    GuidelineSource.MTUS,
                    Modality.PHYSICAL_THERAPY,
                    (c, i) -> MedicalNecessity.NECESSARY))
            .build();

    Decision decision = reviewer.review(on(IN_2025)).decisions().get(0);

    assertThat(decision.necessity()).isEqualTo(MedicalNecessity.NOT_EVALUABLE);
    // The guideline that does not address acupuncture at all is not in the way: not listed.
    assertThat(decision.notEvaluableReason())
        .contains(
            "No edition of the acu guideline (§ 1) in force on 2025-03-04 is encoded: supply a"
                + " content pack for that date.");
  }

  @Test
  void withoutASentenceTheReviewerKeepsItsOwnWording() {
    ImrReviewer reviewer = ImrReviewer.builder().register(new Ended(false)).build();

    Decision decision = reviewer.review(on(IN_2025)).decisions().get(0);

    assertThat(decision.notEvaluableReason().orElseThrow())
        .isEqualTo(
            "No applicable guideline: mtus.acu: no edition it encodes is in force on the request"
                + " date 2025-03-04.");
  }

  @Test
  void aLowerTierDecisionRecordsTheHigherTierGuidelinePassedOverAndSaysSo() {
    ImrReviewer reviewer = ImrReviewer.builder().register(odg(), new Ended(true)).build();

    Decision decision = reviewer.review(on(IN_2025)).decisions().get(0);

    assertThat(decision.evaluatorId()).isEqualTo("odg.acu");
    assertThat(decision.necessity()).isEqualTo(MedicalNecessity.NECESSARY);
    assertThat(decision.passedOver())
        .containsExactly(
            PassedOver.of(
                "mtus.acu",
                EvidenceTier.MTUS,
                "No edition of the acu guideline (§ 1) in force on 2025-03-04 is encoded: supply a"
                    + " content pack for that date."));
    assertThat(decision.rationale())
        .startsWith("decided by odg.acu ")
        .contains("mtus.acu addresses this item but was passed over")
        .endsWith("supply a content pack for that date.");
  }

  @Test
  void aGuidelineWithoutASentenceIsPassedOverWithTheReviewersWording() {
    ImrReviewer reviewer = ImrReviewer.builder().register(odg(), new Ended(false)).build();

    Decision decision = reviewer.review(on(IN_2025)).decisions().get(0);

    assertThat(decision.passedOver())
        .extracting(PassedOver::reason)
        .containsExactly(
            "No edition that mtus.acu encodes is in force on the request date 2025-03-04.");
  }

  @Test
  void whileTheHigherTierHasAnEditionItDecidesAndNothingIsPassedOver() {
    ImrReviewer reviewer = ImrReviewer.builder().register(odg(), new Ended(true)).build();

    Decision decision = reviewer.review(on(LocalDate.of(2014, 2, 9))).decisions().get(0);

    assertThat(decision.evaluatorId()).isEqualTo("mtus.acu");
    assertThat(decision.passedOver()).isEmpty();
    assertThat(decision.rationale()).isEqualTo("decided by mtus.acu");
  }

  @Test
  void passedOverIsInTheJsonOnlyWhenThereIsAnyAndReadsBack() {
    ImrJson json = ImrJson.standard();
    ImrReviewer lower = ImrReviewer.builder().register(odg(), new Ended(true)).build();
    Determination passed = lower.review(on(IN_2025));
    Determination plain = lower.review(on(LocalDate.of(2014, 2, 9)));

    String written = json.write(passed);

    assertThat(written)
        .contains("\"passedOver\":[{\"evaluatorId\":\"mtus.acu\",\"tier\":\"MTUS\",\"reason\":");
    assertThat(json.read(written, Determination.class)).isEqualTo(passed);
    assertThat(json.write(plain)).doesNotContain("passedOver").doesNotContain("\"content\"");
  }
}
