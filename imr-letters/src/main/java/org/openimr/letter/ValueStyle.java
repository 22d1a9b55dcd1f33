package org.openimr.letter;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * How Immutables generates this package's value types: implementations and builders stay
 * package-private, since only the parser and the re-review build them. Source retention keeps the
 * style, and so Immutables, out of the class files consumers compile against.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = false),
    redactedMask = "<redacted>",
    // No @Generated annotations in class files: consumers compile without Immutables.
    allowedClasspathAnnotations = {Override.class})
@interface ValueStyle {}
