package org.agricluster.strategy;

import org.agricluster.internal.Check;

/**
 * The ages that count as young, inclusive: 15–35 by default (the African Youth Charter's bracket,
 * which programmes such as Benin's PADAAM target); set another where a programme defines youth
 * differently.
 *
 * @param min the youngest age that counts, 0..120
 * @param max the oldest, min..120
 */
public record YouthBracket(int min, int max) {
  /** 15 to 35 years. */
  public static final YouthBracket DEFAULT = new YouthBracket(15, 35);

  /** Validates the bracket. */
  public YouthBracket {
    if (min < 0 || max > 120 || min > max) {
      throw Check.refusal("Youth bracket", "0 <= min <= max <= 120", min + "–" + max);
    }
  }

  /** Whether an age is in the bracket. */
  public boolean contains(int age) {
    return age >= min && age <= max;
  }

  /** {@code 15–35 years}. */
  @Override
  public String toString() {
    return min + "–" + max + " years";
  }
}
