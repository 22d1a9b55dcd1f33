package org.openimr.examples;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openimr.json.ImrJson;
import org.openimr.model.Case;
import org.openimr.model.InvalidCaseException;
import org.openimr.model.Violation;

/** Reads a case from JSON and reports every problem with its path; run by {@code ExamplesTest}. */
@API(status = INTERNAL, since = "0.1")
public final class ReadingJson {
  private ReadingJson() {}

  /** The case in the file, or empty after printing every problem to {@code problems}. */
  public static Optional<Case> read(Path file, PrintStream problems) throws IOException {
    // tag::read-json[]
    try (InputStream in = Files.newInputStream(file)) {
      return Optional.of(ImrJson.standard().readCase(in));
    } catch (InvalidCaseException e) {
      // Every problem at once, each with its JSON path; messages never quote the input.
      for (Violation violation : e.violations()) {
        problems.println(file + ": " + violation.path() + ": " + violation.message());
      }
      return Optional.empty();
    }
    // end::read-json[]
  }
}
