/**
 * The {@code imr} command line: {@link org.openimr.examples.cli.Imr} and its subcommands, which
 * evaluate a case (as a summary, JSON or a letter), re-review published letters, evaluate many
 * cases as a stream, and list the built-in guidelines. Everything but the entry point is
 * package-private; the command line is an example of embedding the library, not an API.
 */
@NullMarked
package org.openimr.examples.cli;

import org.jspecify.annotations.NullMarked;
