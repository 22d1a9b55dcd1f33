package org.openimr.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openimr.review.ImrReviewerTest.caseWith;
import static org.openimr.review.ImrReviewerTest.item;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openimr.model.Case;
import org.openimr.model.Decision;
import org.openimr.model.GuidelineSource;
import org.openimr.model.MedicalNecessity;
import org.openimr.model.Modality;
import org.openimr.spi.GuidelineEvaluator;

/**
 * The builder puts an evaluator in the place of a registered one with the same id, or leaves one
 * out, whichever order the calls come in; an id that names no registered evaluator is an error,
 * never silently ignored.
 */
class ReviewerBuilderReplaceExcludeTest {
  private static final Case ACUPUNCTURE = caseWith(item("1", "Acupuncture 2x3"));

  private static StubEvaluator acu(MedicalNecessity necessity) {
    return new StubEvaluator(
        "acu", GuidelineSource.MTUS, Modality.ACUPUNCTURE, (c, i) -> necessity);
  }

  private static StubEvaluator pt() {
    return new StubEvaluator(
        "pt",
        GuidelineSource.MTUS,
        Modality.PHYSICAL_THERAPY,
        (c, i) -> MedicalNecessity.NECESSARY);
  }

  @Test
  void aReplacementDecidesInThePlaceOfTheRegisteredEvaluatorWithItsId() {
    StubEvaluator replacement = acu(MedicalNecessity.NECESSARY);
    ImrReviewer reviewer =
        ImrReviewer.builder()
            .register(pt(), acu(MedicalNecessity.NOT_NECESSARY))
            .replace(replacement)
            .build();

    Decision decision = reviewer.review(ACUPUNCTURE).decisions().get(0);

    assertThat(decision.necessity()).isEqualTo(MedicalNecessity.NECESSARY);
    assertThat(reviewer.evaluators()).hasSize(2).contains(replacement);
  }

  @Test
  void aReplacementGivenBeforeTheEvaluatorIsRegisteredStillReplacesIt() {
    StubEvaluator replacement = acu(MedicalNecessity.NECESSARY);
    ImrReviewer reviewer =
        ImrReviewer.builder()
            .replace(List.of(replacement))
            .register(acu(MedicalNecessity.NOT_NECESSARY))
            .build();

    assertThat(reviewer.evaluators()).containsExactly(replacement);
  }

  @Test
  void aReplacedAdvisoryEvaluatorStaysAdvisory() {
    StubEvaluator replacement = acu(MedicalNecessity.NECESSARY);
    ImrReviewer reviewer =
        ImrReviewer.builder()
            .register(pt())
            .advisory(acu(MedicalNecessity.NOT_NECESSARY))
            .replace(replacement)
            .build();

    assertThat(reviewer.advisoryEvaluators()).containsExactly(replacement);
    assertThat(reviewer.evaluators()).extracting(GuidelineEvaluator::id).containsExactly("pt");
  }

  @Test
  void anExcludedEvaluatorIsNeverAsked() {
    ImrReviewer reviewer =
        ImrReviewer.builder()
            .exclude("acu")
            .register(pt(), acu(MedicalNecessity.NECESSARY))
            .build();

    Decision decision = reviewer.review(ACUPUNCTURE).decisions().get(0);

    assertThat(reviewer.evaluators()).extracting(GuidelineEvaluator::id).containsExactly("pt");
    assertThat(decision.necessity()).isEqualTo(MedicalNecessity.NOT_EVALUABLE);
    assertThat(decision.evaluatorId()).isEqualTo(ImrReviewer.REVIEWER_ID);
  }

  @Test
  void excludingADiscoveredEvaluatorLeavesTheOthers() {
    ImrReviewer all = ImrReviewer.builder().discover().build();
    ImrReviewer without = ImrReviewer.builder().discover().exclude("test.discoverable").build();

    assertThat(all.evaluators()).extracting(GuidelineEvaluator::id).contains("test.discoverable");
    assertThat(without.evaluators())
        .extracting(GuidelineEvaluator::id)
        .doesNotContain("test.discoverable")
        .hasSize(all.evaluators().size() - 1);
  }

  @Test
  void anIdThatNamesNoRegisteredEvaluatorFailsTheBuildNamingIt() {
    assertThatThrownBy(
            () ->
                ImrReviewer.builder()
                    .register(pt())
                    .replace(acu(MedicalNecessity.NECESSARY))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("acu")
        .hasMessageContaining("replaced");
    assertThatThrownBy(() -> ImrReviewer.builder().register(pt()).exclude("acu").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("acu")
        .hasMessageContaining("excluded");
  }

  @Test
  void anIdCannotBeBothReplacedAndExcludedNorReplacedTwice() {
    assertThatThrownBy(
            () -> ImrReviewer.builder().exclude("acu").replace(acu(MedicalNecessity.NECESSARY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("acu");
    assertThatThrownBy(
            () ->
                ImrReviewer.builder()
                    .replace(acu(MedicalNecessity.NECESSARY))
                    .replace(acu(MedicalNecessity.NOT_NECESSARY)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ImrReviewer.builder().exclude("acu", "acu"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void registeringASecondEvaluatorWithAnIdIsStillRefused() {
    assertThatThrownBy(
            () ->
                ImrReviewer.builder()
                    .register(acu(MedicalNecessity.NECESSARY))
                    .register(acu(MedicalNecessity.NOT_NECESSARY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("replace");
  }
}
