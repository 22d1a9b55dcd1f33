package org.openimr.peers;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.apiguardian.api.API;
import org.openimr.model.Case;
import org.openimr.model.CriterionResult;
import org.openimr.model.Decision;
import org.openimr.model.Evidence;
import org.openimr.review.ImrReviewer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One acupuncture item decided three ways, on the same generated requests ({@link PeerCases}, drawn
 * with a fixed seed): through {@link ImrReviewer#decide} with every criterion's id, status,
 * citation and structured evidence consumed (and, in {@link #reviewerText}, its sentences and the
 * rationale too); by the Drools rules in their reused stateless session; and by the hand-written
 * Java. Each peer's criteria (id and status) and necessity are consumed the same way.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@API(status = INTERNAL)
public class PeerBenchmark {
  static final long SEED = 20_261_130L;

  /** The three deciders, each built once per thread (one thread unless JMH is told otherwise). */
  @State(Scope.Thread)
  @API(status = INTERNAL)
  public static class Deciders {
    private static final AcupunctureLimits LIMITS = AcupunctureLimits.bundled();

    final ImrReviewer reviewer = ImrReviewer.withDiscoveredEvaluators();
    final HandWrittenAcupuncture handWritten = new HandWrittenAcupuncture(LIMITS);

    /** Not thread-safe, hence one per thread; its rule base takes seconds to build. */
    final DroolsAcupuncture drools = new DroolsAcupuncture(LIMITS);
  }

  /** {@link #SIZE} generated acupuncture items, cycled so that no one branch is all that runs. */
  @State(Scope.Thread)
  @API(status = INTERNAL)
  public static class Requests {
    static final int SIZE = 256;
    private List<Case> cases = List.of();
    private int next;

    @Setup
    public void setUp() {
      cases = sample(SIZE);
    }

    final Case next() {
      Case c = cases.get(next);
      next = (next + 1) & (SIZE - 1);
      return c;
    }
  }

  /** The same {@code count} cases every run: the peers' generator with a fixed seed. */
  static List<Case> sample(int count) {
    JqwikSession.start(Long.toString(SEED));
    try {
      RandomGenerator<Case> generator =
          PeerCases.acupunctureCases(AcupunctureLimits.bundled().edition()).generator(1000);
      Random random = new Random(SEED);
      List<Case> cases = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        cases.add(generator.next(random).value());
      }
      return List.copyOf(cases);
    } finally {
      JqwikSession.finish();
    }
  }

  /**
   * The reviewer's decision with its full trace consumed, as a caller acting on it reads it: the
   * necessity and every criterion's id, status, citation and structured evidence (code and facts).
   * No text is rendered.
   */
  @Benchmark
  public void reviewer(Deciders d, Requests r, Blackhole bh) {
    Case c = r.next();
    consumeTrace(d.reviewer.decide(c, c.disputedItems().get(0)), bh);
  }

  /** {@link #reviewer} with every evidence sentence and the rationale rendered and consumed too. */
  @Benchmark
  public void reviewerText(Deciders d, Requests r, Blackhole bh) {
    Case c = r.next();
    Decision decision = d.reviewer.decide(c, c.disputedItems().get(0));
    consumeTrace(decision, bh);
    for (CriterionResult criterion : decision.criteria()) {
      bh.consume(criterion.evidence());
    }
    bh.consume(decision.rationale());
  }

  private static void consumeTrace(Decision decision, Blackhole bh) {
    bh.consume(decision.necessity());
    for (CriterionResult criterion : decision.criteria()) {
      bh.consume(criterion.id());
      bh.consume(criterion.status());
      bh.consume(criterion.citation());
      for (Evidence e : criterion.evidenceItems()) {
        bh.consume(e.code());
        for (int i = 0; i < e.factNames().size(); i++) {
          bh.consume(e.fact(i));
        }
      }
    }
  }

  @Benchmark
  public void drools(Deciders d, Requests r, Blackhole bh) {
    Case c = r.next();
    consume(d.drools.decide(c, c.disputedItems().get(0)), bh);
  }

  @Benchmark
  public void handWritten(Deciders d, Requests r, Blackhole bh) {
    Case c = r.next();
    consume(d.handWritten.decide(c, c.disputedItems().get(0)), bh);
  }

  private static void consume(PeerDecision decision, Blackhole bh) {
    bh.consume(decision.necessity());
    for (PeerDecision.Criterion criterion : decision.criteria()) {
      bh.consume(criterion.id());
      bh.consume(criterion.status());
    }
  }
}
