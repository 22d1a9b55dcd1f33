package org.openimr.model;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A {@link Decision} was built that breaks one of its invariants, e.g. a NECESSARY decision with a
 * NOT_MET criterion. Names the invariant, never a value of the decision, so it carries no patient
 * data. The reviewer turns it, thrown by an evaluator, into a NOT_EVALUABLE decision naming the
 * evaluator and {@link #invariant()}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DecisionInvariantException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String invariant;

  DecisionInvariantException(String invariant) {
    super("Decision breaks an invariant: " + invariant);
    this.invariant = invariant;
  }

  /**
   * The invariant broken, as a sentence that holds of every valid decision, e.g. {@code "a
   * NECESSARY decision has no NOT_MET or NOT_DOCUMENTED criterion"}.
   */
  public String invariant() {
    return invariant;
  }
}
