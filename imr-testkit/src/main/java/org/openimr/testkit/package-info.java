/**
 * For people who write guideline evaluators: jqwik generators of valid domain values ({@link
 * org.openimr.testkit.ImrArbitraries}) and shared fixtures ({@link org.openimr.testkit.Fixtures}).
 */
@NullMarked
package org.openimr.testkit;

import org.jspecify.annotations.NullMarked;
