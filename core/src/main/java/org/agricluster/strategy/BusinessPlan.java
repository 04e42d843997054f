package org.agricluster.strategy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import org.agricluster.actor.Actor;
import org.agricluster.internal.Check;
import org.agricluster.measure.Money;
import org.agricluster.measure.Share;
import org.immutables.value.Value;

/**
 * The business plan at the core of a productive alliance (FAO <i>Productive Alliances</i> note): the
 * investments the producers need and how they are financed, source by source — a public grant, the
 * producers' own contribution in cash or in kind, credit, the buyer. The financing sums exactly to
 * the investments, so the shares of the sources sum to exactly 100 %.
 *
 * <pre>{@code
 * BusinessPlan plan = BusinessPlan.builder("Cooperative pineapple upgrade")
 *     .addInvestments(Investment.of("drip irrigation", Money.of(USD, 60_000)), Investment.of("packhouse", Money.of(USD, 40_000)))
 *     .addFinancing(Financing.of(FinancingSource.PUBLIC_GRANT, padaam, Money.of(USD, 60_000)),
 *         Financing.of(FinancingSource.PRODUCERS_IN_KIND, cooperative, Money.of(USD, 15_000)), …)
 *     .build();
 * plan.shares();   // PUBLIC_GRANT 60 %, …, exactly 100 % in all
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class BusinessPlan {
  BusinessPlan() {}

  /** A builder for a plan with a name. */
  public static Builder builder(String name) {
    return new Builder().name(name);
  }

  /** Where the money comes from. */
  public enum FinancingSource {
    /** The public co-financier's grant. */
    PUBLIC_GRANT("public grant"),
    /** The producers' own contribution in cash. */
    PRODUCERS_CASH("producers' cash"),
    /** The producers' own contribution in kind: labour, land, materials. */
    PRODUCERS_IN_KIND("producers' contribution in kind"),
    /** A loan from a financial institution. */
    CREDIT("credit"),
    /** The buyer's contribution: advances, equipment, pre-finance. */
    BUYER("buyer"),
    /** Anyone else: a technical partner, a foundation. */
    OTHER("other");

    private final String label;

    FinancingSource(String label) {
      this.label = label;
    }

    /** The source in words. */
    public String label() {
      return label;
    }
  }

  /** The plan's name. */
  public abstract String name();

  /** What is to be bought or built. */
  public abstract ImmutableList<Investment> investments();

  /** Who pays how much, source by source. */
  public abstract ImmutableList<Financing> financing();

  /**
   * Validates the plan however it is made.
   *
   * @throws IllegalArgumentException if there is no investment, amounts are in two currencies, or
   *     the financing does not sum exactly to the investments
   */
  @Value.Check
  void check() {
    Check.name(name(), "Name of a business plan");
    if (investments().isEmpty()) {
      throw Check.refusal("Investments of business plan '" + name() + "'", "at least one", "none");
    }
    Money total = total();
    Money financed = financing().stream().map(Financing::amount).reduce(Money.zero(total.currency()), Money::plus);
    if (!financed.equals(total)) {
      throw Check.refusal("Financing of business plan '" + name() + "'", "exactly the investments' " + total, financed);
    }
  }

  /** What the investments cost in all. */
  public Money total() {
    return investments().stream().map(Investment::amount).reduce(Money::plus).orElseThrow();
  }

  /** The amount from each source. */
  public ImmutableMap<FinancingSource, Money> amounts() {
    Map<FinancingSource, Money> amounts = new EnumMap<>(FinancingSource.class);
    financing().forEach(f -> amounts.merge(f.source(), f.amount(), Money::plus));
    return ImmutableMap.copyOf(amounts);
  }

  /** Each source's share of the total, exact; the shares sum to exactly 100 %. */
  public ImmutableMap<FinancingSource, Share> shares() {
    Map<FinancingSource, Share> shares = new EnumMap<>(FinancingSource.class);
    amounts().forEach((source, amount) -> shares.put(source, Share.ofRatio(amount.amount(), total().amount())));
    return ImmutableMap.copyOf(shares);
  }

  /** {@code BusinessPlan{Cooperative pineapple upgrade: USD 100,000.00 from 4 sources}}. */
  @Override
  public String toString() {
    return "BusinessPlan{" + name() + ": " + total() + " from " + amounts().size() + " sources}";
  }

  /** Builds a {@link BusinessPlan}: the {@code add…} methods add. */
  public static final class Builder extends ImmutableBusinessPlan.Builder {
    Builder() {}
  }

  /**
   * One investment: what and for how much.
   *
   * <p>This class is immutable and thread-safe.
   */
  public abstract static class Investment {
    Investment() {}

    /** An investment. */
    public static Investment of(String item, Money amount) {
      return ImmutableInvestment.builder().item(item).amount(amount).build();
    }

    /** What. */
    public abstract String item();

    /** How much. */
    public abstract Money amount();

    @Value.Check
    void check() {
      Check.name(item(), "Item of an investment");
      if (!amount().isPositive()) {
        throw Check.refusal("Amount of investment '" + item() + "'", "more than zero", amount());
      }
    }

    @Override
    public String toString() {
      return item() + ": " + amount();
    }
  }

  /**
   * One line of financing: the source, who pays, how much.
   *
   * <p>This class is immutable and thread-safe.
   */
  public abstract static class Financing {
    Financing() {}

    /** A line of financing. */
    public static Financing of(FinancingSource source, Actor payer, Money amount) {
      return ImmutableFinancing.builder().source(source).payer(payer).amount(amount).build();
    }

    /** The source. */
    public abstract FinancingSource source();

    /** Who pays. */
    public abstract Actor payer();

    /** How much. */
    public abstract Money amount();

    @Value.Check
    void check() {
      if (!amount().isPositive()) {
        throw Check.refusal("Amount of the " + source().label() + " from " + payer().name(), "more than zero", amount());
      }
    }

    @Override
    public String toString() {
      return source().label() + " from " + payer().name() + ": " + amount();
    }
  }
}
