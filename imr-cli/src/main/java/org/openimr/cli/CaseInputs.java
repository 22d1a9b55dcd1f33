package org.openimr.cli;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;

/** The cases of a batch, one at a time, in input order; never all of them at once. */
interface CaseInputs extends Closeable {
  /** The next case, or empty at the end of the input. */
  Optional<CaseInput> next() throws IOException;

  /** How many cases there are, when known before reading them. */
  default OptionalLong size() {
    return OptionalLong.empty();
  }
}
