package org.agricluster.internal;

import java.util.Locale;

/**
 * Text people read: a count with its noun in the right number ({@code 1 planting}, {@code 2 plantings}).
 *
 * <p>Not part of the API.
 */
public final class Words {
  private Words() {}

  /** {@code 1 criterion}, {@code 5 criteria}, {@code 0 criteria}; thousands separated ({@code 1,496 farmers}). */
  public static String count(long n, String one, String many) {
    return String.format(Locale.ROOT, "%,d", n) + " " + (n == 1 ? one : many);
  }

  /** {@code 1 week}, {@code 52 weeks}. */
  public static String count(long n, String one) {
    return count(n, one, one + "s");
  }
}
