package org.openimr.testkit;

import java.time.LocalDate;
import java.util.List;
import org.openimr.model.Case;
import org.openimr.model.CriterionResult;
import org.openimr.model.CriterionStatus;
import org.openimr.model.Decision;
import org.openimr.model.DisputedItem;
import org.openimr.model.GuidelineCitation;
import org.openimr.model.GuidelineEdition;
import org.openimr.model.GuidelineSource;

/**
 * {@link TrialRule} under a statutory cap of {@value #CAP} sessions, shaped like the built-in Labor
 * Code visit caps: above the cap the statute alone decides, with a criterion named after the
 * statute (not after the evaluator) and a decision that cites the statute only. It keeps the
 * contract. Its numbers are test fixtures, not statute.
 */
class StatutoryCapRule extends TrialRule {
  static final int CAP = 10;
  static final GuidelineEdition STATUTE =
      GuidelineEdition.builder()
          .source(GuidelineSource.OTHER)
          .title("Test statute")
          .label("2000")
          .effectiveFrom(LocalDate.of(2000, 1, 1))
          .build();
  static final String CAP_ID = "test-statute.1.session-cap";

  StatutoryCapRule() {
    super("test.capped");
  }

  StatutoryCapRule(String id) {
    super(id);
  }

  @Override
  public Decision evaluate(Case c, DisputedItem item, GuidelineEdition edition) {
    if (item.request().totalSessions() <= CAP) {
      return super.evaluate(c, item, edition);
    }
    GuidelineCitation statute = capCitation();
    CriterionResult cap =
        CriterionResult.builder()
            .id(CAP_ID)
            .description("At most " + CAP + " sessions per injury, by statute")
            .status(CriterionStatus.NOT_MET)
            .citation(statute)
            .build();
    return decision(item, List.of(cap), List.of(decisionCitation(statute)));
  }

  GuidelineCitation capCitation() {
    return GuidelineCitation.of(STATUTE, "Statute § 1", "Session cap");
  }

  /** What the decision cites when the cap decides: the statute. */
  GuidelineCitation decisionCitation(GuidelineCitation statute) {
    return statute;
  }
}
