package org.openimr.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.openimr.review.ImrReviewer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code imr batch DIR|FILE.jsonl}: reviews many cases as a stream and writes one JSON line per
 * case, in input order, then the counts.
 */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = {
      "Reviews many cases: every *.json file of a directory (one case each, in name order) or"
          + " every line of a JSON Lines file. Writes one JSON line per case, in input order:"
          + " {\"case\":N,\"source\":...,\"determination\":{...}}, or \"violations\" for an"
          + " invalid case, or \"error\" for an unreadable file; with --format summary, one"
          + " line per disputed item instead of the determination:"
          + " {\"case\":N,\"source\":...,\"item\":...,\"necessity\":...,\"outcome\":...,"
          + "\"failing\":[criterion ids]} (docs/batch.md). Cases are streamed: memory stays"
          + " bounded whatever the input size. Prints the counts and the problems on standard"
          + " error, and exits with 1 if any case was invalid or unreadable.",
      "Reads at most "
          + InputFiles.CASE_LIMIT
          + " bytes of a case file or of a line: a larger one is unreadable (\"too large\"),"
          + " and a longer line also ends the input, since its end may never come.",
      "An output file that is also an input is refused. An output file is written to a"
          + " temporary file in its folder and moved into place at the end, so a failed run"
          + " leaves what was there before; a device or pipe is written directly."
    })
final class BatchCommand implements Callable<Integer> {
  private static final int MAX_THREADS = 64;
  private static final int CASES_SHOWN = 20;

  private final Terminal terminal;

  @Mixin ContentOptions content = new ContentOptions();
  private final Supplier<ImrReviewer.Builder> reviewers;

  @Spec private @Nullable CommandSpec spec;

  @Parameters(
      paramLabel = "DIR|FILE.jsonl",
      description = "a directory of case files or a JSON Lines file")
  private @Nullable Path input;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "write the JSON lines to this file instead of standard output")
  private @Nullable Path output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "full (default): one line per case with its whole determination; summary: one line per"
              + " disputed item with its case, source, item id, necessity, outcome and failing"
              + " criterion ids")
  private String format = "full";

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "worker threads (default: the number of processors, ${DEFAULT-VALUE} here)")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--progress",
      description =
          "show a progress line on standard error (shown anyway for long runs on a terminal)")
  private boolean progress;

  BatchCommand(Terminal terminal, Supplier<ImrReviewer.Builder> reviewers) {
    this.terminal = terminal;
    this.reviewers = reviewers;
  }

  @Override
  public Integer call() {
    Path in = Objects.requireNonNull(input, "input");
    if (threads < 1 || threads > MAX_THREADS) {
      throw new CommandLine.ParameterException(
          Objects.requireNonNull(spec, "spec").commandLine(),
          "--threads must be between 1 and " + MAX_THREADS);
    }
    BatchRun.Format lines = format(format);
    if (!Files.exists(in)) {
      throw new UserError(in + ": no such file or directory");
    }
    if (!Files.isDirectory(in) && in.getFileName().toString().endsWith(".json")) {
      throw new UserError(
          in
              + ": batch reads a directory of case files or a JSON Lines file (.jsonl); use"
              + " imr evaluate for one case file");
    }
    BatchRun.Counts counts;
    try (CaseInputs inputs = open(in)) {
      List<Path> read = inputs instanceof DirectoryInputs dir ? dir.files() : List.of(in);
      if (output == null) {
        refuseStandardOutputIfAnInput(read);
        counts = run(inputs, Sink.of(terminal.out()), lines);
      } else {
        Path out = output;
        refuseIfAnInput(out, out.toString(), read);
        OutputFile file = create(out);
        try {
          counts = run(inputs, new Sink(out.toString(), file.stream(), true), lines);
          commit(file, out);
        } catch (Throwable e) {
          discard(file, e);
          throw e;
        }
      }
    } catch (IOException e) {
      // Output failures are turned into UserErrors where they happen: this is the input failing.
      throw new UserError(in + ": " + CaseFiles.cannotRead(e));
    }
    terminal.err().println("imr batch: " + counts.display());
    return counts.invalid() + counts.unreadable() == 0 ? Imr.OK : Imr.INVALID_INPUT;
  }

  private BatchRun.Format format(String name) {
    return switch (name) {
      case "full" -> BatchRun.Format.FULL;
      case "summary" -> BatchRun.Format.SUMMARY;
      default ->
          throw new CommandLine.ParameterException(
              Objects.requireNonNull(spec, "spec").commandLine(),
              "--format must be full or summary");
    };
  }

  private BatchRun.Counts run(CaseInputs inputs, OutputStream sink, BatchRun.Format lines)
      throws IOException {
    Progress shown = Progress.start(terminal, progress, "imr batch", "cases", inputs.size());
    ProblemPrinter problems = new ProblemPrinter(shown::message);
    BatchRun.Counts counts =
        new BatchRun(content.apply(reviewers.get()).build(), threads, lines)
            .run(inputs, sink, problems, shown::step);
    shown.finish();
    problems.finish();
    return counts;
  }

  private static CaseInputs open(Path in) {
    try {
      return Files.isDirectory(in) ? new DirectoryInputs(in) : new JsonLinesInputs(in);
    } catch (IOException e) {
      throw new UserError(in + ": " + CaseFiles.cannotRead(e));
    }
  }

  /**
   * Refuses an output that is one of the inputs, by name, through a symbolic link or as a hard
   * link: writing it would destroy the input before it is read.
   */
  private static void refuseIfAnInput(Path out, String shown, List<Path> inputs) {
    if (!Files.exists(out)) {
      return; // a new file cannot be an input
    }
    for (Path in : inputs) {
      try {
        if (Files.isSameFile(out, in)) {
          throw new UserError(
              shown
                  + ": is "
                  + (in.toString().equals(shown) ? "the input" : "the input " + in)
                  + "; write the output to another file");
        }
      } catch (IOException e) {
        // The input cannot be examined: its reading will report why.
      }
    }
  }

  /** {@code imr batch cases.jsonl >> cases.jsonl} would read its own output without end. */
  private static void refuseStandardOutputIfAnInput(List<Path> inputs) {
    Path stdout = Path.of("/dev/stdout");
    if (Files.exists(stdout) && Files.isRegularFile(stdout)) {
      refuseIfAnInput(stdout, "standard output", inputs);
    }
  }

  private static OutputFile create(Path file) {
    try {
      return OutputFile.open(file);
    } catch (IOException e) {
      throw new UserError(file + ": " + cannotWrite(e));
    }
  }

  private static void commit(OutputFile file, Path shown) {
    try {
      file.commit();
    } catch (IOException e) {
      throw new UserError(shown + ": " + cannotWrite(e));
    }
  }

  /** After a failure, deletes the temporary file: an existing output is left as it was. */
  private static void discard(OutputFile file, Throwable failure) {
    try {
      file.close();
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  private static String cannotWrite(Throwable e) {
    if (e instanceof OutputFile.Refused) {
      return String.valueOf(e.getMessage());
    }
    return "cannot be written (" + e.getClass().getSimpleName() + ")";
  }

  /** Prints the problems of the first bad cases as they come, then how many more there were. */
  private static final class ProblemPrinter implements Consumer<List<String>> {
    private final Consumer<String> lines;
    private long cases;

    ProblemPrinter(Consumer<String> lines) {
      this.lines = lines;
    }

    @Override
    public void accept(List<String> problems) {
      cases++;
      if (cases <= CASES_SHOWN) {
        problems.forEach(problem -> lines.accept("imr batch: " + problem));
      }
    }

    void finish() {
      if (cases > CASES_SHOWN) {
        lines.accept(
            "imr batch: and "
                + (cases - CASES_SHOWN)
                + " more invalid or unreadable cases; the output has every problem");
      }
    }
  }

  /**
   * Where the JSON lines go: a file, closed at the end, or standard output, only flushed. A failure
   * to write is a {@link UserError} naming the file. Lines arrive as UTF-8 bytes; standard output
   * is a character stream (so that tests can capture it), and gets them decoded.
   */
  private static final class Sink extends OutputStream {
    private final String name;
    private final OutputStream delegate;
    private final boolean close;

    Sink(String name, OutputStream delegate, boolean close) {
      this.name = name;
      this.delegate = delegate;
      this.close = close;
    }

    static Sink of(PrintWriter out) {
      return new Sink("standard output", new WriterOutputStream(out), false);
    }

    @Override
    public void write(int b) {
      try {
        delegate.write(b);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      try {
        delegate.write(bytes, offset, length);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void flush() {
      try {
        delegate.flush();
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void close() {
      try {
        if (close) {
          delegate.close();
        } else {
          delegate.flush();
        }
      } catch (IOException e) {
        throw failed(e);
      }
    }

    private UserError failed(IOException e) {
      return new UserError(name + ": cannot be written (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * UTF-8 bytes into a character stream. Each write holds whole lines (the batch writes a line at a
   * time), so no character is split between two writes.
   */
  private static final class WriterOutputStream extends OutputStream {
    private final PrintWriter out;

    WriterOutputStream(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      out.write(new String(bytes, offset, length, UTF_8));
    }

    @Override
    public void flush() {
      out.flush();
    }
  }
}
