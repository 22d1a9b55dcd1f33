package org.openimr.cli;

import java.io.PrintWriter;

/**
 * Where a command writes: results to {@code out}, counts, progress and problems to {@code err}.
 * {@code interactive} is whether a person is likely watching, which decides whether a progress
 * indicator is drawn.
 */
record Terminal(PrintWriter out, PrintWriter err, boolean interactive) {}
