package org.openimr.examples;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apiguardian.api.API;
import org.openimr.model.Case;
import org.openimr.model.Determination;
import org.openimr.review.ImrReviewer;

/**
 * Reviews many cases on a thread pool with one shared reviewer; run by {@code ExamplesTest}. For
 * inputs too large to hold in memory, see how {@code imr batch} bounds the cases in flight.
 */
@API(status = INTERNAL, since = "0.1")
public final class ParallelReview {
  private ParallelReview() {}

  /** The determinations of the cases, in the cases' order. */
  public static List<Determination> reviewAll(List<Case> cases)
      throws InterruptedException, ExecutionException {
    // tag::parallel[]
    ImrReviewer reviewer =
        ImrReviewer.withDiscoveredEvaluators(); // immutable, thread-safe: share it
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try {
      List<Future<Determination>> futures = new ArrayList<>();
      for (Case c : cases) {
        futures.add(pool.submit(() -> reviewer.review(c)));
      }
      List<Determination> determinations = new ArrayList<>();
      for (Future<Determination> future : futures) {
        determinations.add(future.get()); // in the cases' order, whichever finished first
      }
      return determinations;
    } finally {
      pool.shutdown();
    }
    // end::parallel[]
  }
}
