/**
 * The built-in evaluators for California's Medical Treatment Utilization Schedule (MTUS, 8 CCR §
 * 9792.20 ff.) and the guideline content they read.
 *
 * <p>Every number an evaluator uses is data: a {@link org.openimr.guidelines.mtus.GuidelineFigure}
 * loaded once from this package's JSON resources, with its section, edition, effective dates and
 * {@link org.openimr.guidelines.mtus.Provenance}. {@link org.openimr.guidelines.mtus.MtusContent}
 * lists all of it for inspection. A new edition is a data change.
 */
@NullMarked
package org.openimr.guidelines.mtus;

import org.jspecify.annotations.NullMarked;
