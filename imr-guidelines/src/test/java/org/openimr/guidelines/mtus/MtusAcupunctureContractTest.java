package org.openimr.guidelines.mtus;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import org.openimr.model.Modality;
import org.openimr.testkit.DocumentedImprovement;
import org.openimr.testkit.EvaluatorContract;
import org.openimr.testkit.ImrArbitraries;

/**
 * The built-in acupuncture evaluator keeps the contract the testkit asks of every evaluator, on
 * acupuncture and electroacupuncture requests within its editions, first trials and extensions,
 * with every level of documented improvement and every pain medication status.
 */
class MtusAcupunctureContractTest implements EvaluatorContract {
  private static final MtusAcupunctureEvaluator EVALUATOR = new MtusAcupunctureEvaluator();

  /** The request dates the encoded acupuncture editions (2007 and 2009) govern. */
  private static final LocalDate FIRST_REQUEST = LocalDate.of(2007, 6, 15);

  private static final LocalDate LAST_REQUEST = LocalDate.of(2017, 11, 30);

  @Override
  public EvaluatorContract.Spec contract() {
    return EvaluatorContract.of(EVALUATOR)
        .on(
            Arbitraries.oneOf(
                ImrArbitraries.cases()
                    .modality(Modality.ACUPUNCTURE)
                    .requestedBetween(FIRST_REQUEST, LAST_REQUEST),
                ImrArbitraries.cases()
                    .modality(Modality.ELECTROACUPUNCTURE)
                    .withPriorTreatment()
                    .requestedBetween(FIRST_REQUEST, LAST_REQUEST),
                ImrArbitraries.cases()
                    .modality(Modality.ACUPUNCTURE)
                    .withPriorTreatment()
                    .improvement(DocumentedImprovement.COMPLETE)
                    .sessionsAround(3, 6)
                    .requestedBetween(FIRST_REQUEST, LAST_REQUEST)));
  }
}
