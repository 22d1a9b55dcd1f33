package org.openimr.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * {@link ValueStyle} with the generated factory named {@code make}, for {@link CriterionResult}:
 * implementations stay package-private behind the public abstract types and their nested builders.
 * Source retention keeps the style, and so Immutables, out of the class files consumers compile
 * against.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = false),
    // The generated factory may not clash with the public of(...) taking sentences.
    of = "make",
    redactedMask = "<redacted>",
    // No @Generated annotations in class files: consumers compile without Immutables.
    allowedClasspathAnnotations = {Override.class})
@interface ResultStyle {}
