package org.openimr.examples;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.openimr.model.Case;
import org.openimr.model.Decision;
import org.openimr.review.ImrReviewer;

/**
 * Reviews a case with every evaluator on the class path, {@link MassageAdjunctPolicy} among them
 * when its registration is there; run by {@code ExamplesTest}.
 */
@API(status = INTERNAL, since = "0.1")
public final class CustomEvaluatorExample {
  private CustomEvaluatorExample() {}

  /** The decision on the case's first item. */
  public static Decision decideFirstItem(Case massageCase) {
    // tag::discover[]
    ImrReviewer reviewer = ImrReviewer.withDiscoveredEvaluators(); // finds MassageAdjunctPolicy
    Decision decision = reviewer.review(massageCase).decisions().get(0);
    // end::discover[]
    return decision;
  }

  /** A reviewer with only the example policy, registered by hand. */
  public static ImrReviewer policyOnly() {
    // tag::register[]
    ImrReviewer reviewer = ImrReviewer.builder().register(new MassageAdjunctPolicy()).build();
    // end::register[]
    return reviewer;
  }
}
