package org.openimr.guidelines.mtus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two physical medicine evaluators (chronic pain, § 9792.24.2, and postsurgical, § 9792.24.3,
 * each with the Labor Code § 4604.5 visit caps) decide the scenario table and 500 generated cases
 * exactly as recorded in {@code golden/physical-medicine-*-decisions.txt}, every field of every
 * decision. The recordings were made before the bundled physical medicine content became content
 * packs; see {@link GoldenDecisions} to re-record.
 */
class PhysicalMedicineGoldenTest {
  private static final long SEED = 20_160_728L;
  private static final int GENERATED = 500;

  private static List<GoldenDecisions.NamedCase> cases() {
    List<GoldenDecisions.NamedCase> cases = new ArrayList<>();
    PhysicalMedicineScenarioTest.scenarios()
        .forEach(s -> cases.add(new GoldenDecisions.NamedCase(s.situation(), s.aCase().build())));
    cases.addAll(
        GoldenDecisions.generated(
            "generated", PhysicalMedicineArbitraries.cases(), SEED, GENERATED));
    return cases;
  }

  @Test
  void chronicPainDecisionsAreThoseOfTheGoldenRecording() {
    String text = GoldenDecisions.render(new MtusChronicPainPhysicalMedicineEvaluator(), cases());

    assertThat(text).contains("necessity: NECESSARY", "necessity: NOT_NECESSARY");
    assertThat(text).contains("necessity: NOT_EVALUABLE", VisitCapCriterion.ID);
    GoldenDecisions.check("physical-medicine-chronic-pain", text);
  }

  @Test
  void postsurgicalDecisionsAreThoseOfTheGoldenRecording() {
    String text = GoldenDecisions.render(new MtusPostsurgicalPhysicalMedicineEvaluator(), cases());

    assertThat(text).contains("necessity: NECESSARY", "necessity: NOT_NECESSARY");
    assertThat(text).contains("necessity: NOT_EVALUABLE");
    GoldenDecisions.check("physical-medicine-postsurgical", text);
  }
}
