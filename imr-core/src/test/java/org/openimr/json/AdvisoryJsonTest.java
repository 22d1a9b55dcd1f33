package org.openimr.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openimr.model.Decision;
import org.openimr.model.Determination;

/** Advisory decisions in JSON: under their own field names, written only when there are any. */
class AdvisoryJsonTest {
  private static final ImrJson JSON = ImrJson.standard();

  private static final Decision ADVICE =
      Decision.builder()
          .from(Decision.notEvaluable("1", "payer.policy", "1.0", "No policy edition applies."))
          .advisory(true)
          .build();
  private static final Decision DECIDING =
      Decision.notEvaluable("1", "openimr.reviewer", "0.1.0", "No applicable guideline.");

  @Test
  void aDecisionWithoutAdvisoryDecisionsIsWrittenAsBefore() {
    String json = JSON.write(DECIDING);

    assertThat(json).doesNotContain("advisory");
  }

  @Test
  void advisoryDecisionsAreWrittenMarkedAdvisoryBesideTheDecidingOne() {
    Decision decision = Decision.builder().from(DECIDING).addAdvisoryDecisions(ADVICE).build();

    String json =
        JSON.write(Determination.builder().caseNumber("CM1").addDecisions(decision).build());

    assertThat(json)
        .contains("\"evaluatorId\":\"openimr.reviewer\"")
        .contains("\"advisoryDecisions\":[{\"itemId\":\"1\"")
        .contains("\"evaluatorId\":\"payer.policy\"")
        .contains("\"advisory\":true");
    assertThat(json.indexOf("\"advisory\":true")).isGreaterThan(json.indexOf("advisoryDecisions"));
    assertThat(JSON.read(json, Determination.class).decisions()).containsExactly(decision);
  }
}
