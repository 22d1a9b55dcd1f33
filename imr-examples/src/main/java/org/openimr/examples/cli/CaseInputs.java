package org.openimr.examples.cli;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/** The cases of a batch, one at a time, in input order; never all of them at once. */
interface CaseInputs extends Closeable {
  /** The next case, or empty at the end of the input. */
  Optional<CaseInput> next() throws IOException;
}
