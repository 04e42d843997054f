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

  /** The longest text a {@code parse} method reads: {@value} characters. */
  public static final int MAX_TEXT_LENGTH = 1_000;

  /**
   * Text to be parsed, refused at once (before any pattern looks at it) when longer than
   * {@link #MAX_TEXT_LENGTH}; returned stripped of surrounding white space.
   *
   * @param thing what the text is, for the message ("Money text")
   */
  public static String parseable(CharSequence text, String thing) {
    notNull(text, "text");
    if (text.length() > MAX_TEXT_LENGTH) {
      throw refusal(thing, "at most " + MAX_TEXT_LENGTH + " characters", quoted(text));
    }
    return text.toString().strip();
  }

  /**
   * Text quoted for a message, cut short when long: {@code 'KHR 3,000'} or
   * {@code 'xxxxxxxx…' (3,000 characters)}.
   */
  public static String quoted(CharSequence text) {
    if (text.length() <= 60) {
      return "'" + text + "'";
    }
    return "'" + text.subSequence(0, 40) + "…' (" + String.format(java.util.Locale.ROOT, "%,d", text.length()) + " characters)";
  }

  /**
   * A free text (a reason, a summary): not blank; returned as given.
   *
   * @param thing what the text is, for the message ("Summary of a plan")
   */
  public static String text(String text, String thing) {
    notNull(text, "text");
    if (text.isBlank()) {
      throw refusal(thing, "not blank", quoted(text));
    }
    return text;
  }

  /** The longest name of a thing: {@value} characters. */
  public static final int MAX_NAME_LENGTH = 200;

  /**
   * A name (of a candidate, a scale, a scorer, a criterion): not blank, a single line of at most
   * {@link #MAX_NAME_LENGTH} characters; returned stripped of surrounding white space.
   *
   * @param thing what is named, for the message ("Name of a candidate")
   */
  public static String name(String name, String thing) {
    notNull(name, "name");
    String stripped = name.strip();
    if (stripped.isEmpty() || stripped.length() > MAX_NAME_LENGTH) {
      throw refusal(thing, "not blank and at most " + MAX_NAME_LENGTH + " characters", quoted(name));
    }
    return singleLine(stripped, thing);
  }

  /**
   * A single-line text, without line breaks of any kind (LF, CR, NEL, U+2028, U+2029) or other
   * control characters, so that a text form that embeds it reads back.
   *
   * @param thing what the text is, for the message ("Source of rate USD→KHR")
   */
  public static String singleLine(String text, String thing) {
    notNull(text, "text");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        throw refusal(thing, "a single line without control characters", quoted(text.replace("\n", "\\n")));
      }
    }
    return text;
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
