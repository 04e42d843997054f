package org.agricluster.strategy;

import static org.agricluster.internal.Check.notNull;

import org.agricluster.actor.Actor;
import org.agricluster.internal.Check;

/**
 * One line of a collective business strategy (CHAIN §5.3 step 12): who commits to what, how much,
 * where, when, at which price and under which conditions.
 *
 * @param who the actor committing
 * @param what what is committed ("grow choy sum on a staggered schedule")
 * @param howMuch how much, in words ("1,050 kg a week"); may be empty
 * @param where where; may be empty
 * @param when when; may be empty
 * @param price at which price; may be empty
 * @param conditions under which conditions; may be empty
 */
public record Commitment(Actor who, String what, String howMuch, String where, String when, String price,
    String conditions) {

  /** Validates the commitment. */
  public Commitment {
    notNull(who, "who");
    notNull(what, "what");
    notNull(howMuch, "howMuch");
    notNull(where, "where");
    notNull(when, "when");
    notNull(price, "price");
    notNull(conditions, "conditions");
    if (what.isBlank()) {
      throw Check.refusal("What " + who.name() + " commits to", "not blank", "''");
    }
  }

  /** A commitment with only who and what. */
  public static Commitment of(Actor who, String what) {
    return new Commitment(who, what, "", "", "", "", "");
  }

  /** {@code Mr Panha: collect leafy vegetables daily — 500 kg a day, farm gate, …}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(who.name()).append(": ").append(what);
    for (String part : new String[] {howMuch, where, when, price, conditions}) {
      if (!part.isBlank()) {
        b.append("; ").append(part);
      }
    }
    return b.toString();
  }
}
