/**
 * The service provider interface for guidelines: implement {@link
 * org.openimr.spi.GuidelineEvaluator} to teach the reviewer another guideline, and register it with
 * {@link java.util.ServiceLoader} or {@code ImrReviewer.builder().register(...)}.
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false))
package org.openimr.spi;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
