package org.openimr.examples.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.openimr.json.ImrJson;
import org.openimr.model.Case;
import org.openimr.model.Determination;
import org.openimr.review.ImrReviewer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code imr evaluate CASE.json}: decides every disputed item of one case. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Decides every disputed item of a case (JSON, as ImrJson writes it) and prints, per item,"
          + " the request and its outcome (Upheld, Overturned or Not evaluable), the criteria"
          + " that fail with their ids and sections, the citations and the rationale."
    })
final class EvaluateCommand implements Callable<Integer> {
  private final Terminal terminal;

  @Parameters(paramLabel = "CASE.json", description = "the case file")
  private @Nullable Path caseFile;

  @Option(names = "--json", description = "print the Determination as JSON instead of the summary")
  private boolean json;

  EvaluateCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    Case c = CaseFiles.read(Objects.requireNonNull(caseFile, "caseFile"));
    Determination determination = ImrReviewer.withDiscoveredEvaluators().review(c);
    if (json) {
      terminal.out().println(ImrJson.standard().writePretty(determination));
    } else {
      DeterminationText.write(c, determination, terminal.out());
    }
    return Imr.OK;
  }
}
