package org.agricluster.economics;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.agricluster.internal.Check;
import org.agricluster.measure.Area;
import org.agricluster.measure.CurrencyUnit;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;

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
 *     .sale("grade 1", Share.ofPercent(70), PricePerMass.perKilogram(Money.of(TJS, new BigDecimal("3.5"))))
 *     .sale("grade 2", Share.ofPercent(30), PricePerMass.perKilogram(Money.of(TJS, 2)))
 *     .cost(CostLine.of(CostCategory.FERTILISER, "urea", new BigDecimal("300"), "kg", Money.of(TJS, 5)))
 *     .build();
 * budget.margin();   // SGM under the simplified-gross-margin policy
 * }</pre>
 *
 * <p>All prices and costs are in one currency. This class is immutable and thread-safe.
 */
public final class CropBudget {
  private final String crop;
  private final Area area;
  private final Mass harvested;
  private final Share lossShare;
  private final Share ownUseShare;
  private final ImmutableList<GradeSale> sales;
  private final ImmutableList<CostLine> costs;
  private final Optional<Integer> cycleDays;
  private final CurrencyUnit currency;

  private CropBudget(Builder b, CurrencyUnit currency) {
    this.crop = b.crop;
    this.area = b.area;
    this.harvested = b.harvested;
    this.lossShare = b.lossShare;
    this.ownUseShare = b.ownUseShare;
    this.sales = ImmutableList.copyOf(b.sales);
    this.costs = ImmutableList.copyOf(b.costs);
    this.cycleDays = b.cycleDays;
    this.currency = currency;
  }

  /**
   * A builder for the budget of a crop on an area.
   *
   * @param crop the crop, not blank ("cucumber")
   * @param area the plot, {@code > 0}
   */
  public static Builder builder(String crop, Area area) {
    return new Builder(notNull(crop, "crop"), notNull(area, "area"));
  }

  /** A builder holding this budget's values, to change some. */
  public Builder toBuilder() {
    Builder b = new Builder(crop, area).harvested(harvested).lossShare(lossShare).ownUseShare(ownUseShare)
        .currency(currency);
    sales.forEach(b::sale);
    costs.forEach(b::cost);
    cycleDays.ifPresent(b::cycleDays);
    return b;
  }

  /** The crop. */
  public String crop() {
    return crop;
  }

  /** The plot's area. */
  public Area area() {
    return area;
  }

  /** The harvest, before losses and own use. */
  public Mass harvested() {
    return harvested;
  }

  /** The share of the harvest lost (post-harvest loss, rejects). */
  public Share lossShare() {
    return lossShare;
  }

  /** The share of what was not lost that the household keeps. */
  public Share ownUseShare() {
    return ownUseShare;
  }

  /** The sales by quality grade. */
  public ImmutableList<GradeSale> sales() {
    return sales;
  }

  /** The variable-cost lines, whether or not the policy counts them. */
  public ImmutableList<CostLine> costs() {
    return costs;
  }

  /** Days the plot is occupied from planting (or land preparation) to the end of harvest, if known. */
  public Optional<Integer> cycleDays() {
    return cycleDays;
  }

  /** The currency of every price and cost. */
  public CurrencyUnit currency() {
    return currency;
  }

  /** What was lost: {@code harvested × loss share}. */
  public Mass lost() {
    return Mass.ofKilograms(lossShare.applyTo(harvested.toKilograms()));
  }

  /** What the household kept: {@code (harvested − lost) × own-use share}. */
  public Mass ownUse() {
    return Mass.ofKilograms(ownUseShare.applyTo(harvested.minus(lost()).toKilograms()));
  }

  /** What was sold: {@code harvested × (1 − loss) × (1 − own use)}. */
  public Mass marketable() {
    return harvested.minus(lost()).minus(ownUse());
  }

  /** The revenue from sales: {@code Σ marketable × grade share × grade price}. */
  public Money salesRevenue() {
    Money revenue = Money.zero(currency);
    for (GradeSale sale : sales) {
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
    Money total = Money.zero(currency);
    for (CostLine line : costs) {
      if (policy.counts(line.category())) {
        total = total.plus(line.amount());
      }
    }
    return total;
  }

  /** The sum of the cost lines of one category (whether or not a policy counts it). */
  public Money cost(CostCategory category) {
    notNull(category, "category");
    return Money.total(currency, costs.stream().filter(l -> l.category() == category).map(CostLine::amount).toList());
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
    BigDecimal factor = newArea.ratioTo(area);
    Builder b = new Builder(crop, newArea).harvested(harvested.multipliedBy(factor)).lossShare(lossShare)
        .ownUseShare(ownUseShare).currency(currency);
    sales.forEach(b::sale);
    costs.forEach(line -> b.cost(line.withQuantityMultipliedBy(factor)));
    cycleDays.ifPresent(b::cycleDays);
    return b.build();
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof CropBudget)) {
      return false;
    }
    CropBudget o = (CropBudget) obj;
    return crop.equals(o.crop) && area.equals(o.area) && harvested.equals(o.harvested) && lossShare.equals(o.lossShare)
        && ownUseShare.equals(o.ownUseShare) && sales.equals(o.sales) && costs.equals(o.costs)
        && cycleDays.equals(o.cycleDays) && currency.equals(o.currency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(crop, area, harvested, lossShare, ownUseShare, sales, costs, cycleDays, currency);
  }

  @Override
  public String toString() {
    return "CropBudget{crop=" + crop + ", area=" + area + ", harvested=" + harvested + ", loss=" + lossShare
        + ", ownUse=" + ownUseShare + ", sales=" + sales + ", costs=" + costs.size() + " lines"
        + cycleDays.map(d -> ", cycle=" + d + " days").orElse("") + "}";
  }

  /** Builds a {@link CropBudget}; harvest, loss and own use default to zero. */
  public static final class Builder {
    private final String crop;
    private final Area area;
    private Mass harvested = Mass.ZERO;
    private Share lossShare = Share.ZERO;
    private Share ownUseShare = Share.ZERO;
    private final List<GradeSale> sales = new ArrayList<>();
    private final List<CostLine> costs = new ArrayList<>();
    private Optional<Integer> cycleDays = Optional.empty();
    private CurrencyUnit currency;

    private Builder(String crop, Area area) {
      this.crop = crop.strip();
      this.area = area;
    }

    /** The harvest, before losses and own use. */
    public Builder harvested(Mass mass) {
      this.harvested = notNull(mass, "mass");
      return this;
    }

    /** The share of the harvest lost. */
    public Builder lossShare(Share share) {
      this.lossShare = notNull(share, "share");
      return this;
    }

    /** The share of what was not lost that the household keeps. */
    public Builder ownUseShare(Share share) {
      this.ownUseShare = notNull(share, "share");
      return this;
    }

    /** A sale: a grade's share of the marketable produce at a price. */
    public Builder sale(GradeSale sale) {
      sales.add(notNull(sale, "sale"));
      return this;
    }

    /** A sale: a grade's share of the marketable produce at a price. */
    public Builder sale(String grade, Share share, PricePerMass price) {
      return sale(GradeSale.of(grade, share, price));
    }

    /** Replaces the sales. */
    public Builder sales(List<GradeSale> newSales) {
      notNull(newSales, "newSales");
      sales.clear();
      newSales.forEach(this::sale);
      return this;
    }

    /** A variable-cost line. */
    public Builder cost(CostLine line) {
      costs.add(notNull(line, "line"));
      return this;
    }

    /** Replaces the cost lines. */
    public Builder costs(List<CostLine> lines) {
      notNull(lines, "lines");
      costs.clear();
      lines.forEach(this::cost);
      return this;
    }

    /** Days the plot is occupied, for the return per day. */
    public Builder cycleDays(int days) {
      if (days <= 0) {
        throw Check.refusal("Cycle of the " + crop + " budget", "> 0 days", days + " days");
      }
      this.cycleDays = Optional.of(days);
      return this;
    }

    /** The currency, needed only when the budget has neither a sale nor a cost line. */
    public Builder currency(CurrencyUnit currencyUnit) {
      this.currency = notNull(currencyUnit, "currencyUnit");
      return this;
    }

    /**
     * Builds the budget.
     *
     * @throws IllegalArgumentException if the crop is blank, the area zero, the grade shares do not
     *     sum to 100 % while something is sold, a grade repeats, or a price or cost is in another
     *     currency
     * @throws IllegalStateException if no currency can be told (no sale, no cost, none given)
     */
    public CropBudget build() {
      if (crop.isEmpty()) {
        throw Check.refusal("Crop of a budget", "not blank", "''");
      }
      if (area.isZero()) {
        throw Check.refusal("Area of the " + crop + " budget", "> 0 m²", area);
      }
      CurrencyUnit unit = currency != null ? currency
          : !sales.isEmpty() ? sales.get(0).price().currency()
          : !costs.isEmpty() ? costs.get(0).unitPrice().currency() : null;
      if (unit == null) {
        throw new IllegalStateException("The " + crop + " budget has no sale and no cost; give its currency");
      }
      Set<String> grades = new HashSet<>();
      Share sum = Share.ZERO;
      for (GradeSale sale : sales) {
        if (!grades.add(sale.grade())) {
          throw Check.refusal("Grade '" + sale.grade() + "' of the " + crop + " budget", "sold in one line", "repeated");
        }
        if (!sale.price().currency().equals(unit)) {
          throw Check.refusal("Price of grade '" + sale.grade() + "' of the " + crop + " budget", "in " + unit,
              sale.price());
        }
        Share before = sum;
        try {
          sum = sum.plus(sale.share());
        } catch (IllegalArgumentException tooMuch) {
          throw Check.refusal("Grade shares of the " + crop + " budget", "100% in total",
              "more (" + before + " before '" + sale.grade() + "' at " + sale.share() + ")");
        }
      }
      if (!sales.isEmpty() && !sum.equals(Share.WHOLE)) {
        throw Check.refusal("Grade shares of the " + crop + " budget", "100% in total", sum);
      }
      CropBudget budget = new CropBudget(this, unit);
      if (sales.isEmpty() && !budget.marketable().isZero()) {
        throw Check.refusal("Sales of the " + crop + " budget", "at least one grade for the marketable "
            + budget.marketable(), "none");
      }
      for (CostLine line : costs) {
        if (!line.unitPrice().currency().equals(unit)) {
          throw Check.refusal("Cost line '" + line.item() + "' of the " + crop + " budget", "in " + unit, line.unitPrice());
        }
      }
      return budget;
    }
  }
}
