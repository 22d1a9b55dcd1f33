package org.openimr.testkit;

import java.util.Optional;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Skips an {@linkplain OptionalProperty optional property} of {@link EvaluatorContract} that the
 * test's {@link EvaluatorContract#contract()} does not declare, so the report shows it as skipped
 * with the reason rather than as passed.
 */
final class SkipUndeclaredProperties implements SkipExecutionHook {
  SkipUndeclaredProperties() {}

  @Override
  public SkipResult shouldBeSkipped(LifecycleContext context) {
    Optional<OptionalProperty> optional = context.findAnnotation(OptionalProperty.class);
    if (optional.isEmpty()
        || !(context instanceof PropertyLifecycleContext property)
        || !(property.testInstance() instanceof EvaluatorContract test)) {
      return SkipResult.doNotSkip();
    }
    ContractProperty declared = optional.get().value();
    return test.contract().declares(declared)
        ? SkipResult.doNotSkip()
        : SkipResult.skip(
            "optional property '" + declared.label() + "' is not declared by contract()");
  }
}
