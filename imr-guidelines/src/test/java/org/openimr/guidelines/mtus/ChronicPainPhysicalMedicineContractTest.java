package org.openimr.guidelines.mtus;

import org.openimr.testkit.EvaluatorContract;

/**
 * The built-in chronic pain physical medicine evaluator keeps the contract the testkit asks of
 * every evaluator, on cases that reach its branches: diagnoses in and outside the groups, every
 * modality it covers, prior courses, pain medication statuses, the Labor Code visit caps.
 */
class ChronicPainPhysicalMedicineContractTest implements EvaluatorContract {
  private static final MtusChronicPainPhysicalMedicineEvaluator EVALUATOR =
      new MtusChronicPainPhysicalMedicineEvaluator();

  @Override
  public EvaluatorContract.Spec contract() {
    return EvaluatorContract.of(EVALUATOR).on(MtusCasePresets.chronicPainCases());
  }
}
