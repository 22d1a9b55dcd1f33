package org.openimr.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openimr.model.Case;
import org.openimr.model.CriterionResult;
import org.openimr.model.CriterionStatus;
import org.openimr.model.Decision;
import org.openimr.model.Determination;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.GuidelineSource;
import org.openimr.model.MedicalNecessity;

/** The final determination letter is the IMR's: advisory decisions are left out of it. */
class AdvisoryLetterTest {
  private static final String ADVISORY_MARK = "QQADVISORYQQ";
  private static final LetterRenderer RENDERER =
      LetterRenderer.builder().organization("Example Review Organization").build();

  private static Decision advice(String itemId) {
    GuidelineEdition policy =
        GuidelineEdition.builder()
            .source(GuidelineSource.OTHER)
            .title(ADVISORY_MARK + " Payer Policy")
            .label("1")
            .effectiveFrom(LocalDate.of(2009, 7, 18))
            .build();
    GuidelineCitation citation = GuidelineCitation.of(policy, ADVISORY_MARK + " § 7", "Visits");
    return Decision.builder()
        .itemId(itemId)
        .necessity(MedicalNecessity.NOT_NECESSARY)
        .evaluatorId("payer." + ADVISORY_MARK.toLowerCase(java.util.Locale.ROOT))
        .evaluatorVersion("1")
        .addCriteria(
            CriterionResult.of(
                "payer.visits",
                ADVISORY_MARK + " visit limit",
                CriterionStatus.NOT_MET,
                List.of(ADVISORY_MARK + " evidence"),
                citation))
        .rationale(ADVISORY_MARK + " rationale")
        .addCitations(citation)
        .advisory(true)
        .build();
  }

  @Test
  void advisoryDecisionsAreLeftOutOfTheLetter() throws IOException {
    Case c = SeedLetterTest.seedCase();
    Decision deciding =
        Decision.notEvaluable("1", "openimr.reviewer", "1", "No applicable guideline.");
    Determination plain =
        Determination.builder().caseNumber(c.caseNumber()).addDecisions(deciding).build();
    Determination advised =
        Determination.builder()
            .caseNumber(c.caseNumber())
            .addDecisions(
                Decision.builder().from(deciding).addAdvisoryDecisions(advice("1")).build())
            .build();

    assertThat(RENDERER.plainText(c, advised))
        .isEqualTo(RENDERER.plainText(c, plain))
        .doesNotContain(ADVISORY_MARK);
    assertThat(RENDERER.markdown(c, advised))
        .isEqualTo(RENDERER.markdown(c, plain))
        .doesNotContain(ADVISORY_MARK);
  }
}
