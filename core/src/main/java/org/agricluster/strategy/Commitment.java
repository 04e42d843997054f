package org.agricluster.strategy;

import java.util.Optional;
import java.util.stream.Stream;
import org.agricluster.actor.Actor;
import org.agricluster.internal.Check;
import org.immutables.value.Value;

/**
 * One line of a collective business strategy (CHAIN §5.3 step 12): who commits to what, how much,
 * where, when, at which price and under which conditions.
 *
 * <pre>{@code
 * Commitment.of(pdaff, "monthly field days on staggered planting");
 * Commitment.builder(panha, "collect all leafy vegetables daily").howMuch("about 500 kg a day")
 *     .where("farm gate, Kaphon").price("market price + 500 riel/kg").build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class Commitment {
  Commitment() {}

  /** A commitment with only who and what. */
  public static Commitment of(Actor who, String what) {
    return builder(who, what).build();
  }

  /** A builder for who commits to what; the other parts are optional. */
  public static Builder builder(Actor who, String what) {
    return new Builder().who(who).what(what);
  }

  /** The actor committing. */
  public abstract Actor who();

  /** What is committed ("grow choy sum on a staggered schedule"). */
  public abstract String what();

  /** How much, in words ("1,050 kg a week"). */
  public abstract Optional<String> howMuch();

  /** Where. */
  public abstract Optional<String> where();

  /** When. */
  public abstract Optional<String> when();

  /** At which price. */
  public abstract Optional<String> price();

  /** Under which conditions. */
  public abstract Optional<String> conditions();

  @Value.Check
  void check() {
    if (what().isBlank()) {
      throw Check.refusal("What " + who().name() + " commits to", "not blank", Check.quoted(what()));
    }
    Stream.of(howMuch(), where(), when(), price(), conditions()).flatMap(Optional::stream).filter(String::isBlank)
        .findFirst().ifPresent(blank -> {
          throw Check.refusal("Parts of " + who().name() + "'s commitment", "absent or not blank", Check.quoted(blank));
        });
  }

  /** {@code Mr Panha: collect leafy vegetables daily; about 500 kg a day; farm gate, Kaphon}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(who().name()).append(": ").append(what());
    Stream.of(howMuch(), where(), when(), price(), conditions()).flatMap(Optional::stream).forEach(p -> b.append("; ").append(p));
    return b.toString();
  }

  /** Builds a {@link Commitment}. */
  public static final class Builder extends ImmutableCommitment.Builder {
    Builder() {}
  }
}
