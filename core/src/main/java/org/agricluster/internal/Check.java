package org.agricluster.internal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The one place where refusal messages are built, so that they cannot drift: every message names
 * the thing, what was allowed and the value, in the form
 * {@code "<thing> must be <allowed> but was <value>"}.
 *
 * <p>Messages are built only when a check fails: call sites write
 * {@code if (bad) throw Check.refusal(...)}, so that a valid value costs no string building.
 *
 * <p>Not part of the API.
 */
public final class Check {
  private Check() {}

  /** Refuses {@code null} with a {@link NullPointerException} that names the parameter. */
  public static <T> T notNull(T value, String name) {
    return Objects.requireNonNull(value, name);
  }

  /** The standard refusal: {@code "<thing> must be <allowed> but was <value>"}. */
  public static IllegalArgumentException refusal(String thing, String allowed, Object value) {
    return new IllegalArgumentException(message(thing, allowed, value));
  }

  /** The standard refusal text, for exception types other than {@code IllegalArgumentException}. */
  public static String message(String thing, String allowed, Object value) {
    return thing + " must be " + allowed + " but was " + value;
  }

  /** Throws {@link IllegalArgumentException} with the given message unless {@code condition} holds. */
  public static void condition(boolean condition, String messageTemplate, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, messageTemplate, args));
    }
  }

  /**
   * Turns a {@code double} into its exact decimal text value ({@link BigDecimal#valueOf(double)}),
   * refusing NaN and infinities.
   */
  public static BigDecimal finite(double value, String thing) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw refusal(thing, "a finite number", value);
    }
    return BigDecimal.valueOf(value);
  }
}
