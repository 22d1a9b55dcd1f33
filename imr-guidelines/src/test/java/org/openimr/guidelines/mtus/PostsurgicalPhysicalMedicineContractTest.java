package org.openimr.guidelines.mtus;

import org.openimr.testkit.EvaluatorContract;

/**
 * The built-in postsurgical physical medicine evaluator keeps the contract the testkit asks of
 * every evaluator, on cases with a surgery of the postsurgical table (or an unlisted one) dated
 * within its period or after it.
 */
class PostsurgicalPhysicalMedicineContractTest implements EvaluatorContract {
  private static final MtusPostsurgicalPhysicalMedicineEvaluator EVALUATOR =
      new MtusPostsurgicalPhysicalMedicineEvaluator();

  @Override
  public EvaluatorContract.Spec contract() {
    return EvaluatorContract.of(EVALUATOR).on(MtusCasePresets.postsurgicalCases());
  }
}
