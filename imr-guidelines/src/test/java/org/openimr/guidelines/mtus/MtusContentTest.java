package org.openimr.guidelines.mtus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openimr.model.GuidelineSource;

class MtusContentTest {

  @Test
  void editionsCarryTheDatesOfTheReference() {
    EncodedEdition acupuncture2009 = MtusContent.requireEdition("acupuncture-2009");

    assertThat(acupuncture2009.edition().source()).isEqualTo(GuidelineSource.MTUS);
    assertThat(acupuncture2009.edition().effectiveFrom()).isEqualTo(LocalDate.of(2009, 7, 18));
    assertThat(acupuncture2009.edition().effectiveTo()).contains(LocalDate.of(2017, 11, 30));
    assertThat(acupuncture2009.functionalImprovementSection()).isEqualTo("8 CCR § 9792.20(f)");
    assertThat(MtusContent.requireEdition("acupuncture-2007").functionalImprovementSection())
        .isEqualTo("8 CCR § 9792.20(e)");
  }

  @Test
  void everyFigureHasASectionAProvenanceAndAnEncodedEdition() {
    assertThat(MtusContent.figures())
        .isNotEmpty()
        .allSatisfy(
            f -> {
              assertThat(f.section()).startsWith("8 CCR § ");
              assertThat(MtusContent.editions())
                  .extracting(EncodedEdition::edition)
                  .contains(f.edition());
            });
  }

  @Test
  void figuresAreFoundByEditionAndId() {
    GuidelineFigure trial =
        MtusContent.requireFigure("acupuncture-2009", "acupuncture.time-to-improvement");

    assertThat(trial.display()).isEqualTo("3-6 treatments");
    assertThat(trial.citation().section()).isEqualTo("8 CCR § 9792.24.1(c)(1)");
    assertThat(trial.provenance()).isEqualTo(Provenance.QUOTED);
    assertThat(MtusContent.figure(trial.edition(), trial.id())).contains(trial);
  }

  @Test
  void aMissingFigureIsAPackagingBugNamedExactly() {
    assertThatThrownBy(() -> MtusContent.requireFigure("acupuncture-2009", "no.such"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no figure no.such in edition acupuncture-2009");
  }

  @Test
  void brokenContentNamesTheResourceRowAndField() {
    assertThatThrownBy(
            () -> ContentRow.readAll("postsurgical.extra-row.json").get(1).integer("diagnosis"))
        .hasMessage(
            "content resource postsurgical.extra-row.json, row 1, field diagnosis: must be a whole"
                + " number");
    assertThatThrownBy(() -> ContentRow.readAll("missing.json"))
        .hasMessage("content resource missing.json is missing");
  }
}
