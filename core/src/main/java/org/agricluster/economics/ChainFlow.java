package org.agricluster.economics;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.agricluster.internal.Check;
import org.agricluster.internal.Decimals;
import org.agricluster.measure.CurrencyUnit;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;

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
 * ChainFlow flow = ChainFlow.builder()
 *     .stage("farmers", "producer", Mass.ofKilograms(500), zero, farmGate, productionCostPerKg, Share.ZERO)
 *     .stage("Mr Panha", "collector", Mass.ofKilograms(500), farmGate, wholesale, transportAndFees, Share.ofPercent(5))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ChainFlow {
  private final ImmutableList<Stage> stages;

  private ChainFlow(ImmutableList<Stage> stages) {
    this.stages = stages;
  }

  /** A builder; stages are added from the farm towards the consumer. */
  public static Builder builder() {
    return new Builder();
  }

  /** The stages, from the farm towards the consumer. */
  public ImmutableList<Stage> stages() {
    return stages;
  }

  /** The last actor's sell price: what the consumer pays. */
  public PricePerMass finalPrice() {
    return stages.get(stages.size() - 1).sellPrice();
  }

  /** A stage's value added per kg, {@code sell − buy}, as a percentage of the final price; empty if that price is zero. */
  public java.util.Optional<BigDecimal> shareOfFinalPrice(Stage stage) {
    notNull(stage, "stage");
    Money fin = finalPrice().amountPerKilogram();
    if (fin.isZero()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(Decimals.normalize(
        stage.sellPrice().minus(stage.buyPrice()).amountPerKilogram().ratioTo(fin).movePointRight(2)));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ChainFlow && ((ChainFlow) obj).stages.equals(stages);
  }

  @Override
  public int hashCode() {
    return stages.hashCode();
  }

  @Override
  public String toString() {
    return "ChainFlow{" + stages + "}";
  }

  /**
   * One actor's part of the flow.
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Stage {
    private final String actor;
    private final String role;
    private final Mass bought;
    private final PricePerMass buyPrice;
    private final PricePerMass sellPrice;
    private final PricePerMass costsPerKg;
    private final Share loss;

    Stage(String actor, String role, Mass bought, PricePerMass buyPrice, PricePerMass sellPrice, PricePerMass costsPerKg,
        Share loss) {
      this.actor = actor;
      this.role = role;
      this.bought = bought;
      this.buyPrice = buyPrice;
      this.sellPrice = sellPrice;
      this.costsPerKg = costsPerKg;
      this.loss = loss;
    }

    /** The actor ("Mr Panha"). */
    public String actor() {
      return actor;
    }

    /** The actor's role ("collector"). */
    public String role() {
      return role;
    }

    /** The quantity bought (for a farmer: produced). */
    public Mass bought() {
      return bought;
    }

    /** The price paid per kg (zero for a farmer, whose costs are in {@link #costsPerKg()}). */
    public PricePerMass buyPrice() {
      return buyPrice;
    }

    /** The price received per kg. */
    public PricePerMass sellPrice() {
      return sellPrice;
    }

    /** The actor's own variable costs per kg handled (transport, fees, packaging; a farmer's production costs). */
    public PricePerMass costsPerKg() {
      return costsPerKg;
    }

    /** The share of what was bought that is lost before sale. */
    public Share loss() {
      return loss;
    }

    /** {@code bought × (1 − loss)}. */
    public Mass sold() {
      return Mass.ofKilograms(loss.complement().applyTo(bought.toKilograms()));
    }

    /** {@code sold × sell price}. */
    public Money revenue() {
      return sellPrice.multipliedBy(sold());
    }

    /** {@code bought × buy price + bought × own costs per kg}. */
    public Money costs() {
      return buyPrice.multipliedBy(bought).plus(costsPerKg.multipliedBy(bought));
    }

    /** The simplified margin, {@code revenue − costs}; may be negative. */
    public Money margin() {
      return revenue().minus(costs());
    }

    /** The margin per kg sold; empty when nothing is sold. */
    public java.util.Optional<PricePerMass> marginPerKilogram() {
      return sold().isZero() ? java.util.Optional.empty() : java.util.Optional.of(margin().dividedBy(sold()));
    }

    @Override
    public boolean equals(Object obj) {
      if (!(obj instanceof Stage)) {
        return false;
      }
      Stage o = (Stage) obj;
      return actor.equals(o.actor) && role.equals(o.role) && bought.equals(o.bought) && buyPrice.equals(o.buyPrice)
          && sellPrice.equals(o.sellPrice) && costsPerKg.equals(o.costsPerKg) && loss.equals(o.loss);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(actor, role, bought, buyPrice, sellPrice, costsPerKg, loss);
    }

    /** {@code Mr Panha (collector): 500 kg at KHR 1,500/kg → KHR 2,000/kg, margin KHR 150,000}. */
    @Override
    public String toString() {
      return actor + " (" + role + "): " + bought + " at " + buyPrice + " → " + sellPrice + ", margin " + margin();
    }
  }

  /** Builds a {@link ChainFlow}: at least one stage, all prices in one currency. */
  public static final class Builder {
    private final List<Stage> stages = new ArrayList<>();

    private Builder() {}

    /**
     * Adds the next actor downstream.
     *
     * @throws IllegalArgumentException if a price is negative, or in another currency than the
     *     first stage's
     */
    public Builder stage(String actor, String role, Mass bought, PricePerMass buyPrice, PricePerMass sellPrice,
        PricePerMass costsPerKg, Share loss) {
      notNull(actor, "actor");
      notNull(role, "role");
      notNull(bought, "bought");
      notNull(buyPrice, "buyPrice");
      notNull(sellPrice, "sellPrice");
      notNull(costsPerKg, "costsPerKg");
      notNull(loss, "loss");
      CurrencyUnit currency = stages.isEmpty() ? sellPrice.currency() : stages.get(0).sellPrice().currency();
      for (PricePerMass p : List.of(buyPrice, sellPrice, costsPerKg)) {
        if (!p.currency().equals(currency)) {
          throw Check.refusal("Prices of stage '" + actor + "'", "in " + currency, p);
        }
        if (p.amountPerKilogram().isNegative()) {
          throw Check.refusal("Prices of stage '" + actor + "'", ">= 0", p);
        }
      }
      stages.add(new Stage(actor, role, bought, buyPrice, sellPrice, costsPerKg, loss));
      return this;
    }

    /**
     * Builds the flow.
     *
     * @throws IllegalStateException if there is no stage
     */
    public ChainFlow build() {
      if (stages.isEmpty()) {
        throw new IllegalStateException("A chain flow needs at least one stage");
      }
      return new ChainFlow(ImmutableList.copyOf(stages));
    }
  }
}
