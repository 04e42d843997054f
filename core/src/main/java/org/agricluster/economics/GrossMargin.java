package org.agricluster.economics;

import java.math.BigDecimal;
import java.util.Optional;
import org.agricluster.internal.Decimals;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.MoneyPerArea;
import org.agricluster.measure.PricePerMass;
import org.immutables.value.Value;

/**
 * The simplified gross margin (SGM) of a {@link CropBudget} under a {@link MarginPolicy}, and its
 * companions. Every figure is exact; undefined ones (a ratio to zero) are empty, never a division by
 * zero.
 *
 * <pre>
 * SGM                 = revenue − variable cost           (may be negative)
 * per area            = SGM ÷ area                        (per m², per 1,000 m², per ha)
 * gross-margin ratio  = SGM ÷ revenue
 * return on variable cost (ROVC) = SGM ÷ variable cost    = revenue ÷ variable cost − 1
 * break-even price    = variable cost ÷ marketable
 * break-even yield    = variable cost ÷ average price     (marketable kg needed)
 * unit cost           = variable cost ÷ harvested
 * return per day      = SGM ÷ days of land occupation
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class GrossMargin {
  GrossMargin() {}

  static GrossMargin of(CropBudget budget, MarginPolicy policy) {
    return ImmutableGrossMargin.builder().budget(budget).policy(policy).build();
  }

  /** The budget. */
  public abstract CropBudget budget();

  /** The policy, to print with the result. */
  public abstract MarginPolicy policy();

  /** The revenue under the policy. */
  @Value.Derived
  public Money revenue() {
    return budget().revenue(policy());
  }

  /** The variable cost under the policy. */
  @Value.Derived
  public Money variableCost() {
    return budget().variableCost(policy());
  }

  /** {@code revenue − variable cost}; may be negative. */
  public Money sgm() {
    return revenue().minus(variableCost());
  }

  /** The SGM per hectare, as {@code toString} shows it: {@code perArea().amountPerHectare()}. */
  public Money perHectare() {
    return perArea().amountPerHectare();
  }

  /** The SGM per area ({@code amountPerHectare()}, {@code amountPerThousandSquareMetres()}, …). */
  public MoneyPerArea perArea() {
    return sgm().dividedBy(budget().area());
  }

  /** {@code SGM ÷ revenue}; empty when there is no revenue. */
  public Optional<BigDecimal> grossMarginRatio() {
    return revenue().isZero() ? Optional.empty() : Optional.of(sgm().ratioTo(revenue()));
  }

  /** Return on variable cost, {@code SGM ÷ variable cost}; empty when there is no variable cost. */
  public Optional<BigDecimal> returnOnVariableCost() {
    return variableCost().isZero() ? Optional.empty() : Optional.of(sgm().ratioTo(variableCost()));
  }

  /** The price per kg at which the marketable produce just pays the variable cost; empty when nothing is sold. */
  public Optional<PricePerMass> breakEvenPrice() {
    Mass sold = budget().marketable();
    return sold.isZero() ? Optional.empty() : Optional.of(variableCost().dividedBy(sold));
  }

  /**
   * The marketable quantity that, at the budget's average price, just pays the variable cost; empty
   * when nothing is sold or the average price is zero.
   */
  public Optional<Mass> breakEvenYield() {
    return budget().averagePrice().filter(p -> p.amountPerKilogram().isPositive())
        .map(p -> Mass.ofKilograms(Decimals.divide(variableCost().amount(), p.amountPerKilogram().amount())));
  }

  /** The variable cost per kg harvested; empty when nothing was harvested. */
  public Optional<PricePerMass> unitCost() {
    return budget().harvested().isZero() ? Optional.empty() : Optional.of(variableCost().dividedBy(budget().harvested()));
  }

  /** The SGM per day of land occupation; empty when the cycle length is not known. */
  public Optional<Money> returnPerDay() {
    return budget().cycleDays().map(days -> sgm().dividedBy(days));
  }

  /** {@code GrossMargin{crop=cucumber, area=1,000 m², revenue=…, variableCost=…, sgm=…, perHectare=…, policy=…}}. */
  @Override
  public String toString() {
    return "GrossMargin{crop=" + budget().crop() + ", area=" + budget().area() + ", revenue=" + revenue()
        + ", variableCost=" + variableCost() + ", sgm=" + sgm() + ", perHectare=" + perArea().amountPerHectare()
        + ", policy=" + policy() + "}";
  }
}
