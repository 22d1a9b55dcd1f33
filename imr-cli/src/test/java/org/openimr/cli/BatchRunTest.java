package org.openimr.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openimr.model.Case;
import org.openimr.review.ImrReviewer;

/** The batch engine: bounded in flight, parallel, ordered. */
class BatchRunTest {
  private final ImrReviewer reviewer = ImrReviewer.withDiscoveredEvaluators();

  @Test
  void noMoreThanTheWindowOfCasesIsEverReadAheadOfTheOutput() throws IOException {
    List<Case> cases = GeneratedCases.generate(7, 100);
    AtomicInteger written = new AtomicInteger();
    List<Long> readAhead = new ArrayList<>();
    CaseInputs inputs =
        new Inputs(
            2_000,
            n -> {
              readAhead.add(n - 1 - written.get());
              Case c = cases.get((int) (n % cases.size()));
              return new CaseInput(n, "case " + n, () -> c);
            });
    OutputStream counting =
        new OutputStream() {
          @Override
          public void write(int b) {
            if (b == '\n') {
              written.incrementAndGet();
            }
          }

          @Override
          public void write(byte[] bytes, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
              write(bytes[i]);
            }
          }
        };

    BatchRun.Counts counts = new BatchRun(reviewer, 2).run(inputs, counting, p -> {});

    assertThat(counts.cases()).isEqualTo(2_000);
    assertThat(written.get()).isEqualTo(2_000);
    // Two workers, a window of 8 chunks of at most 16 cases, and the chunk being gathered: at most
    // 9 * 16 cases are read and not yet written.
    assertThat(readAhead).allMatch(n -> n <= 9 * BatchRun.MAX_CHUNK);
  }

  @Test
  void twoWorkersReviewTwoCasesAtOnce() throws IOException {
    Case c = GeneratedCases.generate(7, 1).get(0);
    CyclicBarrier bothBusy = new CyclicBarrier(2);
    CaseInputs inputs =
        new Inputs(
            2,
            n ->
                new CaseInput(
                    n,
                    "case " + n,
                    () -> {
                      try {
                        // Returns only when the other case is being read at the same time.
                        bothBusy.await(30, TimeUnit.SECONDS);
                      } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                        throw new AssertionError("the two cases were not read concurrently", e);
                      }
                      return c;
                    }));

    BatchRun.Counts counts =
        new BatchRun(reviewer, 2).run(inputs, OutputStream.nullOutputStream(), p -> {});

    assertThat(counts.reviewed()).isEqualTo(2);
  }

  @Test
  void linesComeOutInInputOrderWhateverOrderWorkersFinish() throws IOException {
    Iterator<Case> cases = GeneratedCases.generate(11, 50).iterator();
    CaseInputs inputs =
        new Inputs(
            50,
            n -> {
              Case c = cases.next();
              return new CaseInput(
                  n,
                  "case " + n,
                  () -> {
                    if (n % 3 == 0) {
                      // Some cases take longer, so workers finish out of order.
                      ImrReviewer.withDiscoveredEvaluators().review(c);
                    }
                    return c;
                  });
            });
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    new BatchRun(reviewer, 2).run(inputs, out, p -> {});

    List<String> lines = out.toString(UTF_8).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      assertThat(lines.get(i))
          .startsWith("{\"case\":" + (i + 1) + ",\"source\":\"case " + (i + 1) + "\"");
    }
  }

  /** {@code count} inputs, each made when the batch asks for it. */
  private static final class Inputs implements CaseInputs {
    interface Maker {
      CaseInput make(long number);
    }

    private final int count;
    private final Maker maker;
    private long made;

    Inputs(int count, Maker maker) {
      this.count = count;
      this.maker = maker;
    }

    @Override
    public Optional<CaseInput> next() {
      if (made == count) {
        return Optional.empty();
      }
      made++;
      return Optional.of(maker.make(made));
    }

    @Override
    public void close() {}
  }
}
