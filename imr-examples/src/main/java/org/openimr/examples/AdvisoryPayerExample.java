package org.openimr.examples;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.PrintStream;
import org.apiguardian.api.API;
import org.openimr.model.Decision;
import org.openimr.review.ImrReviewer;

/**
 * A payer's own rule asked beside MTUS: {@link PayerChiropracticVisits} registered as an advisory
 * evaluator, its decision reported next to the one MTUS makes and never changing it. Run by {@code
 * AdvisoryPayerExampleTest}.
 */
@API(status = INTERNAL, since = "0.1")
public final class AdvisoryPayerExample {
  private AdvisoryPayerExample() {}

  /** A reviewer with the discovered guidelines deciding and the payer's rule advising. */
  public static ImrReviewer reviewer() {
    // tag::advisory[]
    ImrReviewer reviewer =
        ImrReviewer.builder()
            .discover() // MTUS and the other guidelines decide, as before
            .advisory(new PayerChiropracticVisits()) // asked as well, reported, never deciding
            .build();
    // end::advisory[]
    return reviewer;
  }

  /** Prints the IMR decision and, beside it, what each advisory evaluator said. */
  public static void print(Decision decision, PrintStream out) {
    // tag::advice[]
    out.println(decision.itemId() + ": " + decision.necessity() + " by " + decision.evaluatorId());
    for (Decision advice : decision.advisoryDecisions()) { // each marked advice.advisory()
      out.println("  advisory: " + advice.necessity() + " by " + advice.evaluatorId());
    }
    // end::advice[]
  }
}
