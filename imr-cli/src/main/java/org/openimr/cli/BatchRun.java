package org.openimr.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.openimr.json.ImrJson;
import org.openimr.model.Case;
import org.openimr.model.Decision;
import org.openimr.model.Determination;
import org.openimr.model.InvalidCaseException;
import org.openimr.review.ImrReviewer;

/**
 * Reviews a stream of cases on a pool of worker threads and writes one JSON line per case (or, in
 * the {@linkplain Format#SUMMARY summary format}, one per disputed item), in input order.
 *
 * <p>Design notes: the calling thread reads inputs and writes results; workers read, check and
 * review a chunk of cases each (1, 1, 2, 2, 4, ... up to {@value #MAX_CHUNK}: one case per task
 * cost a hand-off, and the waits behind it, per case). At most {@code window} chunks are in flight:
 * when the window is full the caller waits for the oldest and writes it before reading more. So
 * memory is bounded by the window times {@value #MAX_CHUNK} times the largest case, whatever the
 * input size, and the output order is the input order without a reordering buffer. The reviewer is
 * shared: it is immutable and thread-safe. Workers also write each line as UTF-8 bytes, so the
 * calling thread only copies bytes out.
 */
final class BatchRun {
  /** The most cases one worker task reviews. */
  static final int MAX_CHUNK = 16;

  private final ImrReviewer reviewer;
  private final int threads;
  private final int window;
  private final Format format;

  /** What is written for a reviewed case. */
  enum Format {
    /** One line per case with its whole determination: {@code batch-line.schema.json}. */
    FULL,
    /**
     * One line per disputed item with its necessity, outcome and failing criterion ids: {@code
     * batch-summary.schema.json} (see {@link SummaryLines}).
     */
    SUMMARY
  }

  BatchRun(ImrReviewer reviewer, int threads) {
    this(reviewer, threads, Format.FULL);
  }

  BatchRun(ImrReviewer reviewer, int threads, Format format) {
    this.reviewer = reviewer;
    this.threads = threads;
    this.window = threads * 4;
    this.format = format;
  }

  /** What happened to one case: its output line, its kind, and its problems for the user. */
  static final class Outcome {
    private final byte[] line;
    private final Counts counts;
    private final List<String> problems;

    /** The line is handed over, not copied: nobody else holds it. */
    Outcome(byte[] line, Counts counts, List<String> problems) {
      this.line = line;
      this.counts = counts;
      this.problems = problems;
    }

    /**
     * The JSON line (in the summary format, the lines, one per item, separated by line breaks),
     * UTF-8, without the final line break; the caller must not change it.
     */
    byte[] line() {
      return line;
    }

    Counts counts() {
      return counts;
    }

    List<String> problems() {
      return problems;
    }
  }

  /**
   * Reviews every input, writing each case's line to {@code sink} and the problems of each invalid
   * or unreadable case to {@code problems}, and returns the counts.
   */
  Counts run(CaseInputs inputs, OutputStream sink, Consumer<List<String>> problems)
      throws IOException {
    return run(inputs, sink, problems, () -> {});
  }

  /**
   * As {@link #run(CaseInputs, OutputStream, Consumer)}, calling {@code written} after each line.
   */
  Counts run(
      CaseInputs inputs, OutputStream sink, Consumer<List<String>> problems, Runnable written)
      throws IOException {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "imr-batch");
              thread.setDaemon(true);
              return thread;
            });
    ArrayDeque<Future<List<Outcome>>> pending = new ArrayDeque<>();
    Counts counts = Counts.NONE;
    try {
      List<CaseInput> chunk = new ArrayList<>(1);
      int size = 1;
      int chunks = 0;
      for (Optional<CaseInput> next = inputs.next(); next.isPresent(); next = inputs.next()) {
        chunk.add(next.get());
        if (chunk.size() < size) {
          continue;
        }
        if (pending.size() >= window) {
          counts = counts.plus(writeAll(await(pending.removeFirst()), sink, problems, written));
        }
        List<CaseInput> cases = chunk;
        pending.addLast(pool.submit(() -> reviewAll(cases)));
        chunks++;
        // 1, 1, 2, 2, 4, 4, ... cases a task: every worker is busy early in a short run.
        if (chunks % 2 == 0 && size < MAX_CHUNK) {
          size *= 2;
        }
        chunk = new ArrayList<>(size);
      }
      if (!chunk.isEmpty()) {
        List<CaseInput> cases = chunk;
        pending.addLast(pool.submit(() -> reviewAll(cases)));
      }
      while (!pending.isEmpty()) {
        counts = counts.plus(writeAll(await(pending.removeFirst()), sink, problems, written));
      }
      sink.flush();
      return counts;
    } finally {
      pool.shutdownNow();
    }
  }

  private List<Outcome> reviewAll(List<CaseInput> cases) {
    List<Outcome> outcomes = new ArrayList<>(cases.size());
    for (CaseInput input : cases) {
      outcomes.add(review(input));
    }
    return outcomes;
  }

  private static Counts writeAll(
      List<Outcome> outcomes, OutputStream sink, Consumer<List<String>> problems, Runnable written)
      throws IOException {
    Counts counts = Counts.NONE;
    for (Outcome outcome : outcomes) {
      counts = counts.plus(write(outcome, sink, problems));
      written.run();
    }
    return counts;
  }

  private static Counts write(Outcome outcome, OutputStream sink, Consumer<List<String>> problems)
      throws IOException {
    sink.write(outcome.line());
    sink.write('\n');
    if (!outcome.problems().isEmpty()) {
      problems.accept(outcome.problems());
    }
    return outcome.counts();
  }

  private static List<Outcome> await(Future<List<Outcome>> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a case", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e);
    }
  }

  /** Reads, checks and reviews one case; runs on a worker thread. */
  Outcome review(CaseInput input) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("case", input.number());
    line.put("source", input.source());
    try {
      Case c = input.loader().load();
      Determination determination = reviewer.review(c);
      if (format == Format.SUMMARY) { // a case has at least one item: never an empty line
        return new Outcome(
            SummaryLines.of(input.number(), input.source(), determination),
            Counts.reviewed(determination),
            List.of());
      }
      line.put("determination", determination);
      return new Outcome(
          ImrJson.standard().writeBytes(line), Counts.reviewed(determination), List.of());
    } catch (InvalidCaseException e) {
      line.put("violations", e.violations());
      return new Outcome(
          ImrJson.standard().writeBytes(line),
          Counts.INVALID,
          CaseFiles.describe(input.source(), e.violations()));
    } catch (IOException e) {
      return unreadable(input, line, e);
    } catch (UncheckedIOException e) {
      return unreadable(input, line, e.getCause());
    }
  }

  private static Outcome unreadable(
      CaseInput input, Map<String, Object> line, @Nullable Throwable e) {
    String problem = CaseFiles.cannotRead(e);
    line.put("error", problem);
    return new Outcome(
        ImrJson.standard().writeBytes(line),
        Counts.UNREADABLE,
        List.of(input.source() + ": " + problem));
  }

  /** Counts of cases by what happened to them, and of decided items by outcome. */
  record Counts(
      long cases,
      long reviewed,
      long invalid,
      long unreadable,
      long upheld,
      long overturned,
      long notEvaluable) {
    static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);
    static final Counts INVALID = new Counts(1, 0, 1, 0, 0, 0, 0);
    static final Counts UNREADABLE = new Counts(1, 0, 0, 1, 0, 0, 0);

    static Counts reviewed(Determination determination) {
      long upheld = 0;
      long overturned = 0;
      long notEvaluable = 0;
      for (Decision decision : determination.decisions()) {
        switch (decision.necessity()) {
          case NOT_NECESSARY -> upheld++;
          case NECESSARY -> overturned++;
          case NOT_EVALUABLE -> notEvaluable++;
        }
      }
      return new Counts(1, 1, 0, 0, upheld, overturned, notEvaluable);
    }

    Counts plus(Counts other) {
      return new Counts(
          cases + other.cases,
          reviewed + other.reviewed,
          invalid + other.invalid,
          unreadable + other.unreadable,
          upheld + other.upheld,
          overturned + other.overturned,
          notEvaluable + other.notEvaluable);
    }

    long items() {
      return upheld + overturned + notEvaluable;
    }

    /** {@code "3 cases: 2 reviewed, 1 invalid, 0 unreadable; 4 items: ..."}. */
    String display() {
      return cases
          + " cases: "
          + reviewed
          + " reviewed, "
          + invalid
          + " invalid, "
          + unreadable
          + " unreadable; "
          + items()
          + " items: "
          + upheld
          + " upheld, "
          + overturned
          + " overturned, "
          + notEvaluable
          + " not evaluable";
    }
  }
}
