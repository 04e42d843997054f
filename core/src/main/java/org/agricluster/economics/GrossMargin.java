package org.agricluster.economics;

import java.math.BigDecimal;
import java.util.Optional;
import org.agricluster.internal.Decimals;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.MoneyPerArea;
import org.agricluster.measure.PricePerMass;

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
public final class GrossMargin {
  private final CropBudget budget;
  private final MarginPolicy policy;
  private final Money revenue;
  private final Money variableCost;

  GrossMargin(CropBudget budget, MarginPolicy policy) {
    this.budget = budget;
    this.policy = policy;
    this.revenue = budget.revenue(policy);
    this.variableCost = budget.variableCost(policy);
  }

  /** The budget. */
  public CropBudget budget() {
    return budget;
  }

  /** The policy, to print with the result. */
  public MarginPolicy policy() {
    return policy;
  }

  /** The revenue under the policy. */
  public Money revenue() {
    return revenue;
  }

  /** The variable cost under the policy. */
  public Money variableCost() {
    return variableCost;
  }

  /** {@code revenue − variable cost}; may be negative. */
  public Money sgm() {
    return revenue.minus(variableCost);
  }

  /** The SGM per hectare, as {@code toString} shows it: {@code perArea().perHectare()}. */
  public Money perHectare() {
    return perArea().amountPerHectare();
  }

  /** The SGM per area ({@code perHectare()}, {@code perThousandSquareMetres()}, {@code perSquareMetre()}). */
  public MoneyPerArea perArea() {
    return sgm().dividedBy(budget.area());
  }

  /** {@code SGM ÷ revenue}; empty when there is no revenue. */
  public Optional<BigDecimal> grossMarginRatio() {
    return revenue.isZero() ? Optional.empty() : Optional.of(sgm().ratioTo(revenue));
  }

  /** Return on variable cost, {@code SGM ÷ variable cost}; empty when there is no variable cost. */
  public Optional<BigDecimal> returnOnVariableCost() {
    return variableCost.isZero() ? Optional.empty() : Optional.of(sgm().ratioTo(variableCost));
  }

  /** The price per kg at which the marketable produce just pays the variable cost; empty when nothing is sold. */
  public Optional<PricePerMass> breakEvenPrice() {
    Mass sold = budget.marketable();
    return sold.isZero() ? Optional.empty() : Optional.of(variableCost.dividedBy(sold));
  }

  /**
   * The marketable quantity that, at the budget's average price, just pays the variable cost; empty
   * when nothing is sold or the average price is zero.
   */
  public Optional<Mass> breakEvenYield() {
    return budget.averagePrice().filter(p -> p.amountPerKilogram().isPositive())
        .map(p -> Mass.ofKilograms(Decimals.divide(variableCost.amount(), p.amountPerKilogram().amount())));
  }

  /** The variable cost per kg harvested; empty when nothing was harvested. */
  public Optional<PricePerMass> unitCost() {
    return budget.harvested().isZero() ? Optional.empty() : Optional.of(variableCost.dividedBy(budget.harvested()));
  }

  /** The SGM per day of land occupation; empty when the cycle length is not known. */
  public Optional<Money> returnPerDay() {
    return budget.cycleDays().map(days -> sgm().dividedBy(days));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof GrossMargin && ((GrossMargin) obj).budget.equals(budget)
        && ((GrossMargin) obj).policy.equals(policy);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(budget, policy);
  }

  /** {@code GrossMargin{crop=cucumber, area=1000 m², revenue=…, variableCost=…, sgm=…, perHectare=…, policy=…}}. */
  @Override
  public String toString() {
    return "GrossMargin{crop=" + budget.crop() + ", area=" + budget.area() + ", revenue=" + revenue
        + ", variableCost=" + variableCost + ", sgm=" + sgm() + ", perHectare=" + perArea().amountPerHectare()
        + ", policy=" + policy + "}";
  }
}
