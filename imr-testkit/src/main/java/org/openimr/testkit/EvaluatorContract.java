package org.openimr.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.apiguardian.api.API;
import org.openimr.model.Case;
import org.openimr.model.FunctionalImprovementEvidence;
import org.openimr.spi.GuidelineEvaluator;

/**
 * The contract every {@link GuidelineEvaluator} must keep, as jqwik properties over generated
 * cases. A test class implements this interface and says, in one fluent statement, which evaluator
 * to check, against which cases, and which optional properties its guideline has:
 *
 * <pre>{@code
 * class PayerChiropracticVisitsTest implements EvaluatorContract {
 *   @Override
 *   public EvaluatorContract.Spec contract() {
 *     return EvaluatorContract.of(new PayerChiropracticVisits())
 *         .on(ImrArbitraries.cases().modality(CHIROPRACTIC_MANIPULATION).region(LUMBAR_SPINE))
 *         .monotoneInRequestedSessions()
 *         .monotoneInDocumentedImprovement()
 *         .atMostSessions(18);
 *   }
 * }
 * }</pre>
 *
 * <p>Every evaluator is checked for being deterministic, never throwing on a valid case, thread
 * safe, agreeing between {@code applicability} and {@code evaluate}, citing every decision and
 * every criterion that is not met, keeping its criterion ids stable, and neither deciding by nor
 * repeating patient identifiers. The optional properties (monotone in requested sessions, monotone
 * in documented improvement, an upper bound on sessions) run only when declared and are reported as
 * skipped otherwise, in the manner of feature-declared contract suites.
 *
 * <p>A failure names the property and the evaluator, says what went wrong in words that never
 * repeat case values, and jqwik shows the case shrunk to a small one that still fails. An optional
 * property that no generated case exercises fails too, instead of passing vacuously: give {@link
 * Spec#on} cases that reach the decisions the property is about.
 *
 * <p>{@link #contract()} is called for every try: return an evaluator that is cheap to get, or keep
 * one in a field.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface EvaluatorContract {

  /** What to check: build it with {@link #of(GuidelineEvaluator)}. */
  Spec contract();

  /**
   * Starts the contract of an evaluator, checked against {@link ImrArbitraries#cases()} until
   * {@link Spec#on} narrows them.
   */
  static Spec of(GuidelineEvaluator evaluator) {
    Objects.requireNonNull(evaluator, "evaluator");
    return new Spec(evaluator, ImrArbitraries.cases(), EnumSet.noneOf(ContractProperty.class), 0);
  }

  /** The cases of {@link #contract()}; named so as not to clash with a test's own providers. */
  @Provide
  default Arbitrary<Case> evaluatorContractCases() {
    return contract().cases();
  }

  /** Functional-improvement evidence a property adds to a case. */
  @Provide
  default Arbitrary<List<FunctionalImprovementEvidence>> evaluatorContractEvidence() {
    return CaseEdits.addedEvidence();
  }

  /**
   * The same case and item give equal applicability and equal decisions, however often and in
   * whatever order they are asked, and for an equal copy of the case.
   */
  @Property
  default void isDeterministic(@ForAll("evaluatorContractCases") Case c) {
    ContractChecks.deterministic(contract(), c);
  }

  /**
   * Neither {@code applicability} nor {@code evaluate} throws or returns null on a valid case; the
   * evaluator has an id, a version and at least one edition. Fails also when no generated case had
   * an item the evaluator decided: then nothing else was checked either.
   */
  @Property
  default void neverThrowsOnAValidCase(@ForAll("evaluatorContractCases") Case c) {
    ContractChecks.neverThrows(contract(), c);
  }

  /** Concurrent calls on one instance give the same results as calls one after another. */
  @Property(tries = 100)
  default void isThreadSafe(@ForAll("evaluatorContractCases") Case c) {
    ContractChecks.threadSafe(contract(), c);
  }

  /**
   * When {@code applicability} says the guideline applies and an edition is in force, {@code
   * evaluate} decides that very item, as this evaluator and version, and the reviewer comes to the
   * same decision; when it does not apply, the reviewer decides nothing. At most one edition is in
   * force on any request date.
   */
  @Property
  default void applicabilityAndEvaluationAgree(@ForAll("evaluatorContractCases") Case c) {
    ContractChecks.applicabilityAgrees(contract(), c);
  }

  /**
   * A decision that decides (necessary or not) lists the criteria it checked and cites at least one
   * section of the edition it was asked to apply, or the statute or regulation that decided it (the
   * citation of one of its NOT_MET or NOT_DOCUMENTED criteria, e.g. a Labor Code visit cap); every
   * citation names a section and a title.
   */
  @Property
  default void everyDecisionCites(@ForAll("evaluatorContractCases") Case c) {
    ContractChecks.decisionsCite(contract(), c);
  }

  /**
   * Every criterion that is not MET cites a section; every NOT_MET or NOT_DOCUMENTED criterion is
   * named in the rationale (by its id, its description or its section); a NOT_NECESSARY decision
   * has at least one such criterion. (A NECESSARY decision has none: {@link
   * org.openimr.model.Decision} refuses to be built otherwise, and an evaluator that builds a
   * decision breaking such a {@linkplain org.openimr.model.DecisionInvariantException decision
   * invariant} fails every property, naming the invariant.)
   */
  @Property
  default void everyNonMetCriterionCites(@ForAll("evaluatorContractCases") Case c) {
    ContractChecks.nonMetCriteriaCite(contract(), c);
  }

  /**
   * Criterion ids are {@linkplain GuidelineEvaluator#isNamespacedId namespaced} (dot-separated
   * lower-case segments such as {@code mtus.acupuncture.extension} or {@code
   * labor-code.4604.5.visit-cap}; they need not start with the evaluator's id), are unique within a
   * decision, and do not change when only the case number and item ids change.
   */
  @Property
  default void criterionIdsAreStable(@ForAll("evaluatorContractCases") Case c) {
    ContractChecks.stableCriterionIds(contract(), c);
  }

  /**
   * The patient's name, date of birth and claim number neither change a decision nor appear in one:
   * not in reasons, rationales, criterion descriptions or evidence.
   */
  @Property
  default void patientIdentifiersNeitherDecideNorAppear(@ForAll("evaluatorContractCases") Case c) {
    ContractChecks.identifiersUnused(contract(), c);
  }

  /**
   * Optional ({@link Spec#monotoneInRequestedSessions()}): asking for more sessions never turns a
   * NOT_NECESSARY decision into a NECESSARY one. NOT_EVALUABLE decisions are not compared.
   */
  @Property
  @OptionalProperty(ContractProperty.MONOTONE_IN_REQUESTED_SESSIONS)
  @AddLifecycleHook(SkipUndeclaredProperties.class)
  default void isMonotoneInRequestedSessions(
      @ForAll("evaluatorContractCases") Case c, @ForAll @IntRange(min = 1, max = 24) int more) {
    ContractChecks.monotoneInRequestedSessions(contract(), c, more);
  }

  /**
   * Optional ({@link Spec#monotoneInDocumentedImprovement()}): adding functional-improvement
   * evidence never turns a NECESSARY decision into a NOT_NECESSARY one.
   */
  @Property
  @OptionalProperty(ContractProperty.MONOTONE_IN_DOCUMENTED_IMPROVEMENT)
  @AddLifecycleHook(SkipUndeclaredProperties.class)
  default void isMonotoneInDocumentedImprovement(
      @ForAll("evaluatorContractCases") Case c,
      @ForAll("evaluatorContractEvidence") List<FunctionalImprovementEvidence> added) {
    ContractChecks.monotoneInDocumentedImprovement(contract(), c, added);
  }

  /**
   * Optional ({@link Spec#atMostSessions(int)}): no request for more sessions than the bound is
   * NECESSARY, neither as generated nor pushed just past the bound.
   */
  @Property
  @OptionalProperty(ContractProperty.UPPER_BOUND_ON_SESSIONS)
  @AddLifecycleHook(SkipUndeclaredProperties.class)
  default void neverApprovesMoreSessionsThanTheBound(
      @ForAll("evaluatorContractCases") Case c, @ForAll @IntRange(min = 1, max = 24) int over) {
    ContractChecks.upperBound(contract(), c, over);
  }

  /**
   * Which evaluator the contract checks, against which cases, and which optional properties its
   * guideline has. Immutable: every method returns a new spec.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  final class Spec {
    private final GuidelineEvaluator evaluator;
    private final Arbitrary<Case> cases;
    private final Set<ContractProperty> declared;
    private final int maxSessions;

    Spec(
        GuidelineEvaluator evaluator,
        Arbitrary<Case> cases,
        Set<ContractProperty> declared,
        int maxSessions) {
      this.evaluator = evaluator;
      this.cases = cases;
      this.declared = Set.copyOf(declared);
      this.maxSessions = maxSessions;
    }

    /**
     * Checks against these cases, e.g. {@code ImrArbitraries.cases().modality(ACUPUNCTURE)}. They
     * must be valid; cases the evaluator does not apply to are still checked for agreement with the
     * reviewer.
     */
    public Spec on(Arbitrary<Case> cases) {
      Objects.requireNonNull(cases, "cases");
      return new Spec(evaluator, cases, declared, maxSessions);
    }

    /** Declares that asking for more sessions never makes a request necessary. */
    public Spec monotoneInRequestedSessions() {
      return declaring(ContractProperty.MONOTONE_IN_REQUESTED_SESSIONS, maxSessions);
    }

    /** Declares that more documented functional improvement never makes a request unnecessary. */
    public Spec monotoneInDocumentedImprovement() {
      return declaring(ContractProperty.MONOTONE_IN_DOCUMENTED_IMPROVEMENT, maxSessions);
    }

    /**
     * Declares that no request for more than {@code sessions} sessions is necessary.
     *
     * @throws IllegalArgumentException if {@code sessions} is negative
     */
    public Spec atMostSessions(int sessions) {
      if (sessions < 0) {
        throw new IllegalArgumentException("atMostSessions must not be negative");
      }
      return declaring(ContractProperty.UPPER_BOUND_ON_SESSIONS, sessions);
    }

    GuidelineEvaluator evaluator() {
      return evaluator;
    }

    Arbitrary<Case> cases() {
      return cases;
    }

    boolean declares(ContractProperty property) {
      return declared.contains(property);
    }

    int maxSessions() {
      return maxSessions;
    }

    private Spec declaring(ContractProperty property, int bound) {
      Set<ContractProperty> more = EnumSet.noneOf(ContractProperty.class);
      more.addAll(declared);
      more.add(property);
      return new Spec(evaluator, cases, more, bound);
    }

    /** The evaluator's class and the declared optional properties. */
    @Override
    public String toString() {
      return "EvaluatorContract.Spec{evaluator="
          + evaluator.getClass().getName()
          + ", declared="
          + declared.stream().map(ContractProperty::label).sorted().toList()
          + (declares(ContractProperty.UPPER_BOUND_ON_SESSIONS)
              ? ", atMostSessions=" + maxSessions
              : "")
          + "}";
    }
  }
}
