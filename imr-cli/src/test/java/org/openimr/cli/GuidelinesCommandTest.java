package org.openimr.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.cli.Cli.imr;

import org.junit.jupiter.api.Test;
import org.openimr.guidelines.mtus.ChronicPainDiagnosisCode;
import org.openimr.guidelines.mtus.ChronicPainDiagnosisGroup;
import org.openimr.guidelines.mtus.EncodedEdition;
import org.openimr.guidelines.mtus.GuidelineFigure;
import org.openimr.guidelines.mtus.MtusContent;
import org.openimr.guidelines.mtus.PostsurgicalTableRow;
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
              edition.id() + ": " + edition.edition().title() + ", " + edition.edition().label())
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
  void everyPhysicalMedicineTableIsListedRowByRow() {
    String out = imr("guidelines").out();

    for (PostsurgicalTableRow row : MtusContent.postsurgicalTable().rows()) {
      assertThat(out).contains("  " + row.id() + ": ");
    }
    assertThat(out)
        .contains("shoulder.rotator-cuff-syndrome.arthroscopic: 24 / 14 / 6, 8 CCR § 9792.24.3")
        .contains("wrist.carpal-tunnel.release: 3-8 / 3-5 / 3");
    for (ChronicPainDiagnosisGroup group : MtusContent.chronicPainDiagnosisGroups()) {
      assertThat(out)
          .contains("  " + group.id() + ": " + group.diagnosis() + ", " + group.visits());
      for (ChronicPainDiagnosisCode code : group.codes()) {
        assertThat(out).contains("    " + code.display());
      }
    }
    assertThat(out)
        .contains("ICD-10-CM M54.16 Radiculopathy, lumbar region (regions: low back) [C]")
        .contains(
            "carpal-tunnel-syndrome: carpal tunnel syndrome, ICD-9-CM 354.0 = ICD-10-CM G56.0")
        .contains("labor-code.4604.5.physical-therapy: 24 physical therapy visits per injury");
  }

  @Test
  void theProvenanceTagsAreExplained() {
    assertThat(imr("guidelines").out())
        .contains("[R] read in a copy of the regulation")
        .contains("[Q] transcribed from IMR letters")
        .contains("[C] the project's reading of code titles");
  }
}
