package org.agricluster.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied in every package's {@code package-info.java}.
 *
 * <p>Generated implementation classes are package-private and hidden behind the abstract type's own
 * factories ({@code of}, {@code builder()}); accessors are plain ({@code name()}, not
 * {@code getName()}); validation sits in one {@code @Value.Check} per type.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = true, prehash = false),
    allParameters = false,
    strictBuilder = false,
    depluralize = true,
    // no @Generated, @CanIgnoreReturnValue or @Nullable from the class path: the module reads none of them
    allowedClasspathAnnotations = {Override.class})
public @interface AgriStyle {}
