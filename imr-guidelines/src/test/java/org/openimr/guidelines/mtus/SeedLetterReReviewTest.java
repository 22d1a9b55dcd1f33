package org.openimr.guidelines.mtus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openimr.letter.Agreement;
import org.openimr.letter.ItemComparison;
import org.openimr.letter.LetterReview;
import org.openimr.letter.ReReview;
import org.openimr.model.CriterionResult;
import org.openimr.model.CriterionStatus;
import org.openimr.model.ImrOutcome;
import org.openimr.model.Modality;
import org.openimr.review.ImrReviewer;

/**
 * The published seed letter, parsed and decided again by the built-in MTUS evaluators: the library
 * reaches the letter's decision for the letter's reason.
 */
class SeedLetterReReviewTest {
  /** The copy the examples module ships, as {@link AcupunctureCase#seed()} reads the seed case. */
  private static final Path SEED_LETTER =
      Path.of("../imr-testkit/src/main/resources/org/openimr/testkit/letters/seed-letter.txt");

  private static final ImrReviewer BUILT_IN =
      ImrReviewer.builder()
          .register(
              new MtusAcupunctureEvaluator(),
              new MtusChronicPainPhysicalMedicineEvaluator(),
              new MtusPostsurgicalPhysicalMedicineEvaluator())
          .build();

  private static LetterReview reReviewSeed() throws IOException {
    return ReReview.with(BUILT_IN).review(Files.readString(SEED_LETTER, StandardCharsets.UTF_8));
  }

  @Test
  void theLibraryAgreesWithTheSeedLetterThatAcupuncture3x4IsUpheld() throws IOException {
    LetterReview review = reReviewSeed();

    assertThat(review.items()).hasSize(1);
    ItemComparison acupuncture = review.items().get(0);
    assertThat(acupuncture.itemName()).isEqualTo("Acupuncture 3x4");
    assertThat(acupuncture.modality()).contains(Modality.ACUPUNCTURE);
    assertThat(acupuncture.letterOutcome()).contains(ImrOutcome.UPHELD);
    assertThat(acupuncture.libraryOutcome()).contains(ImrOutcome.UPHELD);
    assertThat(acupuncture.agreement()).isEqualTo(Agreement.AGREE);
    assertThat(review.counts().agree()).isEqualTo(1);
  }

  @Test
  void theSeedFailsTheExtensionRuleBecauseSixSessionsShowNoDocumentedFunctionalImprovement()
      throws IOException {
    ItemComparison acupuncture = reReviewSeed().items().get(0);

    // The letter: "at least 6 acupuncture sessions but there are no documented findings of
    // objective functional improvement". The extension rule, 9792.24.1(d), needs functional
    // improvement as 9792.20(f) defines it; the letter documents neither of its elements.
    assertThat(acupuncture.libraryDecision().orElseThrow().evaluatorId())
        .isEqualTo("mtus.acupuncture");
    assertThat(acupuncture.adverseCriteria())
        .extracting(CriterionResult::id, c -> c.citation().section(), CriterionResult::status)
        .containsExactly(
            tuple(
                "mtus.acupuncture.extension",
                "8 CCR § 9792.24.1(d)",
                CriterionStatus.NOT_DOCUMENTED),
            tuple(
                "mtus.acupuncture.functional-improvement",
                "8 CCR § 9792.20(f)",
                CriterionStatus.NOT_DOCUMENTED));
  }
}
