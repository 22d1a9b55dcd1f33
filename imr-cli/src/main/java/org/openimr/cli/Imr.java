package org.openimr.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.BufferedWriter;
import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.openimr.review.ImrReviewer;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code imr} command line. Exit codes: 0 done, 1 invalid input (a file that cannot be read, is
 * too large, is not JSON, is not a valid case or is not a readable letter), 2 wrong usage, 3
 * internal error (a bug, or any {@link Error}: one line, no stack trace).
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
      "1:invalid input: a file that cannot be read, is too large, is not JSON, is not a valid case"
          + " or is not a readable letter; a content pack with a problem; a batch output that is an"
          + " input",
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
    int code;
    try {
      PrintWriter out =
          new PrintWriter(
              new BufferedWriter(
                  new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), UTF_8)));
      PrintWriter err =
          new PrintWriter(
              new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), UTF_8), true);
      code = execute(new Terminal(out, err, attachedToTerminal()), args);
    } catch (Throwable e) {
      // Whatever escaped, even while setting up or flushing: one line, no stack trace.
      System.err.println("imr: " + internalError(e));
      code = INTERNAL_ERROR;
    }
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
    return execute(terminal, () -> ImrReviewer.builder().discover(), args);
  }

  /**
   * Runs the command line with reviewers from {@code reviewers} (each command builds its own), so
   * that tests can give it evaluators of their own.
   */
  static int execute(Terminal terminal, Supplier<ImrReviewer.Builder> reviewers, String... args) {
    return execute(commandLine(terminal, reviewers), args);
  }

  static CommandLine commandLine(Terminal terminal, Supplier<ImrReviewer.Builder> reviewers) {
    return new CommandLine(new Imr())
        .addSubcommand(new EvaluateCommand(terminal, reviewers))
        .addSubcommand(new ReviewCommand(terminal, reviewers))
        .addSubcommand(new BatchCommand(terminal, reviewers))
        .addSubcommand(new GuidelinesCommand(terminal, reviewers))
        .addSubcommand(
            new CommandLine(new ContentCommand(terminal))
                .addSubcommand(new ContentCommand.Check(terminal)))
        .setOut(terminal.out())
        .setErr(terminal.err())
        .setExecutionExceptionHandler(Imr::handle);
  }

  /**
   * Runs a command line made by {@link #commandLine}; every failure of a command, {@link Error}s
   * included, ends as an exit code and one line on standard error, never a stack trace.
   */
  static int execute(CommandLine cli, String... args) {
    PrintWriter out = cli.getOut();
    PrintWriter err = cli.getErr();
    try {
      return cli.execute(args);
    } catch (RuntimeException | Error e) {
      // picocli hands only Exceptions to the handler: an Error (out of memory, stack overflow, or
      // any Error a command or an evaluator throws) comes out of execute.
      err.println(commandName(cli) + ": " + internalError(e));
      return INTERNAL_ERROR;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** {@code "imr batch"}: the command that was running, as far as the arguments were parsed. */
  private static String commandName(CommandLine cli) {
    String name = "imr";
    CommandLine.ParseResult parsed = cli.getParseResult();
    while (parsed != null && parsed.subcommand() != null) {
      parsed = parsed.subcommand();
      name = "imr " + parsed.commandSpec().name();
    }
    return name;
  }

  private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    if (e instanceof UserError user) {
      user.lines().forEach(line -> err.println("imr " + cli.getCommandName() + ": " + line));
      return INVALID_INPUT;
    }
    err.println("imr " + cli.getCommandName() + ": " + internalError(e));
    return INTERNAL_ERROR;
  }

  /**
   * A failure that is not the user's, as one line: its type (and its cause's, when wrapped), never
   * its message, which could quote input, i.e. patient data, nor a stack trace.
   */
  static String internalError(Throwable e) {
    Throwable shown = e;
    if (e instanceof CommandLine.ExecutionException && e.getCause() != null) {
      shown = e.getCause();
    }
    return "internal error: " + shown.getClass().getName() + " (a bug; please report it)";
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
