/**
 * The {@code imr} command line: {@link org.openimr.cli.Imr} and its subcommands, which evaluate a
 * case (as a summary, JSON or a letter), re-review published letters, evaluate many cases as a
 * stream, and list the built-in guidelines. Everything but the entry point is package-private: the
 * command line and its output formats are the interface, not these classes. The module {@code
 * imr-cli} also ships the command line as one executable jar (classifier {@code all}).
 */
@NullMarked
package org.openimr.cli;

import org.jspecify.annotations.NullMarked;
