/**
 * The built-in evaluators for California's Medical Treatment Utilization Schedule (MTUS, 8 CCR §
 * 9792.20 ff.) and the guideline content they read.
 *
 * <p>Every number an evaluator uses is data: a {@link org.openimr.guidelines.mtus.GuidelineFigure}
 * with its section, edition, effective dates and {@link org.openimr.guidelines.mtus.Provenance}.
 * Acupuncture content comes from {@linkplain org.openimr.guidelines.mtus.ContentPack content packs}
 * ({@link org.openimr.guidelines.mtus.ContentPacks}: the bundled pack, packs on the class path, or
 * packs given to {@link org.openimr.guidelines.mtus.MtusEvaluators}); physical medicine content
 * still from this package's JSON tables. {@link org.openimr.guidelines.mtus.MtusContent} lists the
 * bundled content for inspection. A new edition is a new pack.
 */
@NullMarked
package org.openimr.guidelines.mtus;

import org.jspecify.annotations.NullMarked;
