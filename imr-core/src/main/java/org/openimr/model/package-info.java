/**
 * The IMR domain model: a {@link org.openimr.model.Case} with its {@link
 * org.openimr.model.Patient}, the {@link org.openimr.model.DisputedItem}s a utilization review
 * denied, and for each item a {@link org.openimr.model.Decision} with its {@link
 * org.openimr.model.CriterionResult}s and {@link org.openimr.model.GuidelineCitation}s.
 *
 * <p>Every type here is an immutable value built through a static {@code builder()} or {@code
 * of(...)} factory. Absent values are {@link java.util.Optional} or empty collections, never null.
 * Values check only what makes them meaningless on their own; whole-case rules (dates in order,
 * sessions completed within sessions authorized) are reported together by {@link
 * org.openimr.model.Case#violations()} so a caller sees every problem at once.
 */
@NullMarked
package org.openimr.model;

import org.jspecify.annotations.NullMarked;
