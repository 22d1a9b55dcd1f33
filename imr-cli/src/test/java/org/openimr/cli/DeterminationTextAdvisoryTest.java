package org.openimr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openimr.model.Case;
import org.openimr.model.CriterionResult;
import org.openimr.model.CriterionStatus;
import org.openimr.model.Decision;
import org.openimr.model.Determination;
import org.openimr.model.DisputedItem;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.GuidelineSource;
import org.openimr.model.MedicalNecessity;
import org.openimr.model.Patient;
import org.openimr.model.Sex;
import org.openimr.model.TreatmentRequest;
import org.openimr.model.UrDecision;

/** The text {@code imr evaluate} prints shows advisory decisions as advisory, after the IMR's. */
class DeterminationTextAdvisoryTest {
  private static final GuidelineEdition POLICY =
      GuidelineEdition.builder()
          .source(GuidelineSource.OTHER)
          .title("Payer policy")
          .label("1")
          .effectiveFrom(LocalDate.of(2009, 7, 18))
          .build();

  private static String text(Decision decision) {
    Case c =
        Case.builder()
            .caseNumber("CM14-1")
            .patient(Patient.builder().age(40).sex(Sex.MALE).occupation("clerk").build())
            .dateOfInjury(LocalDate.of(2013, 1, 1))
            .requestDate(LocalDate.of(2014, 1, 1))
            .addDisputedItems(
                DisputedItem.builder()
                    .id("1")
                    .requestedAs("Chiropractic 2x6 low back")
                    .request(TreatmentRequest.builder().totalSessions(12).build())
                    .urDecision(UrDecision.denied())
                    .build())
            .build();
    StringWriter out = new StringWriter();
    DeterminationText.write(
        c,
        Determination.builder().caseNumber("CM14-1").addDecisions(decision).build(),
        new PrintWriter(out, true));
    return out.toString();
  }

  @Test
  void advisoryDecisionsAreShownAsAdvisoryAfterTheImrDecision() {
    GuidelineCitation trial = GuidelineCitation.of(POLICY, "CH-1(a)", "Trial of visits");
    Decision advice =
        Decision.builder()
            .itemId("1")
            .necessity(MedicalNecessity.NOT_NECESSARY)
            .evaluatorId("payer.chiro")
            .evaluatorVersion("1.0")
            .addCriteria(
                CriterionResult.of(
                    "payer.chiro.trial", "Six visits", CriterionStatus.NOT_MET, List.of(), trial))
            .rationale("Twelve visits exceed the trial.")
            .addCitations(trial)
            .advisory(true)
            .build();
    Decision failed =
        Decision.builder()
            .from(Decision.notEvaluable("1", "payer.broken", "2", "Evaluator payer.broken failed."))
            .advisory(true)
            .build();
    Decision deciding =
        Decision.builder()
            .from(
                Decision.notEvaluable("1", "openimr.reviewer", "0.1.0", "No applicable guideline."))
            .addAdvisoryDecisions(advice, failed)
            .build();

    String text = text(deciding);

    assertThat(text)
        .contains("Chiropractic 2x6 low back — Not evaluable")
        .contains(
            "  Advisory, not the IMR outcome: Not medically necessary (payer.chiro 1.0)\n"
                + "    Failing: payer.chiro.trial (not met), CH-1(a)\n")
        .contains(
            "  Advisory, not the IMR outcome: Not evaluable (payer.broken 2)\n"
                + "    Reason: Evaluator payer.broken failed.\n");
    assertThat(text.indexOf("Advisory")).isGreaterThan(text.indexOf("No applicable guideline."));
    assertThat(text(Decision.builder().from(deciding).advisoryDecisions(List.of()).build()))
        .doesNotContain("Advisory");
  }
}
