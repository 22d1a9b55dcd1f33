package org.openimr.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a property of {@link EvaluatorContract} that runs only when {@link EvaluatorContract.Spec}
 * declares it; {@link SkipUndeclaredProperties} skips it otherwise.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface OptionalProperty {
  ContractProperty value();
}
