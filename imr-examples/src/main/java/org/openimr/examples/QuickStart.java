package org.openimr.examples;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apiguardian.api.API;
import org.openimr.json.ImrJson;
import org.openimr.model.Case;
import org.openimr.model.Decision;
import org.openimr.model.Determination;
import org.openimr.model.ImrOutcome;
import org.openimr.review.ImrReviewer;

/** The README's quick start, compiled and run by {@code ReadmeTest}. */
@API(status = INTERNAL)
public final class QuickStart {
  private QuickStart() {}

  public static void main(String[] args) throws IOException {
    run(
        Path.of(
            args.length > 0
                ? args[0]
                : "imr-testkit/src/main/resources/org/openimr/testkit/cases/seed-case.json"),
        System.out);
  }

  static void run(Path caseFile, PrintStream out) throws IOException {
    // tag::quickstart[]
    Case imrCase = ImrJson.standard().readCase(Files.readAllBytes(caseFile));
    ImrReviewer reviewer = ImrReviewer.withDiscoveredEvaluators();
    Determination determination = reviewer.review(imrCase);
    for (Decision decision : determination.decisions()) {
      out.println(
          decision.itemId() + ": " + decision.outcome().map(ImrOutcome::displayName).orElse("-"));
      decision.adverseCriteria().forEach(c -> out.println("  " + c.id() + " " + c.citation()));
      out.println("  " + decision.rationale());
    }
    // end::quickstart[]
  }
}
