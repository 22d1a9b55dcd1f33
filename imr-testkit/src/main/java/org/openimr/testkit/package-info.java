/**
 * For people who write guideline evaluators: jqwik generators of valid cases with knobs for every
 * branch a rule has ({@link org.openimr.testkit.ImrArbitraries}, {@link
 * org.openimr.testkit.CaseArbitrary}), generators of cases broken in one field for validation tests
 * ({@link org.openimr.testkit.InvalidCase}), and the contract every evaluator must keep, run as
 * jqwik properties by implementing {@link org.openimr.testkit.EvaluatorContract}.
 */
@NullMarked
package org.openimr.testkit;

import org.jspecify.annotations.NullMarked;
