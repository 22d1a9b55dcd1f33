/**
 * For people who write guideline evaluators: jqwik generators of valid domain values ({@link
 * org.openimr.testkit.ImrArbitraries}) and shared fixtures.
 */
@NullMarked
package org.openimr.testkit;

import org.jspecify.annotations.NullMarked;
