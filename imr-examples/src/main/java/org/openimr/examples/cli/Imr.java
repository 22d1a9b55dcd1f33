package org.openimr.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.BufferedWriter;
import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.openimr.review.ImrReviewer;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code imr} command line. Exit codes: 0 done, 1 invalid input (a file that cannot be read, is
 * not JSON, is not a valid case or is not a readable letter), 2 wrong usage, 3 internal error (a
 * bug).
 *
 * <p>Design notes: user errors are {@link UserError}s, printed as one line each naming the file,
 * the line for JSON Lines and the field, never with a stack trace. Messages come from the library's
 * violations, which name fields and rules and never values, so nothing the command line prints
 * carries patient identifiers. Output is UTF-8 whatever the platform's default charset, because
 * citations carry "§" and the summary a dash.
 */
@API(status = INTERNAL, since = "0.1")
@Command(
    name = "imr",
    mixinStandardHelpOptions = true,
    versionProvider = Imr.Version.class,
    description =
        "Independent Medical Review of California workers' compensation treatment requests"
            + " against the MTUS. Not medical or legal advice: a \"not medically necessary\""
            + " result is a referral for a physician reviewer.",
    synopsisSubcommandLabel = "COMMAND",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:invalid input: a file that cannot be read, is not JSON, is not a valid case or is not a"
          + " readable letter",
      "2:wrong usage: an unknown command or option, or a missing argument",
      "3:internal error (a bug; please report it)"
    })
public final class Imr {
  static final int OK = 0;
  static final int INVALID_INPUT = 1;
  static final int USAGE = 2;
  static final int INTERNAL_ERROR = 3;

  private Imr() {}

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(
            new BufferedWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), UTF_8)));
    PrintWriter err =
        new PrintWriter(
            new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), UTF_8), true);
    int code = execute(new Terminal(out, err, attachedToTerminal()), args);
    System.exit(code);
  }

  /**
   * Runs the command line with the given output streams, as if no terminal were attached, and
   * returns the exit code; both writers are flushed, not closed.
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    return execute(new Terminal(out, err, false), args);
  }

  static int execute(Terminal terminal, String... args) {
    PrintWriter out = terminal.out();
    PrintWriter err = terminal.err();
    CommandLine cli =
        new CommandLine(new Imr())
            .addSubcommand(new EvaluateCommand(terminal))
            .addSubcommand(new ReviewCommand(terminal))
            .addSubcommand(new BatchCommand(terminal))
            .addSubcommand(new GuidelinesCommand(terminal))
            .setOut(out)
            .setErr(err)
            .setExecutionExceptionHandler(Imr::handle);
    try {
      return cli.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    if (e instanceof UserError user) {
      user.lines().forEach(line -> err.println("imr " + cli.getCommandName() + ": " + line));
      return INVALID_INPUT;
    }
    // A bug. The exception's message is not printed: it could quote input, i.e. patient data.
    err.println(
        "imr "
            + cli.getCommandName()
            + ": internal error "
            + e.getClass().getName()
            + Arrays.stream(e.getStackTrace())
                .limit(12)
                .map(frame -> "\n    at " + frame)
                .collect(Collectors.joining()));
    return INTERNAL_ERROR;
  }

  /**
   * Whether a person is likely watching: a console is attached and, on JDK 22 and later where a
   * console always exists, it is a terminal.
   */
  @SuppressWarnings("SystemConsoleNull") // handled: isTerminal is asked where it exists
  private static boolean attachedToTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true; // JDK 17 to 21: a console exists only when attached to a terminal
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"imr " + ImrReviewer.version()};
    }
  }
}
