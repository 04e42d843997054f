package org.agricluster.economics;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.agricluster.internal.Check;
import org.agricluster.internal.Decimals;
import org.agricluster.measure.CurrencyUnit;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;
import org.immutables.value.Value;

/**
 * One flow of produce along the chain — farmer, collector or trader, retailer — with each actor's
 * simplified margin and share of the final price, from one data set (CHAIN §5.1: "product volumes,
 * flows and simplified gross margin for each actor").
 *
 * <pre>
 * sold     = bought × (1 − loss share)
 * margin   = sold × sell price − bought × buy price − bought × own costs per kg
 * share of the final price = (sell price − buy price) ÷ the last actor's sell price
 * </pre>
 *
 * <pre>{@code
 * ChainFlow flow = ChainFlow.of(
 *     ChainFlow.Stage.builder("farmers", "producer").bought(Mass.ofKilograms(500)).sellPrice(farmGate)
 *         .costsPerKg(productionCostPerKg).build(),
 *     ChainFlow.Stage.builder("Mr Panha", "collector").bought(Mass.ofKilograms(500)).buyPrice(farmGate)
 *         .sellPrice(wholesale).costsPerKg(transportAndFees).loss(Share.ofPercent(5)).build());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class ChainFlow {
  ChainFlow() {}

  /**
   * A flow of stages from the farm towards the consumer.
   *
   * @throws IllegalArgumentException if there is no stage or the stages' prices are in more than one
   *     currency
   */
  public static ChainFlow of(Stage... stages) {
    return of(List.of(notNull(stages, "stages")));
  }

  /** A flow of stages from the farm towards the consumer; see {@link #of(Stage...)}. */
  public static ChainFlow of(Iterable<Stage> stages) {
    return ImmutableChainFlow.builder().stages(stages).build();
  }

  /** The stages, from the farm towards the consumer. */
  public abstract ImmutableList<Stage> stages();

  @Value.Check
  void check() {
    if (stages().isEmpty()) {
      throw Check.refusal("Stages of a chain flow", "at least one", "none");
    }
    CurrencyUnit currency = stages().get(0).sellPrice().currency();
    for (Stage stage : stages()) {
      if (!stage.sellPrice().currency().equals(currency)) {
        throw Check.refusal("Prices of stage '" + stage.actor() + "'", "in " + currency + " like the first stage's",
            stage.sellPrice());
      }
    }
  }

  /** The last actor's sell price: what the consumer pays. */
  public PricePerMass finalPrice() {
    return stages().get(stages().size() - 1).sellPrice();
  }

  /** A stage's value added per kg, {@code sell − buy}, as a percentage of the final price; empty if that price is zero. */
  public Optional<BigDecimal> shareOfFinalPrice(Stage stage) {
    notNull(stage, "stage");
    Money fin = finalPrice().amountPerKilogram();
    if (fin.isZero()) {
      return Optional.empty();
    }
    return Optional.of(Decimals.normalize(stage.sellPrice().minus(stage.buyPrice()).amountPerKilogram().ratioTo(fin)
        .movePointRight(2)));
  }

  @Override
  public String toString() {
    return "ChainFlow{" + stages() + "}";
  }

  /**
   * One actor's part of the flow: what it bought and at which price, what it sold it for, its own
   * costs per kg and the share lost before sale. Buy price and own costs default to zero, the loss to
   * none.
   *
   * <p>This class is immutable and thread-safe.
   */
  public abstract static class Stage {
    Stage() {}

    /** A builder for an actor's stage; {@code bought} and {@code sellPrice} are required. */
    public static Builder builder(String actor, String role) {
      return new Builder().actor(actor).role(role);
    }

    /** The actor ("Mr Panha"). */
    public abstract String actor();

    /** The actor's role ("collector"). */
    public abstract String role();

    /** The quantity bought (for a farmer: produced). */
    public abstract Mass bought();

    /** The price received per kg. */
    public abstract PricePerMass sellPrice();

    /** The price paid per kg; zero unless given (a farmer's costs are in {@link #costsPerKg()}). */
    @Value.Default
    public PricePerMass buyPrice() {
      return PricePerMass.perKilogram(Money.zero(sellPrice().currency()));
    }

    /** The actor's own variable costs per kg handled (transport, fees, packaging; a farmer's production costs); zero unless given. */
    @Value.Default
    public PricePerMass costsPerKg() {
      return PricePerMass.perKilogram(Money.zero(sellPrice().currency()));
    }

    /** The share of what was bought that is lost before sale; none unless given. */
    @Value.Default
    public Share loss() {
      return Share.ZERO;
    }

    /**
     * Validates the stage however it is made.
     *
     * @throws IllegalArgumentException if the actor or role is blank, or a price is negative or in
     *     another currency than the sell price
     */
    @Value.Check
    void check() {
      if (actor().isBlank() || role().isBlank()) {
        throw Check.refusal("Actor and role of a chain stage", "not blank", "'" + actor() + "', '" + role() + "'");
      }
      CurrencyUnit currency = sellPrice().currency();
      for (PricePerMass p : List.of(buyPrice(), sellPrice(), costsPerKg())) {
        if (!p.currency().equals(currency)) {
          throw Check.refusal("Prices of stage '" + actor() + "'", "in " + currency, p);
        }
        if (p.amountPerKilogram().isNegative()) {
          throw Check.refusal("Prices of stage '" + actor() + "'", ">= 0", p);
        }
      }
    }

    /** {@code bought × (1 − loss)}. */
    public Mass sold() {
      return Mass.ofKilograms(loss().complement().applyTo(bought().toKilograms()));
    }

    /** {@code sold × sell price}. */
    public Money revenue() {
      return sellPrice().multipliedBy(sold());
    }

    /** {@code bought × buy price + bought × own costs per kg}. */
    public Money costs() {
      return buyPrice().multipliedBy(bought()).plus(costsPerKg().multipliedBy(bought()));
    }

    /** The simplified margin, {@code revenue − costs}; may be negative. */
    public Money margin() {
      return revenue().minus(costs());
    }

    /** The margin per kg sold; empty when nothing is sold. */
    public Optional<PricePerMass> marginPerKilogram() {
      return sold().isZero() ? Optional.empty() : Optional.of(margin().dividedBy(sold()));
    }

    /** {@code Mr Panha (collector): 500 kg at KHR 1,500/kg → KHR 2,000/kg, margin KHR 150,000}. */
    @Override
    public String toString() {
      return actor() + " (" + role() + "): " + bought() + " at " + buyPrice() + " → " + sellPrice() + ", margin " + margin();
    }

    /** Builds a {@link Stage}. */
    public static final class Builder extends ImmutableStage.Builder {
      Builder() {}
    }
  }
}
