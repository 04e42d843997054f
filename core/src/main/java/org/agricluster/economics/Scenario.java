package org.agricluster.economics;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.agricluster.internal.Check;
import org.agricluster.internal.Decimals;
import org.agricluster.measure.Change;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;

/**
 * A named change to a crop budget, to compare margins: buying inputs together (Oxfam Khatlon: 11 %
 * saved), a price premium for local produce (CHAIN Annex 3: 500 riel/kg over imports), a contract
 * price instead of the market's, or a yield or price change.
 *
 * <pre>{@code
 * Scenario bulk = Scenario.collectivePurchase(Share.ofPercent(11), EnumSet.of(SEED, FERTILISER, PESTICIDES));
 * bulk.applyTo(budget).margin();
 * }</pre>
 *
 * <p>Two scenarios are equal when their names and descriptions are. This class is immutable and
 * thread-safe.
 */
public final class Scenario {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final String name;
  private final String description;
  private final UnaryOperator<CropBudget> change;
  private final Optional<Share> saving;

  private Scenario(String name, String description, UnaryOperator<CropBudget> change) {
    this(name, description, change, Optional.empty());
  }

  private Scenario(String name, String description, UnaryOperator<CropBudget> change, Optional<Share> saving) {
    this.name = name;
    this.description = description;
    this.change = change;
    this.saving = saving;
  }

  /** For a collective purchase, the share saved on the unit prices of the chosen inputs; empty for other scenarios. */
  public Optional<Share> saving() {
    return saving;
  }

  /** The budget as it is. */
  public static Scenario baseline() {
    return new Scenario("baseline", "the budget as recorded", b -> b);
  }

  /**
   * Inputs bought together at a discount: the unit price of every line in the chosen categories is
   * reduced by the saving share.
   */
  public static Scenario collectivePurchase(Share saving, Set<CostCategory> categories) {
    notNull(saving, "saving");
    ImmutableSet<CostCategory> chosen = ImmutableSet.copyOf(notNull(categories, "categories"));
    Share keep = saving.complement();
    return new Scenario("collective purchase (−" + saving + ")",
        "unit prices of " + chosen.stream().map(CostCategory::label).toList() + " reduced by " + saving,
        b -> {
          List<CostLine> lines = new ArrayList<>();
          for (CostLine line : b.costs()) {
            lines.add(chosen.contains(line.category()) ? line.withUnitPrice(line.unitPrice().multipliedBy(keep)) : line);
          }
          return b.toBuilder().costs(lines).build();
        }, Optional.of(saving));
  }

  /**
   * Inputs bought together: the saving share is {@code (list − paid) ÷ list} from a recorded purchase
   * (Oxfam: 11 %); the name states both amounts: {@code collective purchase (−11%), TJS 10,000.00
   * listed, TJS 8,900.00 paid}.
   *
   * @throws IllegalArgumentException if paid exceeds list or list is not positive
   */
  public static Scenario collectivePurchase(Money listAmount, Money paidAmount, Set<CostCategory> categories) {
    notNull(listAmount, "listAmount");
    notNull(paidAmount, "paidAmount");
    notNull(categories, "categories");
    if (!listAmount.isPositive() || paidAmount.isNegative() || paidAmount.isGreaterThan(listAmount)) {
      throw Check.refusal("Paid amount of a collective purchase listed at " + listAmount, "in 0.." + listAmount, paidAmount);
    }
    Scenario bySaving = collectivePurchase(Share.ofRatio(listAmount.minus(paidAmount).amount(), listAmount.amount()), categories);
    return new Scenario(bySaving.name + ", " + listAmount + " listed, " + paidAmount + " paid", bySaving.description + " (" + paidAmount
        + " paid for inputs listed at " + listAmount + ")", bySaving.change, bySaving.saving);
  }

  /**
   * One input bought at another unit price: every cost line of the category whose item is {@code
   * item} gets the new unit price — cover-crop seed produced locally instead of bought from the
   * national producer (<i>KropuchKasekor</i>).
   *
   * @throws IllegalArgumentException if the item is blank or the price negative
   */
  public static Scenario unitPrice(CostCategory category, String item, Money unitPrice, String why) {
    notNull(category, "category");
    notNull(item, "item");
    notNull(unitPrice, "unitPrice");
    notNull(why, "why");
    Check.name(item, "Cost item of a unit-price scenario");
    if (unitPrice.isNegative()) {
      throw Check.refusal("Unit price of " + item, ">= 0", unitPrice);
    }
    return new Scenario(item + " at " + unitPrice + (why.isBlank() ? "" : " (" + why + ")"),
        "unit price of " + category.label() + " line '" + item + "' set to " + unitPrice,
        b -> {
          List<CostLine> lines = new ArrayList<>();
          for (CostLine line : b.costs()) {
            lines.add(line.category() == category && line.item().equals(item) ? line.withUnitPrice(unitPrice) : line);
          }
          return b.toBuilder().costs(lines).build();
        });
  }

  /** A premium added to the price of every grade (local produce +500 riel/kg, CHAIN Annex 3). */
  public static Scenario pricePremium(PricePerMass premium) {
    notNull(premium, "premium");
    return new Scenario("price premium (+" + premium + ")", "every grade sold at " + premium + " more",
        b -> b.toBuilder().sales(b.sales().stream().map(s -> s.withPrice(s.price().plus(premium))).toList()).build());
  }

  /** Every grade sold at one contract price instead of the market prices. */
  public static Scenario contractPrice(PricePerMass price) {
    notNull(price, "price");
    return new Scenario("contract price (" + price + ")", "every grade sold at the contract price " + price,
        b -> b.toBuilder().sales(b.sales().stream().map(s -> s.withPrice(price)).toList()).build());
  }

  /**
   * The harvest changed, costs unchanged: {@code yieldChange(Change.ofPercent(-20))} for a 20 %
   * shortfall.
   */
  public static Scenario yieldChange(Change change) {
    notNull(change, "change");
    return new Scenario("yield " + change, "harvest multiplied by " + Decimals.plain(change.factor()),
        b -> b.toBuilder().harvested(b.harvested().multipliedBy(change.factor())).build());
  }

  /** Every grade's price changed: {@code priceChange(Change.ofPercent(10))}. */
  public static Scenario priceChange(Change change) {
    notNull(change, "change");
    BigDecimal factor = change.factor();
    return new Scenario("price " + change, "every grade's price multiplied by " + Decimals.plain(factor),
        b -> b.toBuilder().sales(b.sales().stream().map(s -> s.withPrice(s.price().multipliedBy(factor))).toList()).build());
  }

  /** The scenario's short name ("collective purchase (−11%)"). */
  public String name() {
    return name;
  }

  /** What the scenario changes, in words. */
  public String description() {
    return description;
  }

  /** The budget with the change applied. */
  public CropBudget applyTo(CropBudget budget) {
    return change.apply(notNull(budget, "budget"));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Scenario && ((Scenario) obj).name.equals(name) && ((Scenario) obj).description.equals(description);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(name, description);
  }

  @Override
  public String toString() {
    return name + ": " + description;
  }
}
