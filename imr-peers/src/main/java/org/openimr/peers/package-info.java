/**
 * Peers of the MTUS acupuncture evaluator, for a published comparison (not a published artifact):
 * the same rules in Drools DRL ({@link org.openimr.peers.DroolsAcupuncture}) and hand-written in
 * plain Java ({@link org.openimr.peers.HandWrittenAcupuncture}), both reading their figures from
 * the bundled content pack ({@link org.openimr.peers.AcupunctureLimits}), and the JMH benchmarks
 * that run them beside {@link org.openimr.review.ImrReviewer}. See {@code
 * docs/performance-peers.md}.
 */
@NullMarked
package org.openimr.peers;

import org.jspecify.annotations.NullMarked;
