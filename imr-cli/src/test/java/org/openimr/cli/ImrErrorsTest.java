package org.openimr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.openimr.review.ImrReviewer;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Every failure that is not the user's ends as exit code 3 and one line on standard error: no stack
 * trace, and no exception message (which could quote input, i.e. patient data).
 */
class ImrErrorsTest {
  private static final String MARKER = "ZQXMARKER";

  @Command(name = "fail")
  static final class Failing implements Callable<Integer> {
    private final Supplier<? extends Throwable> failure;

    Failing(Supplier<? extends Throwable> failure) {
      this.failure = failure;
    }

    @Override
    public Integer call() throws Exception {
      Throwable t = failure.get();
      if (t instanceof Error error) {
        throw error;
      }
      throw (Exception) t;
    }
  }

  private static Cli.Run fail(Supplier<? extends Throwable> failure) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Terminal terminal = new Terminal(new PrintWriter(out), new PrintWriter(err), false);
    CommandLine cli =
        Imr.commandLine(terminal, () -> ImrReviewer.builder().discover())
            .addSubcommand(new Failing(failure))
            // Output set on a command line reaches only the subcommands it already has.
            .setOut(terminal.out())
            .setErr(terminal.err());
    int code = Imr.execute(cli, "fail");
    return new Cli.Run(code, out.toString(), err.toString());
  }

  @Test
  void anOutOfMemoryErrorIsExitThreeWithOneLine() {
    Cli.Run run = fail(() -> new OutOfMemoryError(MARKER));

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "imr fail: internal error: java.lang.OutOfMemoryError (a bug; please report it)\n");
  }

  @Test
  void aStackOverflowErrorIsExitThreeWithOneLine() {
    Cli.Run run = fail(() -> new StackOverflowError(MARKER));

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).hasLineCount(1).contains("java.lang.StackOverflowError");
    assertThat(run.all()).doesNotContain(MARKER).doesNotContain("\tat ").doesNotContain("    at ");
  }

  @Test
  void anyErrorIsExitThreeWithOneLine() {
    Cli.Run run = fail(() -> new AssertionError(MARKER));

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).hasLineCount(1).doesNotContain(MARKER);
  }

  @Test
  void aRuntimeExceptionIsExitThreeWithOneLineAndNotItsMessage() {
    Cli.Run run = fail(() -> new IllegalStateException(MARKER));

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .isEqualTo(
            "imr fail: internal error: java.lang.IllegalStateException (a bug; please report"
                + " it)\n");
  }

  @Test
  void aCheckedExceptionIsExitThreeWithOneLine() {
    Cli.Run run = fail(() -> new java.io.IOException(MARKER));

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).hasLineCount(1).doesNotContain(MARKER);
  }

  @Test
  void anEvaluatorThrowingAnErrorMakesEvaluateExitThreeWithOneLine() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Terminal terminal = new Terminal(new PrintWriter(out), new PrintWriter(err), false);

    int code =
        Imr.execute(
            terminal,
            FailingEvaluator.reviewers(() -> new StackOverflowError(MARKER)),
            "evaluate",
            EvaluateCommandTest.SEED);

    assertThat(code).isEqualTo(3);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .isEqualTo(
            "imr evaluate: internal error: java.lang.StackOverflowError (a bug; please report"
                + " it)\n");
  }

  @Test
  void anEvaluatorThrowingAnErrorOnABatchWorkerMakesBatchExitThreeWithOneLine() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Terminal terminal = new Terminal(new PrintWriter(out), new PrintWriter(err), false);

    int code =
        Imr.execute(
            terminal,
            FailingEvaluator.reviewers(() -> new OutOfMemoryError(MARKER)),
            "batch",
            EvaluateCommandTest.CASES);

    assertThat(code).isEqualTo(3);
    assertThat(err.toString())
        .isEqualTo(
            "imr batch: internal error: java.lang.OutOfMemoryError (a bug; please report it)\n");
  }
}
