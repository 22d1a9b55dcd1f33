package org.openimr.guidelines.mtus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.guidelines.mtus.AcupunctureCase.extension;
import static org.openimr.guidelines.mtus.AcupunctureCase.firstTrial;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openimr.model.Case;
import org.openimr.model.CriterionResult;
import org.openimr.model.CriterionStatus;
import org.openimr.model.Decision;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.MedicalNecessity;
import org.openimr.review.ImrReviewer;

/**
 * The fictional example pack decides 2025 acupuncture requests that the bundled content cannot,
 * citing only its own sections, each marked [U]; what it lacks is "not covered", never borrowed
 * from the bundled 2009 edition.
 */
class ContentPackExampleTest {
  private static final LocalDate IN_2025 = LocalDate.of(2025, 3, 14);

  private static Decision decide(List<ContentPack> packs, Case c) {
    ImrReviewer reviewer =
        ImrReviewer.builder().register(MtusEvaluators.acupuncture(packs)).build();
    return reviewer.decide(c, c.disputedItems().get(0));
  }

  private static List<ContentPack> withExample(ContentPack example) {
    return ContentPacks.combine(ContentPacks.bundled(), List.of(example), Set.of());
  }

  @Test
  void a2025RequestIsNotEvaluableWithoutAPackAndDecidedWithTheExample() {
    Case c = firstTrial("Acupuncture 2x2 low back").requestedOn(IN_2025).build();

    Decision without = decide(ContentPacks.bundled(), c);
    Decision with = decide(withExample(ExamplePacks.example()), c);

    assertThat(without.necessity()).isEqualTo(MedicalNecessity.NOT_EVALUABLE);
    assertThat(with.necessity()).isEqualTo(MedicalNecessity.NECESSARY);
    assertThat(with.rationale()).contains("EXAMPLE — not MTUS acupuncture guidelines");
    assertThat(with.citations())
        .isNotEmpty()
        .allSatisfy(
            citation -> {
              assertThat(citation.section()).startsWith("EXAMPLE § ");
              assertThat(citation.title()).endsWith(" [U]");
              assertThat(citation.edition().title()).startsWith("EXAMPLE — not MTUS");
            });
  }

  @Test
  void theExampleFiguresDecideNotTheBundledOnes() {
    // 6 sessions: within the 2009 edition's 3-6, above the example's 2-5.
    Case c = firstTrial("Acupuncture 2x3 low back").requestedOn(IN_2025).build();

    Decision decision = decide(withExample(ExamplePacks.example()), c);

    assertThat(decision.necessity()).isEqualTo(MedicalNecessity.NOT_NECESSARY);
    CriterionResult trial = criterion(decision, AcupunctureCriteria.INITIAL_TRIAL);
    assertThat(trial.status()).isEqualTo(CriterionStatus.NOT_MET);
    assertThat(trial.description()).contains("2-5 treatments");
    assertThat(trial.citation().section()).isEqualTo("EXAMPLE § 1(c)");
    assertThat(trial.citation().title()).isEqualTo("Example trial length [U]");
    assertThat(decision.rationale()).contains("EXAMPLE § 1(c)").doesNotContain("9792");
  }

  @Test
  void theSameRequestIn2014IsStillDecidedByTheBundled2009Edition() {
    Case c = firstTrial("Acupuncture 2x3 low back").build();

    Decision decision = decide(withExample(ExamplePacks.example()), c);

    assertThat(decision.necessity()).isEqualTo(MedicalNecessity.NECESSARY);
    assertThat(decision.citations())
        .extracting(GuidelineCitation::section)
        .allSatisfy(s -> assertThat(s).startsWith("8 CCR § "));
  }

  @Test
  void aPackWithoutElectroacupunctureIndicationsStillDecidesPlainAcupuncture() {
    ContentPack pack =
        ExamplePacks.edited(
            tree ->
                removeEntry(
                    ExamplePacks.edition(tree),
                    "provisions",
                    "id",
                    "acupuncture.electroacupuncture-indication"));
    List<ContentPack> packs = withExample(pack);

    Decision plain =
        decide(packs, firstTrial("Acupuncture 2x2 low back").requestedOn(IN_2025).build());
    Decision electro =
        decide(
            packs,
            firstTrial("Electroacupuncture 2x2 low back")
                .findings(org.openimr.model.ClinicalFinding.MUSCLE_SPASM)
                .requestedOn(IN_2025)
                .build());

    assertThat(plain.necessity()).isEqualTo(MedicalNecessity.NECESSARY);
    assertThat(plain.criteria())
        .extracting(CriterionResult::id)
        .doesNotContain(AcupunctureCriteria.ELECTROACUPUNCTURE_INDICATION);
    assertThat(electro.necessity()).isEqualTo(MedicalNecessity.NOT_EVALUABLE);
    assertThat(electro.notEvaluableReason())
        .get()
        .asString()
        .contains(
            "the content pack example.fictional-guidelines 1.0.0 does not cover the indications for electroacupuncture")
        .doesNotContain("9792");
  }

  @Test
  void aCoveredCriterionThatFailsDecidesEvenWhenAnotherIsNotCovered() {
    // No frequency figure: the request states a frequency, but 8 sessions already exceed the
    // example's trial of at most 5, whatever the frequency rule would say.
    ContentPack pack =
        ExamplePacks.edited(
            tree ->
                removeEntry(ExamplePacks.edition(tree), "figures", "id", "acupuncture.frequency"));
    List<ContentPack> packs = withExample(pack);

    Decision tooLong =
        decide(packs, firstTrial("Acupuncture 2x4 low back").requestedOn(IN_2025).build());
    Decision withinTrial =
        decide(packs, firstTrial("Acupuncture 2x2 low back").requestedOn(IN_2025).build());

    assertThat(tooLong.necessity()).isEqualTo(MedicalNecessity.NOT_NECESSARY);
    assertThat(tooLong.adverseCriteria())
        .extracting(CriterionResult::id)
        .containsExactly(AcupunctureCriteria.INITIAL_TRIAL);
    assertThat(withinTrial.necessity()).isEqualTo(MedicalNecessity.NOT_EVALUABLE);
    assertThat(withinTrial.notEvaluableReason()).get().asString().contains("the frequency");
  }

  @Test
  void anExtensionWithoutTheDefinitionOfFunctionalImprovementIsNotCovered() {
    ContentPack pack =
        ExamplePacks.edited(
            tree -> {
              ObjectNode edition = ExamplePacks.edition(tree);
              edition.remove("functionalImprovement");
              removeEntry(
                  edition, "criteria", "criterion", AcupunctureCriteria.FUNCTIONAL_IMPROVEMENT);
            });
    List<ContentPack> packs = withExample(pack);

    Decision decision =
        decide(
            packs,
            extension("Acupuncture 1x4 low back")
                .completeImprovement()
                .requestedOn(IN_2025)
                .build());

    assertThat(decision.necessity()).isEqualTo(MedicalNecessity.NOT_EVALUABLE);
    assertThat(decision.notEvaluableReason())
        .get()
        .asString()
        .contains("the definition of functional improvement")
        .doesNotContain("9792.20");
  }

  private static CriterionResult criterion(Decision d, String id) {
    return d.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  private static void removeEntry(ObjectNode edition, String array, String key, String value) {
    ArrayNode entries = (ArrayNode) edition.get(array);
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).path(key).asText().equals(value)) {
        entries.remove(i);
        return;
      }
    }
    throw new IllegalArgumentException("no such entry");
  }
}
