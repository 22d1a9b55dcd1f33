package org.openimr.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and captures what it prints. */
final class Cli {
  private Cli() {}

  /** What one run of {@code imr} returned and printed. */
  record Run(int exitCode, String out, String err) {
    /** Standard output and standard error together, for "never printed anywhere" checks. */
    String all() {
      return out + err;
    }
  }

  static Run imr(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Imr.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }
}
