package org.openimr.cli;

import java.io.IOException;
import org.openimr.model.Case;

/**
 * One case of a batch, not yet read: its number in the input (from 1), where it comes from (a file,
 * or a file and line), and how to read it. Reading happens on a worker thread.
 */
record CaseInput(long number, String source, CaseInput.Loader loader) {

  /** Reads and checks the case; throws {@link org.openimr.model.InvalidCaseException} if bad. */
  @FunctionalInterface
  interface Loader {
    Case load() throws IOException;
  }
}
