package org.openimr.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.examples.cli.Cli.imr;

import org.junit.jupiter.api.Test;
import org.openimr.guidelines.mtus.EncodedEdition;
import org.openimr.guidelines.mtus.GuidelineFigure;
import org.openimr.guidelines.mtus.MtusContent;
import org.openimr.review.ImrReviewer;
import org.openimr.spi.GuidelineEvaluator;

/** {@code imr guidelines} lists whatever the class path and {@code MtusContent} hold. */
class GuidelinesCommandTest {

  @Test
  void everyEvaluatorEditionAndFigureIsListed() {
    Cli.Run run = imr("guidelines");

    assertThat(run.exitCode()).isZero();
    for (GuidelineEvaluator evaluator : ImrReviewer.withDiscoveredEvaluators().evaluators()) {
      assertThat(run.out()).contains("  " + evaluator.id() + " " + evaluator.version());
    }
    for (EncodedEdition edition : MtusContent.editions()) {
      assertThat(run.out())
          .contains(
              edition.id() + ": " + edition.edition().title() + ", " + edition.edition().edition())
          .contains("rules: " + edition.section());
    }
    for (GuidelineFigure figure : MtusContent.figures()) {
      assertThat(run.out())
          .contains(
              figure.id()
                  + ": "
                  + figure.title()
                  + ", "
                  + figure.display()
                  + ", "
                  + figure.section());
    }
  }

  @Test
  void theProvenanceTagsAreExplained() {
    assertThat(imr("guidelines").out())
        .contains("[R] read in a copy of the regulation")
        .contains("[Q] transcribed from IMR letters");
  }
}
