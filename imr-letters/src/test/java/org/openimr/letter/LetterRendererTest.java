package org.openimr.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openimr.model.Case;
import org.openimr.model.Decision;
import org.openimr.model.Determination;
import org.openimr.model.ImrOutcome;
import org.openimr.model.MedicalNecessity;
import org.openimr.model.Patient;
import org.openimr.model.ReviewerQualifications;

class LetterRendererTest {
  private static final String MARKER = "ZQXMARKER";
  private static final LetterRenderer RENDERER =
      LetterRenderer.builder().organization("Example Review Organization").build();

  private static Determination upheld(Case c, String rationale) {
    return Determination.builder()
        .caseNumber(c.caseNumber())
        .addDecisions(
            Decision.builder()
                .itemId("1")
                .necessity(MedicalNecessity.NOT_NECESSARY)
                .evaluatorId("x")
                .evaluatorVersion("1")
                .rationale(rationale)
                .build())
        .build();
  }

  @Test
  void anOrganizationIsRequired() {
    assertThatThrownBy(() -> LetterRenderer.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("organization");
  }

  @Test
  void aLetterWithoutQualificationsSaysSoAndInventsNone() throws IOException {
    Case c = SeedLetterTest.seedCase();

    String text = RENDERER.plainText(c, upheld(c, "No improvement."));

    assertThat(text)
        .contains("The expert reviewer's qualifications were not provided for this letter.")
        .doesNotContain("Board Certified")
        .doesNotContain("licensed")
        .contains("Example Review Organization guideline: No guideline applied.");
    assertThat(LetterParser.standard().parse(text).reviewer()).isEmpty();
  }

  @Test
  void aReviewerWhoIsNotBoardCertifiedIsNotCalledSo() throws IOException {
    Case c = SeedLetterTest.seedCase();
    Determination d =
        Determination.builder()
            .from(upheld(c, "r"))
            .reviewer(
                ReviewerQualifications.builder()
                    .specialty("Physical Medicine and Rehabilitation")
                    .boardCertified(false)
                    .licensedIn("California")
                    .yearsInActivePractice(12)
                    .build())
            .build();

    String text = RENDERER.plainText(c, d);

    assertThat(text)
        .contains("The expert reviewer practices in Physical Medicine and Rehabilitation and is")
        .contains("for more than 12 years.")
        .doesNotContain("Board Certified");
    assertThat(LetterParser.standard().parse(text).reviewer().map(Fact::value))
        .contains(d.reviewer().orElseThrow());
  }

  @Test
  void aNotEvaluableDecisionIsWrittenAsSuchAndReadBackWithoutADecision() throws IOException {
    Case c = SeedLetterTest.seedCase();
    Determination d =
        Determination.builder()
            .caseNumber(c.caseNumber())
            .addDecisions(
                Decision.notEvaluable("1", "openimr.reviewer", "1", "No applicable guideline."))
            .build();

    String text = RENDERER.plainText(c, d);

    assertThat(text).contains("Acupuncture 3x4: Not evaluable");
    ParsedItem item = LetterParser.standard().parse(text).items().get(0);
    assertThat(item.decision()).isEmpty();
    assertThat(item.rationale().map(Fact::value)).contains("No applicable guideline.");
  }

  @Test
  void theDeterminationMustBeForTheCaseAndDecideEveryItem() throws IOException {
    Case c = SeedLetterTest.seedCase();
    Determination other = Determination.builder().from(upheld(c, "r")).caseNumber(MARKER).build();
    Determination none = Determination.builder().caseNumber(c.caseNumber()).build();

    assertThatThrownBy(() -> RENDERER.plainText(c, other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(MARKER)
        .hasMessageContaining("caseNumber");
    assertThatThrownBy(() -> RENDERER.markdown(c, none))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one decision per");
  }

  @Test
  void markdownHasHeadingsAndBoldLabelsAndEscapesLetterText() throws IOException {
    Case c = SeedLetterTest.seedCase();

    String md = RENDERER.markdown(c, upheld(c, "Not *documented* <b>here</b> [link]"));

    assertThat(md)
        .contains("## HOW THE IMR FINAL DETERMINATION WAS MADE")
        .contains("## CLINICAL CASE SUMMARY")
        .contains("### Acupuncture 3x4: Upheld")
        .contains("**Claims Administrator guideline:** Decision based on MTUS")
        .contains("**Decision rationale:** Not \\*documented\\* \\<b\\>here\\</b\\> \\[link\\]")
        .doesNotContain("<b>");
  }

  @Test
  void patientIdentifiersAreNeverWritten() throws IOException {
    Case seed = SeedLetterTest.seedCase();
    Case c =
        Case.builder()
            .from(seed)
            .patient(
                Patient.builder()
                    .from(seed.patient())
                    .name(MARKER + " Name")
                    .claimNumber(MARKER + "-CLAIM")
                    .dateOfBirth(LocalDate.of(1952, 12, 31))
                    .build())
            .build();

    String text = RENDERER.plainText(c, upheld(c, "r")) + RENDERER.markdown(c, upheld(c, "r"));

    assertThat(text).doesNotContain(MARKER).doesNotContain("1952").doesNotContain("12/31");
  }

  @Test
  void theDecisionDateAndCaseNumberHeadTheLetter() throws IOException {
    Case c = SeedLetterTest.seedCase();
    Determination d =
        Determination.builder().from(upheld(c, "r")).decidedOn(LocalDate.of(2014, 3, 1)).build();

    String text = RENDERER.plainText(c, d);

    assertThat(text)
        .startsWith(
            "IMR Case Number: SEED-c13123f40a8e530d\n\nDate of Final Determination: 3/1/2014\n");
    ParsedLetter back = LetterParser.standard().parse(text);
    assertThat(back.caseNumber().map(Fact::value)).contains("SEED-c13123f40a8e530d");
    assertThat(back.items().get(0).decision().map(Fact::value)).contains(ImrOutcome.UPHELD);
  }
}
