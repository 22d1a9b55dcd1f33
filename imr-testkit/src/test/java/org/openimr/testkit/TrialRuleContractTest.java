package org.openimr.testkit;

import org.openimr.model.Modality;

/** The kit's well-behaved rule keeps the whole contract, every optional property included. */
class TrialRuleContractTest implements EvaluatorContract {
  @Override
  public Spec contract() {
    return EvaluatorContract.of(new TrialRule())
        .on(
            ImrArbitraries.cases()
                .modality(Modality.ACUPUNCTURE)
                .sessionsAround(TrialRule.TRIAL, TrialRule.EXTENDED))
        .monotoneInRequestedSessions()
        .monotoneInDocumentedImprovement()
        .atMostSessions(TrialRule.EXTENDED);
  }
}
