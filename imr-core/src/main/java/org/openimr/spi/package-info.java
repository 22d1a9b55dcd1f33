/**
 * The service provider interface for guidelines: implement {@link
 * org.openimr.spi.GuidelineEvaluator} to teach the reviewer another guideline, and register it with
 * {@link java.util.ServiceLoader} or {@code ImrReviewer.builder().register(...)}.
 */
@NullMarked
package org.openimr.spi;

import org.jspecify.annotations.NullMarked;
