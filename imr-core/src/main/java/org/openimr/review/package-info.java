/**
 * The entry point: {@link org.openimr.review.ImrReviewer} decides every disputed item of a case
 * with the guideline evaluators it was given or discovered, in the order of the medical evidence
 * search sequence.
 */
@NullMarked
package org.openimr.review;

import org.jspecify.annotations.NullMarked;
