/**
 * JMH benchmarks of OpenIMR's hot paths on generated inputs with fixed seeds. Run them with {@code
 * bench/run}; see docs/performance.md.
 */
@NullMarked
package org.openimr.benchmarks;

import org.jspecify.annotations.NullMarked;
