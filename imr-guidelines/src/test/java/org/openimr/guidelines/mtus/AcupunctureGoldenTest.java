package org.openimr.guidelines.mtus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.openimr.model.Case;

/**
 * The acupuncture evaluator decides the scenario table and 500 generated cases exactly as recorded
 * in {@code golden/acupuncture-decisions.txt}, every field of every decision. The recording was
 * made before the bundled content became a content pack; since then only the {@code content:} line
 * (the pack that decided, {@link org.openimr.model.Decision#content()}) was added. See {@link
 * GoldenDecisions} to re-record.
 */
class AcupunctureGoldenTest {
  private static final long SEED = 20_171_201L;
  private static final int GENERATED = 500;

  @Test
  void decisionsAreThoseOfTheGoldenRecording() {
    List<GoldenDecisions.NamedCase> cases = new ArrayList<>();
    AcupunctureScenarioTest.scenarios()
        .map(Arguments::get)
        .forEach(a -> cases.add(new GoldenDecisions.NamedCase((String) a[0], (Case) a[1])));
    cases.addAll(
        GoldenDecisions.generated("generated", AcupunctureArbitraries.cases(), SEED, GENERATED));

    String text = GoldenDecisions.render(new MtusAcupunctureEvaluator(), cases);

    assertThat(text).contains("necessity: NECESSARY", "necessity: NOT_NECESSARY");
    assertThat(text).contains("necessity: NOT_EVALUABLE");
    GoldenDecisions.check("acupuncture", text);
  }
}
