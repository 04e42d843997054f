package org.agricluster.economics;

import static org.agricluster.internal.Check.notNull;

import java.math.BigDecimal;
import org.agricluster.internal.Check;
import org.agricluster.internal.Decimals;
import org.agricluster.measure.Money;
import org.immutables.value.Value;

/**
 * One variable-cost line of a crop budget: a quantity of something at a unit price, such as
 * {@code 0.2 kg of cucumber seed at KHR 400,000 per kg} or {@code 6 days of hired labour at KHR
 * 25,000}.
 *
 * <pre>{@code
 * CostLine seed = CostLine.of(CostCategory.SEED, "sunn hemp cover-crop seed", new BigDecimal("3"), "kg", Money.of(KHR, 8_000));
 * seed.amount();   // KHR 24,000
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class CostLine {
  CostLine() {}

  /**
   * A cost line.
   *
   * @param item what is bought, not blank ("urea", "cover-crop seed")
   * @param quantity how much, {@code >= 0}
   * @param unit the unit of the quantity, not blank ("kg", "day", "bag of 50 kg")
   * @param unitPrice the price of one unit, {@code >= 0}
   * @throws IllegalArgumentException if a text is blank or a number negative
   */
  public static CostLine of(CostCategory category, String item, BigDecimal quantity, String unit, Money unitPrice) {
    return ImmutableCostLine.builder().category(category).item(item).quantity(quantity).unit(unit).unitPrice(unitPrice)
        .build();
  }

  /** A cost line with a whole-number quantity: {@code CostLine.of(SEED, "seedlings", 3_000, "seedling", price)}. */
  public static CostLine of(CostCategory category, String item, long quantity, String unit, Money unitPrice) {
    return of(category, item, BigDecimal.valueOf(quantity), unit, unitPrice);
  }

  /**
   * A cost line with a decimal quantity given as text ({@code "12.5"}), read exactly.
   *
   * @throws IllegalArgumentException if the quantity is not a decimal number in the supported range
   */
  public static CostLine of(CostCategory category, String item, String quantity, String unit, Money unitPrice) {
    notNull(category, "category");
    notNull(item, "item");
    notNull(quantity, "quantity");
    notNull(unit, "unit");
    notNull(unitPrice, "unitPrice");
    BigDecimal exact;
    try {
      exact = new BigDecimal(Check.parseable(quantity, "Quantity of '" + item + "'"));
    } catch (NumberFormatException e) {
      throw Check.refusal("Quantity of '" + item + "'", "a decimal number such as 12.5", Check.quoted(quantity));
    }
    return of(category, item, exact, unit, unitPrice);
  }

  /** A cost line of a lump sum (quantity 1, unit "lump sum"): market fees paid per season, say. */
  public static CostLine lumpSum(CostCategory category, String item, Money amount) {
    return of(category, item, BigDecimal.ONE, "lump sum", amount);
  }

  /** The category. */
  public abstract CostCategory category();

  /** What is bought. */
  public abstract String item();

  /** How much. */
  public abstract BigDecimal quantity();

  /** The unit of the quantity. */
  public abstract String unit();

  /** The price of one unit. */
  public abstract Money unitPrice();

  /**
   * Validates the line, whichever way it was made, and normalises it: text stripped, the quantity
   * without trailing zeros.
   */
  @Value.Check
  CostLine check() {
    String item = item();
    String unit = unit();
    if (item.isBlank() || unit.isBlank()) {
      throw Check.refusal("Item and unit of a " + category().label() + " line", "not blank", "'" + item + "', '" + unit + "'");
    }
    BigDecimal quantity = Decimals.checked(quantity(), "Quantity of '" + item + "'");
    if (quantity.signum() < 0) {
      throw Check.refusal("Quantity of '" + item + "'", ">= 0", quantity.toPlainString() + " " + unit);
    }
    if (unitPrice().isNegative()) {
      throw Check.refusal("Unit price of '" + item + "'", ">= 0", unitPrice());
    }
    if (item.equals(item.strip()) && unit.equals(unit.strip()) && quantity.equals(quantity())) {
      return this;
    }
    return ImmutableCostLine.builder().from(this).item(item.strip()).unit(unit.strip()).quantity(quantity).build();
  }

  /** {@code quantity × unit price}, exact. */
  public Money amount() {
    return unitPrice().multipliedBy(quantity());
  }

  /** This line with its quantity multiplied (for a larger plot or a changed input use). */
  public CostLine withQuantityMultipliedBy(BigDecimal factor) {
    return of(category(), item(), quantity().multiply(Decimals.checked(notNull(factor, "factor"), "Factor")), unit(),
        unitPrice());
  }

  /** This line at another unit price (after a collective-purchase discount, say). */
  public abstract CostLine withUnitPrice(Money price);

  /** {@code seed and seedlings: cucumber seed 0.2 kg × KHR 400,000 = KHR 80,000}. */
  @Override
  public String toString() {
    return category().label() + ": " + item() + " " + quantity().toPlainString() + " " + unit() + " × " + unitPrice() + " = "
        + amount();
  }
}
