package org.openimr.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openimr.model.BodyRegion.LUMBAR_SPINE;
import static org.openimr.model.Modality.CHIROPRACTIC_MANIPULATION;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.openimr.model.Case;
import org.openimr.model.Decision;
import org.openimr.model.Determination;
import org.openimr.model.DisputedItem;
import org.openimr.model.MedicalNecessity;
import org.openimr.model.Patient;
import org.openimr.model.Sex;
import org.openimr.model.TreatmentRequest;
import org.openimr.model.UrDecision;
import org.openimr.review.ImrReviewer;
import org.openimr.testkit.ImrArbitraries;

/** The payer's rule, advisory next to MTUS: reported beside the IMR decision, never changing it. */
class AdvisoryPayerExampleTest {
  private static final ImrReviewer ADVISED = AdvisoryPayerExample.reviewer();
  private static final ImrReviewer PLAIN = ImrReviewer.withDiscoveredEvaluators();

  /** A first request for twelve chiropractic visits for the low back, in 2014. */
  private static Case twelveVisits() {
    TreatmentRequest request =
        TreatmentRequest.builder()
            .modality(CHIROPRACTIC_MANIPULATION)
            .region(LUMBAR_SPINE)
            .totalSessions(12)
            .build();
    return Case.builder()
        .caseNumber("CM14-0000001")
        .patient(Patient.builder().age(47).sex(Sex.MALE).occupation("warehouse worker").build())
        .dateOfInjury(LocalDate.of(2014, 3, 10))
        .requestDate(LocalDate.of(2014, 9, 2))
        .addInjuredRegions(LUMBAR_SPINE)
        .addDisputedItems(
            DisputedItem.builder()
                .id("1")
                .requestedAs(request.format())
                .request(request)
                .urDecision(UrDecision.denied())
                .build())
        .build();
  }

  @Example
  void thePayersRuleIsReportedBesideTheImrDecisionAndDoesNotChangeIt() {
    Case c = twelveVisits();

    Decision decision = ADVISED.review(c).decisions().get(0);

    assertThat(decision.evaluatorId()).isNotEqualTo(PayerChiropracticVisits.ID);
    assertThat(decision.advisory()).isFalse();
    assertThat(Decision.builder().from(decision).advisoryDecisions(List.of()).build())
        .isEqualTo(PLAIN.review(c).decisions().get(0));
    // The policy allows a trial of six visits without documented improvement: twelve are too many.
    Decision advice = decision.advisoryDecisions().get(0);
    assertThat(advice.evaluatorId()).isEqualTo(PayerChiropracticVisits.ID);
    assertThat(advice.advisory()).isTrue();
    assertThat(advice.necessity()).isEqualTo(MedicalNecessity.NOT_NECESSARY);
  }

  @Example
  void theExamplePrintsTheDecisionAndTheAdviceBesideIt() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Decision decision = ADVISED.review(twelveVisits()).decisions().get(0);

    AdvisoryPayerExample.print(decision, new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .startsWith("1: " + decision.necessity() + " by " + decision.evaluatorId())
        .contains("  advisory: NOT_NECESSARY by " + PayerChiropracticVisits.ID);
  }

  @Provide
  Arbitrary<Case> cases() {
    return ImrArbitraries.cases();
  }

  /** Chiropractic for the low back, requested from 2021 on: after every encoded MTUS edition. */
  @Provide
  Arbitrary<Case> currentLowBackChiropractic() {
    return ImrArbitraries.cases()
        .modality(CHIROPRACTIC_MANIPULATION)
        .region(LUMBAR_SPINE)
        .requestedBetween(LocalDate.of(2021, 1, 1), LocalDate.of(2030, 12, 31));
  }

  @Property(tries = 200)
  void thePayersRuleAdvisesOnEveryCurrentRequestBesideTheImrDecision(
      @ForAll("currentLowBackChiropractic") Case c) {
    for (Decision decision : ADVISED.review(c).decisions()) {
      // The payer's policy has no end date, so it decides every current request it covers.
      assertThat(decision.advisoryDecisions())
          .singleElement()
          .satisfies(
              advice -> {
                assertThat(advice.evaluatorId()).isEqualTo(PayerChiropracticVisits.ID);
                assertThat(advice.advisory()).isTrue();
                assertThat(advice.necessity()).isNotEqualTo(MedicalNecessity.NOT_EVALUABLE);
              });
    }
  }

  @Property
  void registeringThePayersRuleAsAdvisoryNeverChangesAnImrDecision(@ForAll("cases") Case c) {
    Determination advised = ADVISED.review(c);
    Determination plain = PLAIN.review(c);

    assertThat(advised.decisions()).hasSameSizeAs(plain.decisions());
    for (int i = 0; i < plain.decisions().size(); i++) {
      Decision deciding = advised.decisions().get(i);
      assertThat(deciding.necessity()).isEqualTo(plain.decisions().get(i).necessity());
      assertThat(deciding.outcome()).isEqualTo(plain.decisions().get(i).outcome());
      assertThat(deciding.criteria()).isEqualTo(plain.decisions().get(i).criteria());
      assertThat(Decision.builder().from(deciding).advisoryDecisions(List.of()).build())
          .isEqualTo(plain.decisions().get(i));
      assertThat(deciding.advisoryDecisions()).allMatch(Decision::advisory);
    }
  }
}
