package org.agricluster.strategy;

import java.util.List;
import java.util.Optional;
import org.agricluster.actor.Actor;
import org.agricluster.actor.ChainFunction;
import org.agricluster.actor.Role;
import org.agricluster.calendar.IsoWeek;
import org.agricluster.internal.Check;
import org.agricluster.measure.Mass;
import org.immutables.value.Value;

/**
 * What an actor offers at the MSP meeting, and to whom (CHAIN §5.3 step 11): products or services, a
 * quality grade, a volume per week, the weeks of delivery, price and payment terms, conditions, and
 * the one-sentence pitch — "why the customer should choose this" (footnote 3).
 *
 * <pre>{@code
 * ValueProposition panha = ValueProposition.builder()
 *     .proposer(mrPanha).addTargets(kaphonGroup).direction(Direction.MARKETING_TO_PRODUCTION)
 *     .offer("buys leafy vegetables every day at the farm gate").volumePerWeek(Mass.ofKilograms(3500))
 *     .priceTerms(PriceTerms.premiumOverMarket(PricePerMass.perKilogram(Money.of(KHR, 500))))
 *     .pitch("Local produce sells for 500 riel/kg more than imports: I collect it all, daily.")
 *     .build();
 * }</pre>
 *
 * <p>A proposition whose direction contradicts its actors' chain functions is refused: a trader
 * cannot make a production-to-marketing offer, and a farmer's offer cannot target another farmer.
 * This class is immutable and thread-safe.
 */
public abstract class ValueProposition {
  ValueProposition() {}

  /** Who makes the offer. */
  public abstract Actor proposer();

  /** To whom; may be empty for a supporter's open offer. */
  public abstract List<Actor> targets();

  /** Who pitches to whom. */
  public abstract Direction direction();

  /** What is offered: products or services. */
  public abstract String offer();

  /** The crop offered or sought, as the calendars name it ("choy sum"), if it is produce. */
  public abstract Optional<String> crop();

  /** The quality grade, if any. */
  public abstract Optional<String> grade();

  /** The volume offered or sought per week, if stated. */
  public abstract Optional<Mass> volumePerWeek();

  /** The first week of delivery, if stated. */
  public abstract Optional<IsoWeek> firstWeek();

  /** The last week of delivery, if stated. */
  public abstract Optional<IsoWeek> lastWeek();

  /** How the price is set. */
  @Value.Default
  public PriceTerms priceTerms() {
    return PriceTerms.noneStated();
  }

  /** How and when payment is made; may be empty. */
  @Value.Default
  public String paymentTerms() {
    return "";
  }

  /** Conditions attached; may be empty. */
  @Value.Default
  public String conditions() {
    return "";
  }

  /** The one-sentence pitch: why the customer should choose this. */
  public abstract String pitch();

  @Value.Check
  void check() {
    String who = proposer().name();
    if (offer().isBlank() || pitch().isBlank()) {
      throw Check.refusal("Offer and pitch of " + who + "'s proposition", "not blank", "'" + offer() + "', '" + pitch() + "'");
    }
    if (!proposer().functions().contains(direction().from())) {
      throw Check.refusal("Chain function of " + who + ", who makes a " + direction() + " proposition,",
          direction().from().toString(), proposer().functions());
    }
    if (direction() == Direction.INPUT_SUPPLY && !proposer().has(Role.INPUT_SUPPLIER) && !proposer().has(Role.SEED_COMPANY)) {
      throw Check.refusal("Roles of " + who + ", who makes an INPUT_SUPPLY proposition,", "including INPUT_SUPPLIER or SEED_COMPANY",
          proposer().roles());
    }
    Optional<ChainFunction> to = direction().to();
    if (to.isPresent()) {
      if (targets().isEmpty()) {
        throw Check.refusal("Targets of " + who + "'s " + direction() + " proposition", "at least one " + to.get() + " actor",
            "none");
      }
      for (Actor target : targets()) {
        if (!target.functions().contains(to.get())) {
          throw Check.refusal("Target " + target.name() + " of " + who + "'s " + direction() + " proposition",
              "a " + to.get() + " actor", target.functions());
        }
      }
    }
    if (firstWeek().isPresent() && lastWeek().isPresent() && lastWeek().get().isBefore(firstWeek().get())) {
      throw Check.refusal("Last delivery week of " + who + "'s proposition", "not before the first, " + firstWeek().get(),
          lastWeek().get());
    }
  }

  /** A builder: proposer, direction, offer and pitch are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ValueProposition}. */
  public static final class Builder extends ImmutableValueProposition.Builder {
    Builder() {}
  }
}
