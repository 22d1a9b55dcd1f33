package org.openimr.benchmarks;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitrary;
import org.apiguardian.api.API;
import org.openimr.model.BodyRegion;
import org.openimr.model.Case;
import org.openimr.model.Decision;
import org.openimr.model.Determination;
import org.openimr.model.Modality;
import org.openimr.review.ImrReviewer;
import org.openimr.testkit.CaseArbitrary;
import org.openimr.testkit.ImrArbitraries;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Decisions through the entry point, as a utilization-review system pre-checking a request would
 * ask for them: {@link ImrReviewer#decide} for one item (evaluator chosen, edition chosen, every
 * criterion checked, rationale written), and {@link ImrReviewer#review} for a case of three items.
 *
 * <p>Requests fall between 2010 and mid-2016, where the encoded MTUS editions are all in force, so
 * the cases are decided rather than reported as not covered.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@API(status = INTERNAL)
public class DecisionBenchmark {
  static final LocalDate FIRST_REQUEST = LocalDate.of(2010, 1, 1);
  static final LocalDate LAST_REQUEST = LocalDate.of(2016, 6, 30);

  /** The built-in evaluators, found as an embedding application finds them. */
  @State(Scope.Benchmark)
  @API(status = INTERNAL)
  public static class Reviewer {
    final ImrReviewer reviewer = ImrReviewer.withDiscoveredEvaluators();
  }

  /** Acupuncture requests of every kind: first trials, extensions, any region and evidence. */
  @State(Scope.Thread)
  @API(status = INTERNAL)
  public static class AcupunctureCases extends CaseCycle {
    @Setup
    public void setUp() {
      fill(cases().modality(Modality.ACUPUNCTURE));
    }
  }

  /** Physical therapy of the knee within a surgery's postsurgical period: the table lookup. */
  @State(Scope.Thread)
  @API(status = INTERNAL)
  public static class PostsurgicalCases extends CaseCycle {
    @Setup
    public void setUp() {
      fill(
          cases()
              .modality(Modality.PHYSICAL_THERAPY)
              .region(BodyRegion.KNEE)
              .withinPostsurgicalPeriod(Period.ofMonths(4)));
    }
  }

  /** Cases with three disputed items of any modality. */
  @State(Scope.Thread)
  @API(status = INTERNAL)
  public static class ThreeItemCases extends CaseCycle {
    @Setup
    public void setUp() {
      fill(cases().filter(c -> c.disputedItems().size() == 3));
    }
  }

  static CaseArbitrary cases() {
    return ImrArbitraries.cases().requestedBetween(FIRST_REQUEST, LAST_REQUEST);
  }

  @Benchmark
  public Decision acupunctureItem(Reviewer r, AcupunctureCases cases) {
    Case c = cases.next();
    return r.reviewer.decide(c, c.disputedItems().get(0));
  }

  @Benchmark
  public Decision postsurgicalItem(Reviewer r, PostsurgicalCases cases) {
    Case c = cases.next();
    return r.reviewer.decide(c, c.disputedItems().get(0));
  }

  @Benchmark
  public Determination threeItemCase(Reviewer r, ThreeItemCases cases) {
    return r.reviewer.review(cases.next());
  }

  /** Cycles through {@link #SIZE} cases, so that no single case's branch is all that runs. */
  abstract static class CaseCycle {
    static final int SIZE = 256;
    private List<Case> values = List.of();
    private int next;

    final void fill(Arbitrary<Case> arbitrary) {
      values = List.copyOf(Inputs.sample(arbitrary, SIZE));
    }

    final Case next() {
      Case value = values.get(next);
      next = (next + 1) & (SIZE - 1);
      return value;
    }
  }
}
