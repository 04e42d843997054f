package org.agricluster.economics;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agricluster.internal.Check;
import org.agricluster.internal.Words;
import org.agricluster.measure.Area;
import org.agricluster.measure.CurrencyUnit;
import org.agricluster.measure.ExchangeRate;
import org.agricluster.measure.Money;

/**
 * Many plot budgets (survey data) aggregated per crop and overall: sums, and averages of per-plot
 * results — the mean SGM per hectare is the mean of each plot's SGM per hectare, never the margin of
 * an average yield at an average price.
 *
 * <p>Budgets in another currency than the summary's are converted through an exchange rate given
 * by the caller, which the summary names; without one they are refused.
 *
 * <pre>{@code
 * BudgetSummary survey = BudgetSummary.of(budgets, MarginPolicy.SIMPLIFIED_GROSS_MARGIN);
 * survey.group("tomato").meanSgmPerHectare();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BudgetSummary {
  private final CurrencyUnit currency;
  private final Optional<ExchangeRate> rate;
  private final MarginPolicy policy;
  private final ImmutableList<Group> groups;
  private final Group overall;

  private BudgetSummary(CurrencyUnit currency, Optional<ExchangeRate> rate, MarginPolicy policy, ImmutableList<Group> groups,
      Group overall) {
    this.currency = currency;
    this.rate = rate;
    this.policy = policy;
    this.groups = groups;
    this.overall = overall;
  }

  /**
   * Summarises budgets all in one currency.
   *
   * @throws IllegalArgumentException if the list is empty or the budgets are in different currencies
   */
  public static BudgetSummary of(List<CropBudget> budgets, MarginPolicy policy) {
    notNull(budgets, "budgets");
    notNull(policy, "policy");
    if (budgets.isEmpty()) {
      throw Check.refusal("Number of budgets to summarise", "at least 1", 0);
    }
    return summarise(budgets, policy, budgets.get(0).currency(), Optional.empty());
  }

  /**
   * Summarises budgets in {@code currency}, converting the others through {@code rate}.
   *
   * @throws IllegalArgumentException if a budget is in a currency the rate does not convert
   */
  public static BudgetSummary of(List<CropBudget> budgets, MarginPolicy policy, CurrencyUnit currency, ExchangeRate rate) {
    notNull(budgets, "budgets");
    notNull(policy, "policy");
    notNull(currency, "currency");
    notNull(rate, "rate");
    if (budgets.isEmpty()) {
      throw Check.refusal("Number of budgets to summarise", "at least 1", 0);
    }
    return summarise(budgets, policy, currency, Optional.of(rate));
  }

  /**
   * Summarises budgets by a group of the caller's choosing — a producer group, a cluster, a member —
   * rather than by crop: {@code ofGroups(Map.of("PG Kaphon", kaphonBudgets, "PG Katout", katoutBudgets), policy)}.
   *
   * @throws IllegalArgumentException if there is no budget, or the budgets are in different currencies
   */
  public static BudgetSummary ofGroups(Map<String, List<CropBudget>> budgetsByGroup, MarginPolicy policy) {
    notNull(budgetsByGroup, "budgetsByGroup");
    notNull(policy, "policy");
    Map<String, List<CropBudget>> groups = new LinkedHashMap<>();
    budgetsByGroup.forEach((name, list) -> groups.put(notNull(name, "group"), notNull(list, "budgets")));
    CurrencyUnit currency = groups.values().stream().flatMap(List::stream).findFirst()
        .orElseThrow(() -> Check.refusal("Number of budgets to summarise", "at least 1", 0)).currency();
    return summarise(groups, policy, currency, Optional.empty());
  }

  private static BudgetSummary summarise(List<CropBudget> budgets, MarginPolicy policy, CurrencyUnit currency,
      Optional<ExchangeRate> rate) {
    Map<String, List<CropBudget>> byCrop = new LinkedHashMap<>();
    for (CropBudget budget : budgets) {
      byCrop.computeIfAbsent(notNull(budget, "budget").crop(), c -> new java.util.ArrayList<>()).add(budget);
    }
    return summarise(byCrop, policy, currency, rate);
  }

  private static BudgetSummary summarise(Map<String, List<CropBudget>> groups, MarginPolicy policy, CurrencyUnit currency,
      Optional<ExchangeRate> rate) {
    notNull(policy, "policy");
    Map<String, Accumulator> byGroup = new LinkedHashMap<>();
    Accumulator all = new Accumulator("all", currency);
    groups.forEach((name, budgets) -> {
      for (CropBudget budget : budgets) {
        notNull(budget, "budget");
        GrossMargin margin = budget.margin(policy);
        Money revenue = convert(margin.revenue(), currency, rate, budget);
        Money cost = convert(margin.variableCost(), currency, rate, budget);
        BigDecimal yieldPerHa = budget.yield().toTonnesPerHectare().multiply(BigDecimal.valueOf(1_000));
        Optional<BigDecimal> price = budget.averagePrice()
            .map(p -> convert(p.amountPerKilogram(), currency, rate, budget).amount());
        byGroup.computeIfAbsent(name, c -> new Accumulator(c, currency)).add(budget.area(), revenue, cost, yieldPerHa, price);
        all.add(budget.area(), revenue, cost, yieldPerHa, price);
      }
    });
    return new BudgetSummary(currency, rate, policy,
        byGroup.values().stream().map(Accumulator::toGroup).collect(ImmutableList.toImmutableList()), all.toGroup());
  }

  private static Money convert(Money amount, CurrencyUnit currency, Optional<ExchangeRate> rate, CropBudget budget) {
    if (amount.currency().equals(currency)) {
      return amount;
    }
    if (rate.isEmpty()) {
      throw Check.refusal("Currency of the " + budget.crop() + " budget on " + budget.area(),
          currency + " like the others (or give an exchange rate)", amount.currency());
    }
    return amount.convertedTo(currency, rate.get());
  }

  /** The currency of every figure. */
  public CurrencyUnit currency() {
    return currency;
  }

  /** The exchange rate used for budgets in another currency, if any. */
  public Optional<ExchangeRate> rate() {
    return rate;
  }

  /** The policy every margin was computed under. */
  public MarginPolicy policy() {
    return policy;
  }

  /** One group per crop (or per group given to {@link #ofGroups}), in order of first appearance. */
  public ImmutableList<Group> groups() {
    return groups;
  }

  /**
   * The group of a crop (or of a name given to {@link #ofGroups}).
   *
   * @throws IllegalArgumentException if there is no such group
   */
  public Group group(String name) {
    notNull(name, "name");
    return groups.stream().filter(g -> g.name().equals(name)).findFirst()
        .orElseThrow(() -> Check.refusal("Group", "one of " + groups.stream().map(Group::name).toList(), "'" + name + "'"));
  }

  /** All budgets together. */
  public Group overall() {
    return overall;
  }

  @Override
  public String toString() {
    return "BudgetSummary{" + groups + ", overall=" + overall + ", policy=" + policy + rate.map(r -> ", rate=" + r).orElse("")
        + "}";
  }

  /**
   * The figures of a group of budgets.
   *
   * <p>This class is immutable and thread-safe.
   */
  public abstract static class Group {
    Group() {}

    static Group of(String name, int count, Area area, Money revenue, Money variableCost, Money meanSgmPerHectare,
        Spread yield, Optional<Spread> price, Spread revenuePerHa, Spread costPerHa, Spread sgmPerHa, Money marginOfMeans) {
      return ImmutableGroup.builder().name(name).count(count).area(area).revenue(revenue).variableCost(variableCost)
          .meanSgmPerHectare(meanSgmPerHectare).yieldSpread(yield).priceSpread(price).revenuePerHectareSpread(revenuePerHa)
          .variableCostPerHectareSpread(costPerHa).sgmPerHectareSpread(sgmPerHa).marginOfMeans(marginOfMeans).build();
    }

    /** The crop or group, or "all". */
    public abstract String name();

    /** How many budgets. */
    public abstract int count();

    /** Their total area. */
    public abstract Area area();

    /** Their total revenue. */
    public abstract Money revenue();

    /** Their total variable cost. */
    public abstract Money variableCost();

    /** The mean over budgets of each budget's SGM per hectare, exact. */
    public abstract Money meanSgmPerHectare();

    /** The spread of the plots' harvested yields, in kg per hectare. */
    public abstract Spread yieldSpread();

    /** The spread of the plots' average sale prices per kg; empty if no plot sold anything. */
    public abstract Optional<Spread> priceSpread();

    /** The spread of the plots' revenue per hectare (amounts in the summary's currency). */
    public abstract Spread revenuePerHectareSpread();

    /** The spread of the plots' variable cost per hectare. */
    public abstract Spread variableCostPerHectareSpread();

    /** The spread of the plots' SGM per hectare; its median is the typical plot's margin. */
    public abstract Spread sgmPerHectareSpread();

    /**
     * The "margin of averages" some publications print instead of {@link #meanSgmPerHectare()}: mean
     * revenue per hectare less mean variable cost per hectare is the same thing, but mean yield × mean
     * price less mean cost per hectare is not. This is that second figure, per hectare, to recognise
     * it in a published table ({@link #checkPublishedMeanMargin}).
     */
    public abstract Money marginOfMeans();

    /**
     * Checks a published "average margin per hectare" against the mean of the plots' margins, at its
     * printed precision; if it disagrees but equals the margin of mean yield × mean price, the finding
     * says so: the publication averaged yields and prices first.
     */
    public org.agricluster.audit.Audit checkPublishedMeanMargin(String printedPerHectare) {
      org.agricluster.audit.Audit audit = org.agricluster.audit.PublishedTable.builder("Published average margin per ha: " + name())
          .given("meanMargin", "average margin per ha", meanSgmPerHectare(), printedPerHectare).build().audit();
      org.agricluster.audit.Finding f = audit.findings().get(0);
      if (f.verdict().isConsistent() || !f.printed().verdict(marginOfMeans().amount()).isConsistent()) {
        return audit;
      }
      org.agricluster.audit.Finding warned = new org.agricluster.audit.Finding(f.id(), f.label(), f.printed(), f.computed(),
          f.verdict(), f.modes(), f.sources(), "equals mean yield × mean price − mean cost ("
          + marginOfMeans().rounded(RoundingMode.HALF_EVEN) + "/ha), not the mean of the plots' margins");
      return new org.agricluster.audit.Audit(audit.title(), ImmutableList.of(warned));
    }

    /** Their total SGM. */
    public Money sgm() {
      return revenue().minus(variableCost());
    }

    /** The mean SGM per budget, exact. */
    public Money meanSgm() {
      return sgm().dividedBy(count());
    }

    /**
     * {@code cucumber: 141 budgets on 35,016 m² (3.50 ha), SGM KHR 70,500,000, mean KHR 20,125,564/ha}: the
     * mean is rounded to the currency's practical scale for reading; {@link #meanSgmPerHectare()} is exact.
     */
    @Override
    public String toString() {
      return name() + ": " + Words.count(count(), "budget") + " on " + area() + ", SGM " + sgm() + ", mean "
          + meanSgmPerHectare().rounded(RoundingMode.HALF_EVEN) + "/ha";
    }
  }

  private static final class Accumulator {
    private final String name;
    private int count;
    private Area area = Area.ZERO;
    private Money revenue;
    private Money cost;
    private Money sumOfPerHectare;
    private final CurrencyUnit currency;
    private final List<BigDecimal> yields = new java.util.ArrayList<>();
    private final List<BigDecimal> prices = new java.util.ArrayList<>();
    private final List<BigDecimal> revenues = new java.util.ArrayList<>();
    private final List<BigDecimal> costs = new java.util.ArrayList<>();
    private final List<BigDecimal> margins = new java.util.ArrayList<>();

    Accumulator(String name, CurrencyUnit currency) {
      this.currency = currency;
      this.name = name;
      this.revenue = Money.zero(currency);
      this.cost = Money.zero(currency);
      this.sumOfPerHectare = Money.zero(currency);
    }

    void add(Area plot, Money plotRevenue, Money plotCost, BigDecimal yieldPerHa, Optional<BigDecimal> price) {
      count++;
      area = area.plus(plot);
      revenue = revenue.plus(plotRevenue);
      cost = cost.plus(plotCost);
      Money perHa = plotRevenue.minus(plotCost).dividedBy(plot).amountPerHectare();
      sumOfPerHectare = sumOfPerHectare.plus(perHa);
      yields.add(yieldPerHa);
      price.ifPresent(prices::add);
      revenues.add(plotRevenue.dividedBy(plot).amountPerHectare().amount());
      costs.add(plotCost.dividedBy(plot).amountPerHectare().amount());
      margins.add(perHa.amount());
    }

    Group toGroup() {
      BigDecimal n = BigDecimal.valueOf(count);
      java.math.MathContext mc = java.math.MathContext.DECIMAL128;
      BigDecimal meanYieldKgPerHa = yields.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(n, mc);
      BigDecimal meanPrice = prices.isEmpty() ? BigDecimal.ZERO
          : prices.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(prices.size()), mc);
      BigDecimal meanCost = costs.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(n, mc);
      Money marginOfMeans = Money.of(currency, meanYieldKgPerHa.multiply(meanPrice).subtract(meanCost).round(mc));
      return Group.of(name, count, area, revenue, cost, sumOfPerHectare.dividedBy(count), Spread.of(yields),
          prices.isEmpty() ? Optional.empty() : Optional.of(Spread.of(prices)), Spread.of(revenues),
          Spread.of(costs), Spread.of(margins), marginOfMeans);
    }
  }
}
