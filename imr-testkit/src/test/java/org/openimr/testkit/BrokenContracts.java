package org.openimr.testkit;

import net.jqwik.api.Arbitrary;
import org.openimr.model.Case;
import org.openimr.model.Modality;

/**
 * The contract run against the evaluators of {@link BrokenEvaluators}, and against {@link
 * TrialRule} with no optional property declared. Not run by the build directly (no class name ends
 * in "Test"): {@link EvaluatorContractTest} runs them on the JUnit Platform and checks what fails.
 */
final class BrokenContracts {
  static final Arbitrary<Case> ACUPUNCTURE = ImrArbitraries.cases().modality(Modality.ACUPUNCTURE);

  private BrokenContracts() {}

  static final class Nondeterministic implements EvaluatorContract {
    @Override
    public Spec contract() {
      return EvaluatorContract.of(new BrokenEvaluators.Nondeterministic()).on(ACUPUNCTURE);
    }
  }

  static final class WithoutCitations implements EvaluatorContract {
    @Override
    public Spec contract() {
      return EvaluatorContract.of(new BrokenEvaluators.WithoutCitations()).on(ACUPUNCTURE);
    }
  }

  static final class ApprovesDespiteUnmetCriteria implements EvaluatorContract {
    @Override
    public Spec contract() {
      return EvaluatorContract.of(new BrokenEvaluators.ApprovesDespiteUnmetCriteria())
          .on(ACUPUNCTURE);
    }
  }

  static final class UnexplainedDenial implements EvaluatorContract {
    @Override
    public Spec contract() {
      return EvaluatorContract.of(new BrokenEvaluators.UnexplainedDenial()).on(ACUPUNCTURE);
    }
  }

  static final class EvenSessionsOnly implements EvaluatorContract {
    @Override
    public Spec contract() {
      return EvaluatorContract.of(new BrokenEvaluators.EvenSessionsOnly())
          .on(ACUPUNCTURE)
          .monotoneInRequestedSessions();
    }
  }

  static final class ImprovementHurts implements EvaluatorContract {
    @Override
    public Spec contract() {
      return EvaluatorContract.of(new BrokenEvaluators.ImprovementHurts())
          .on(ACUPUNCTURE)
          .monotoneInDocumentedImprovement();
    }
  }

  /** The well-behaved rule approves up to 12 sessions; declaring a bound of 6 is wrong. */
  static final class BoundTooLow implements EvaluatorContract {
    @Override
    public Spec contract() {
      return EvaluatorContract.of(new TrialRule()).on(ACUPUNCTURE).atMostSessions(6);
    }
  }

  static final class ThrowsWithoutRegion implements EvaluatorContract {
    @Override
    public Spec contract() {
      return EvaluatorContract.of(new BrokenEvaluators.ThrowsWithoutRegion()).on(ACUPUNCTURE);
    }
  }

  static final class SharedScratchList implements EvaluatorContract {
    private final BrokenEvaluators.SharedScratchList evaluator =
        new BrokenEvaluators.SharedScratchList();

    @Override
    public Spec contract() {
      return EvaluatorContract.of(evaluator).on(ACUPUNCTURE);
    }
  }

  static final class NamesThePatient implements EvaluatorContract {
    @Override
    public Spec contract() {
      return EvaluatorContract.of(new BrokenEvaluators.NamesThePatient()).on(ACUPUNCTURE);
    }
  }

  static final class ItemIdInCriterionIds implements EvaluatorContract {
    @Override
    public Spec contract() {
      return EvaluatorContract.of(new BrokenEvaluators.ItemIdInCriterionIds()).on(ACUPUNCTURE);
    }
  }

  static final class UnnamespacedCriterionIds implements EvaluatorContract {
    @Override
    public Spec contract() {
      return EvaluatorContract.of(new BrokenEvaluators.UnnamespacedCriterionIds()).on(ACUPUNCTURE);
    }
  }

  static final class CitesAnUnrelatedEdition implements EvaluatorContract {
    @Override
    public Spec contract() {
      return EvaluatorContract.of(new BrokenEvaluators.CitesAnUnrelatedEdition()).on(ACUPUNCTURE);
    }
  }

  /** Criteria named after a statute, and decisions the statute alone decides: kept. */
  static final class StatutoryCap implements EvaluatorContract {
    @Override
    public Spec contract() {
      return EvaluatorContract.of(new StatutoryCapRule()).on(ACUPUNCTURE);
    }
  }

  static final class AlwaysTheFirstItem implements EvaluatorContract {
    @Override
    public Spec contract() {
      return EvaluatorContract.of(new BrokenEvaluators.AlwaysTheFirstItem()).on(ACUPUNCTURE);
    }
  }

  /** Cases the rule never applies to: the contract must say it checked nothing. */
  static final class NothingApplies implements EvaluatorContract {
    @Override
    public Spec contract() {
      return EvaluatorContract.of(new TrialRule())
          .on(ImrArbitraries.cases().modality(Modality.MASSAGE));
    }
  }

  /** A well-behaved rule with no optional property declared: those are skipped. */
  static final class NothingDeclared implements EvaluatorContract {
    @Override
    public Spec contract() {
      return EvaluatorContract.of(new TrialRule()).on(ACUPUNCTURE);
    }
  }
}
