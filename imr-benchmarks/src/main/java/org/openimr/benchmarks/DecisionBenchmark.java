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
import org.openimr.model.CriterionResult;
import org.openimr.model.Decision;
import org.openimr.model.Determination;
import org.openimr.model.Evidence;
import org.openimr.model.GuidelineCitation;
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
import org.openjdk.jmh.infra.Blackhole;

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

  /**
   * The decision with its full trace consumed, as a batch or pre-check consumer reads it: the
   * necessity, outcome and, for every criterion, its id, status, citation and structured evidence
   * (each item's code and facts). No text is rendered. The cases are reused (256 in a cycle), so
   * each case's validation, computed once per case, is only paid on the first pass: see {@link
   * #acupunctureItemTraceFreshCase} for the cost with it.
   */
  @Benchmark
  public void acupunctureItemTrace(Reviewer r, AcupunctureCases cases, Blackhole bh) {
    Case c = cases.next();
    consumeTrace(r.reviewer.decide(c, c.disputedItems().get(0)), bh);
  }

  /**
   * {@link #acupunctureItemTrace} with the rationale and every evidence sentence rendered and
   * consumed too, as a letter or a human-readable report needs them.
   */
  @Benchmark
  public void acupunctureItemText(Reviewer r, AcupunctureCases cases, Blackhole bh) {
    Case c = cases.next();
    Decision d = r.reviewer.decide(c, c.disputedItems().get(0));
    consumeTrace(d, bh);
    bh.consume(d.rationale());
    for (CriterionResult cr : d.criteria()) {
      bh.consume(cr.description());
      for (String sentence : cr.evidence()) {
        bh.consume(sentence);
      }
    }
  }

  /**
   * {@link #acupunctureItemTrace} on a fresh copy of the case each time, so that nothing cached on
   * a case (its validation) carries over between decisions; {@link #copyCaseOnly} measures the copy
   * alone.
   */
  @Benchmark
  public void acupunctureItemTraceFreshCase(Reviewer r, AcupunctureCases cases, Blackhole bh) {
    Case c = Case.builder().from(cases.next()).build();
    consumeTrace(r.reviewer.decide(c, c.disputedItems().get(0)), bh);
  }

  /** The copy {@link #acupunctureItemTraceFreshCase} makes, alone: its cost to subtract. */
  @Benchmark
  public Case copyCaseOnly(AcupunctureCases cases) {
    return Case.builder().from(cases.next()).build();
  }

  /**
   * Reads every part of the decision's trace except the rendered text. Lists are read by index, as
   * they are random-access: a for-each loop's iterator is the caller's allocation (about 200 bytes
   * a decision here, when the JIT does not remove it), not the decision's.
   */
  static void consumeTrace(Decision d, Blackhole bh) {
    bh.consume(d.necessity());
    bh.consume(d.outcome());
    bh.consume(d.evaluatorId());
    List<CriterionResult> criteria = d.criteria();
    for (int c = 0; c < criteria.size(); c++) {
      CriterionResult cr = criteria.get(c);
      bh.consume(cr.id());
      bh.consume(cr.status());
      bh.consume(cr.citation().section());
      bh.consume(cr.citation().edition());
      List<Evidence> items = cr.evidenceItems();
      for (int e = 0; e < items.size(); e++) {
        Evidence evidence = items.get(e);
        bh.consume(evidence.code());
        for (int i = 0; i < evidence.factNames().size(); i++) {
          bh.consume(evidence.factNames().get(i));
          bh.consume(evidence.fact(i));
        }
      }
    }
    List<GuidelineCitation> citations = d.citations();
    for (int i = 0; i < citations.size(); i++) {
      bh.consume(citations.get(i));
    }
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
