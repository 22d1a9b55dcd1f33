package org.openimr.examples;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apiguardian.api.API;
import org.openimr.guidelines.mtus.MtusAcupunctureEvaluator;
import org.openimr.json.ImrJson;
import org.openimr.model.Case;
import org.openimr.model.Decision;
import org.openimr.model.ImrOutcome;
import org.openimr.review.ImrReviewer;

/**
 * The acupuncture example of docs/guidelines.md: the built-in MTUS acupuncture evaluator on one
 * item, with every criterion it checked. Compiled and run by {@code AcupunctureExampleTest}.
 */
@API(status = INTERNAL)
public final class AcupunctureExample {
  private AcupunctureExample() {}

  public static void main(String[] args) throws IOException {
    Path caseFile =
        Path.of(
            args.length > 0
                ? args[0]
                : "imr-testkit/src/main/resources/org/openimr/testkit/cases/seed-case.json");
    run(ImrJson.standard().readCase(Files.readAllBytes(caseFile)), System.out);
  }

  static void run(Case imrCase, PrintStream out) {
    // tag::acupuncture[]
    ImrReviewer reviewer = ImrReviewer.builder().register(new MtusAcupunctureEvaluator()).build();
    Decision decision = reviewer.decide(imrCase, imrCase.disputedItems().get(0));
    out.println(decision.outcome().map(ImrOutcome::displayName).orElse("Not evaluable"));
    decision.criteria().forEach(c -> out.println(c.id() + " " + c.status() + " " + c.citation()));
    out.println(decision.rationale());
    // end::acupuncture[]
  }
}
