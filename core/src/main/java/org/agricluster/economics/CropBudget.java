package org.agricluster.economics;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.agricluster.internal.Check;
import org.agricluster.internal.Words;
import org.agricluster.measure.Area;
import org.agricluster.measure.CurrencyUnit;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;
import org.agricluster.measure.YieldPerArea;
import org.immutables.value.Value;

/**
 * One crop on one plot for one cycle: what was harvested, what was lost or kept, what was sold in
 * which grade at which price, and the variable costs — the input of a simplified gross margin.
 *
 * <pre>
 * marketable    = harvested × (1 − loss share) × (1 − own-use share)
 * revenue       = Σ grades  marketable × grade share × grade price   (+ own use valued, if the policy says so)
 * variable cost = Σ counted lines  quantity × unit price
 * </pre>
 *
 * <pre>{@code
 * CropBudget budget = CropBudget.builder("tomato", Area.ofHectares(1))
 *     .harvested(Mass.ofTonnes(25)).lossShare(Share.ofPercent(10)).ownUseShare(Share.ofPercent(5))
 *     .addSale("grade 1", Share.ofPercent(70), PricePerMass.perKilogram(Money.of(TJS, new BigDecimal("3.5"))))
 *     .addSale("grade 2", Share.ofPercent(30), PricePerMass.perKilogram(Money.of(TJS, 2)))
 *     .addCost(CostLine.of(CostCategory.FERTILISER, "urea", 300, "kg", Money.of(TJS, 5)))
 *     .build();
 * budget.margin();   // SGM under the simplified-gross-margin policy
 * }</pre>
 *
 * <p>All prices and costs are in one currency. This class is immutable and thread-safe.
 */
public abstract class CropBudget {
  CropBudget() {}

  /**
   * A builder for the budget of a crop on an area; harvest, loss and own use default to zero.
   *
   * @param crop the crop, not blank ("cucumber")
   * @param area the plot, {@code > 0}
   */
  public static Builder builder(String crop, Area area) {
    return new Builder().crop(crop).area(area);
  }

  /** A builder holding this budget's values, to change some. */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** The crop. */
  public abstract String crop();

  /** The plot's area. */
  public abstract Area area();

  /** The harvest, before losses and own use; zero unless given. */
  @Value.Default
  public Mass harvested() {
    return Mass.ZERO;
  }

  /** The share of the harvest lost (post-harvest loss, rejects); none unless given. */
  @Value.Default
  public Share lossShare() {
    return Share.ZERO;
  }

  /** The share of what was not lost that the household keeps; none unless given. */
  @Value.Default
  public Share ownUseShare() {
    return Share.ZERO;
  }

  /** The sales by quality grade. */
  public abstract ImmutableList<GradeSale> sales();

  /** The variable-cost lines, whether or not the policy counts them. */
  public abstract ImmutableList<CostLine> costs();

  /** Days the plot is occupied from planting (or land preparation) to the end of harvest, if known. */
  public abstract Optional<Integer> cycleDays();

  /**
   * The currency of every price and cost: the first sale's or cost line's unless given; it must be
   * given for a budget with neither.
   */
  @Value.Default
  public CurrencyUnit currency() {
    if (!sales().isEmpty()) {
      return sales().get(0).price().currency();
    }
    if (!costs().isEmpty()) {
      return costs().get(0).unitPrice().currency();
    }
    throw new IllegalStateException("The " + crop().strip() + " budget has no sale and no cost; give its currency");
  }

  /**
   * Validates the budget however it is made; the crop is stripped.
   *
   * @throws IllegalArgumentException if the crop is blank, the area zero, the cycle not positive, the
   *     grade shares do not sum to 100 % while something is sold, a grade repeats, or a price or cost
   *     is in another currency
   */
  @Value.Check
  CropBudget check() {
    String crop = crop().strip();
    if (crop.isEmpty()) {
      throw Check.refusal("Crop of a budget", "not blank", "''");
    }
    if (area().isZero()) {
      throw Check.refusal("Area of the " + crop + " budget", "> 0 m²", area());
    }
    if (cycleDays().isPresent() && cycleDays().get() <= 0) {
      throw Check.refusal("Cycle of the " + crop + " budget", "> 0 days", cycleDays().get() + " days");
    }
    CurrencyUnit unit = currency();
    Set<String> grades = new HashSet<>();
    Share sum = Share.ZERO;
    for (GradeSale sale : sales()) {
      if (!grades.add(sale.grade())) {
        throw Check.refusal("Grade '" + sale.grade() + "' of the " + crop + " budget", "sold in one line", "repeated");
      }
      if (!sale.price().currency().equals(unit)) {
        throw Check.refusal("Price of grade '" + sale.grade() + "' of the " + crop + " budget", "in " + unit, sale.price());
      }
      Share before = sum;
      try {
        sum = sum.plus(sale.share());
      } catch (IllegalArgumentException tooMuch) {
        throw Check.refusal("Grade shares of the " + crop + " budget", "100% in total",
            "more (" + before + " before '" + sale.grade() + "' at " + sale.share() + ")");
      }
    }
    if (!sales().isEmpty() && !sum.equals(Share.WHOLE)) {
      throw Check.refusal("Grade shares of the " + crop + " budget", "100% in total", sum);
    }
    if (sales().isEmpty() && !marketable().isZero()) {
      throw Check.refusal("Sales of the " + crop + " budget", "at least one grade for the marketable " + marketable(), "none");
    }
    for (CostLine line : costs()) {
      if (!line.unitPrice().currency().equals(unit)) {
        throw Check.refusal("Cost line '" + line.item() + "' of the " + crop + " budget", "in " + unit, line.unitPrice());
      }
    }
    return crop.equals(crop()) ? this : new Builder().from(this).crop(crop).build();
  }

  /** The yield: {@code harvested ÷ area}, before losses and own use. */
  public YieldPerArea yield() {
    return harvested().dividedBy(area());
  }

  /** What was lost: {@code harvested × loss share}. */
  public Mass lost() {
    return Mass.ofKilograms(lossShare().applyTo(harvested().toKilograms()));
  }

  /** What the household kept: {@code (harvested − lost) × own-use share}. */
  public Mass ownUse() {
    return Mass.ofKilograms(ownUseShare().applyTo(harvested().minus(lost()).toKilograms()));
  }

  /** What was sold: {@code harvested × (1 − loss) × (1 − own use)}. */
  public Mass marketable() {
    return harvested().minus(lost()).minus(ownUse());
  }

  /** The revenue from sales: {@code Σ marketable × grade share × grade price}. */
  public Money salesRevenue() {
    Money revenue = Money.zero(currency());
    for (GradeSale sale : sales()) {
      revenue = revenue.plus(sale.price().multipliedBy(Mass.ofKilograms(sale.share().applyTo(marketable().toKilograms()))));
    }
    return revenue;
  }

  /** The average sale price, {@code sales revenue ÷ marketable}; empty when nothing was sold. */
  public Optional<PricePerMass> averagePrice() {
    Mass sold = marketable();
    return sold.isZero() ? Optional.empty() : Optional.of(salesRevenue().dividedBy(sold));
  }

  /** The revenue under a policy: sales, plus own use at the average price if the policy values it. */
  public Money revenue(MarginPolicy policy) {
    notNull(policy, "policy");
    Money revenue = salesRevenue();
    if (policy.ownUseValued() && averagePrice().isPresent()) {
      revenue = revenue.plus(averagePrice().get().multipliedBy(ownUse()));
    }
    return revenue;
  }

  /** The sum of the cost lines the policy counts. */
  public Money variableCost(MarginPolicy policy) {
    notNull(policy, "policy");
    Money total = Money.zero(currency());
    for (CostLine line : costs()) {
      if (policy.counts(line.category())) {
        total = total.plus(line.amount());
      }
    }
    return total;
  }

  /** The sum of the cost lines of one category (whether or not a policy counts it). */
  public Money cost(CostCategory category) {
    notNull(category, "category");
    return Money.total(currency(), costs().stream().filter(l -> l.category() == category).map(CostLine::amount).toList());
  }

  /** The gross margin under a policy. */
  public GrossMargin margin(MarginPolicy policy) {
    return GrossMargin.of(this, notNull(policy, "policy"));
  }

  /** The simplified gross margin ({@link MarginPolicy#SIMPLIFIED_GROSS_MARGIN}). */
  public GrossMargin margin() {
    return margin(MarginPolicy.SIMPLIFIED_GROSS_MARGIN);
  }

  /**
   * This budget on another area, with the harvest and every cost quantity scaled in proportion
   * (yields and input use per area unchanged).
   */
  public CropBudget scaledTo(Area newArea) {
    notNull(newArea, "newArea");
    BigDecimal factor = newArea.ratioTo(area());
    return toBuilder().area(newArea).harvested(harvested().multipliedBy(factor))
        .costs(costs().stream().map(line -> line.withQuantityMultipliedBy(factor)).toList()).build();
  }

  @Override
  public String toString() {
    return "CropBudget{crop=" + crop() + ", area=" + area() + ", harvested=" + harvested() + ", loss=" + lossShare()
        + ", ownUse=" + ownUseShare() + ", sales=" + sales() + ", costs=" + Words.count(costs().size(), "line")
        + cycleDays().map(d -> ", cycle=" + d + " days").orElse("") + "}";
  }

  /**
   * Builds a {@link CropBudget}: {@code sales(list)} and {@code costs(list)} replace, {@code
   * addSale} and {@code addCost} add.
   */
  public static final class Builder extends ImmutableCropBudget.Builder {
    Builder() {}

    /** Adds a sale: a grade's share of the marketable produce at a price. */
    public Builder addSale(String grade, Share share, PricePerMass price) {
      return addSale(GradeSale.of(grade, share, price));
    }
  }
}
