package org.openimr.peers;

import org.openimr.guidelines.mtus.MtusAcupunctureEvaluator;

/**
 * The evaluator's criterion ids, which the hand-written peer reports so that its decisions compare
 * with the reviewer's (the DRL writes them as literals; the agreement test checks both).
 */
final class CriterionIds {
  static final String SCOPE = MtusAcupunctureEvaluator.ID + ".scope";
  static final String INDICATION = MtusAcupunctureEvaluator.ID + ".indication";
  static final String ELECTROACUPUNCTURE_INDICATION =
      MtusAcupunctureEvaluator.ID + ".electroacupuncture-indication";
  static final String INITIAL_TRIAL = MtusAcupunctureEvaluator.ID + ".initial-trial";
  static final String FREQUENCY = MtusAcupunctureEvaluator.ID + ".frequency";
  static final String DURATION = MtusAcupunctureEvaluator.ID + ".duration";
  static final String SESSIONS_DOCUMENTED = MtusAcupunctureEvaluator.ID + ".sessions-documented";
  static final String EXTENSION = MtusAcupunctureEvaluator.ID + ".extension";
  static final String FUNCTIONAL_IMPROVEMENT =
      MtusAcupunctureEvaluator.ID + ".functional-improvement";

  private CriterionIds() {}
}
