package org.openimr.guidelines.mtus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openimr.guidelines.mtus.AcupunctureCase.firstTrial;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.openimr.model.Case;
import org.openimr.model.ContentSource;
import org.openimr.model.Decision;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.MedicalNecessity;
import org.openimr.review.ImrReviewer;
import org.openimr.spi.GuidelineEvaluator;

/**
 * Every acupuncture decision records the pack that decided it (id, version, hash); a request dated
 * after the encoded editions gets one sentence naming the guideline and asking for a content pack;
 * and a reviewer with the discovered evaluators takes extra packs by replacing the built-ins.
 */
class ContentProvenanceTest {
  private static final LocalDate IN_2025 = LocalDate.of(2025, 3, 4);
  private static final String NEEDS_A_PACK =
      "No edition of the MTUS Acupuncture Medical Treatment Guidelines (8 CCR § 9792.24.1) in force"
          + " on 2025-03-04 is encoded: supply a content pack for that date (see"
          + " docs/content-packs.md).";

  private static Decision decide(ImrReviewer reviewer, Case c) {
    return reviewer.decide(c, c.disputedItems().get(0));
  }

  @Test
  void aDecisionUnderTheBundledEditionRecordsTheBundledPack() {
    ContentPack bundled = ContentPacks.bundled().get(0);

    Decision decision =
        decide(
            ImrReviewer.withDiscoveredEvaluators(), firstTrial("Acupuncture 2x3 low back").build());

    assertThat(decision.necessity()).isEqualTo(MedicalNecessity.NECESSARY);
    assertThat(decision.content()).contains(bundled.source());
    assertThat(bundled.source().id()).isEqualTo("openimr.mtus.acupuncture");
    assertThat(bundled.source().sha256()).isEqualTo(bundled.sha256());
  }

  @Test
  void aNotEvaluableDecisionUnderAnEditionRecordsItsPackToo() {
    // The 2007 edition's figures are not covered: the pack that said so is on the decision.
    Decision decision =
        decide(
            ImrReviewer.withDiscoveredEvaluators(),
            firstTrial("Acupuncture 2x3 low back").requestedOn(LocalDate.of(2008, 3, 1)).build());

    assertThat(decision.necessity()).isEqualTo(MedicalNecessity.NOT_EVALUABLE);
    assertThat(decision.content()).contains(ContentPacks.bundled().get(0).source());
  }

  @Test
  void a2025RequestWithoutAPackGetsOneSentenceNamingTheGuidelineAndThePackItNeeds() {
    Decision decision =
        decide(
            ImrReviewer.withDiscoveredEvaluators(),
            firstTrial("Acupuncture 2x2 low back").requestedOn(IN_2025).build());

    assertThat(decision.necessity()).isEqualTo(MedicalNecessity.NOT_EVALUABLE);
    assertThat(decision.evaluatorId()).isEqualTo(ImrReviewer.REVIEWER_ID);
    assertThat(decision.notEvaluableReason()).contains(NEEDS_A_PACK);
    assertThat(decision.content()).isEmpty();
  }

  @Test
  void replacingTheBuiltInsWithExtraContentDecidesThe2025RequestAndRecordsThatPack() {
    ContentPack example = ExamplePacks.example();
    ImrReviewer reviewer =
        ImrReviewer.builder().discover().replace(MtusEvaluators.withContent(example)).build();

    Decision decision =
        decide(reviewer, firstTrial("Acupuncture 2x2 low back").requestedOn(IN_2025).build());

    assertThat(decision.necessity()).isEqualTo(MedicalNecessity.NECESSARY);
    assertThat(decision.content())
        .contains(ContentSource.of("example.fictional-guidelines", "1.0.0", example.sha256()));
    assertThat(reviewer.evaluators())
        .extracting(GuidelineEvaluator::id)
        .containsExactlyInAnyOrderElementsOf(
            ImrReviewer.withDiscoveredEvaluators().evaluators().stream()
                .map(GuidelineEvaluator::id)
                .toList());
  }

  @Test
  void withContentReturnsEveryBuiltInThatReadsPacksAndRefusesAnOverlapNamingBothPacks() {
    ContentPack example = ExamplePacks.example();
    ContentPack overlapping =
        ExamplePacks.edited(
            tree -> {
              tree.put("id", "example.second");
              ExamplePacks.edition(tree).put("id", "example-acupuncture-second");
            });

    assertThat(MtusEvaluators.withContent(example))
        .extracting(GuidelineEvaluator::id)
        .containsExactly(
            MtusAcupunctureEvaluator.ID,
            MtusPostsurgicalPhysicalMedicineEvaluator.ID,
            MtusChronicPainPhysicalMedicineEvaluator.ID);
    assertThatThrownBy(() -> MtusEvaluators.withContent(example, overlapping))
        .isInstanceOf(ContentPackException.class)
        .hasMessageContaining("example.second")
        .hasMessageContaining("example.fictional-guidelines");
    assertThat(MtusEvaluators.withContent(List.of(example, overlapping), Set.of("example.second")))
        .hasSize(3);
  }

  @Test
  void aPackThatEndsGetsTheSentenceWithItsOwnTitleAndSection() {
    ContentPack ending =
        ExamplePacks.edited(
            tree -> {
              ObjectNode edition = ExamplePacks.edition(tree);
              edition.put("effectiveTo", "2020-12-31");
            });
    GuidelineEvaluator evaluator =
        MtusEvaluators.acupuncture(
            ContentPacks.combine(ContentPacks.bundled(), List.of(ending), Set.of()));

    assertThat(evaluator.noEditionInForce(LocalDate.of(2021, 1, 1)))
        .contains(
            "No edition of the EXAMPLE — not MTUS acupuncture guidelines (EXAMPLE § 1) in force on"
                + " 2021-01-01 is encoded: supply a content pack for that date (see"
                + " docs/content-packs.md).");
  }

  @Test
  void aDateBeforeEveryEditionAsksForNoPack() {
    GuidelineEvaluator evaluator = new MtusAcupunctureEvaluator();

    assertThat(evaluator.noEditionInForce(LocalDate.of(2006, 9, 1))).isEmpty();
  }

  /**
   * The sentence is there exactly when no edition is in force on the date and one ended before it,
   * and then names the date and the bundled guideline.
   */
  @Property(tries = 300)
  void theSentenceIsGivenExactlyForDatesAfterAnEditionEndedWithNoneInForce(
      @ForAll @IntRange(min = 0, max = 365 * 40) int days) {
    LocalDate date = LocalDate.of(2000, 1, 1).plusDays(days);
    GuidelineEvaluator evaluator = new MtusAcupunctureEvaluator();
    boolean inForce = evaluator.editions().stream().anyMatch(e -> e.inForceOn(date));
    boolean ended =
        evaluator.editions().stream()
            .map(GuidelineEdition::effectiveTo)
            .flatMap(Optional::stream)
            .anyMatch(to -> to.isBefore(date));

    Optional<String> sentence = evaluator.noEditionInForce(date);

    assertThat(sentence.isPresent()).isEqualTo(!inForce && ended);
    sentence.ifPresent(
        s ->
            assertThat(s)
                .startsWith("No edition of the MTUS Acupuncture Medical Treatment Guidelines (")
                .contains(" in force on " + date + " is encoded: supply a content pack")
                .endsWith("(see docs/content-packs.md)."));
  }
}
