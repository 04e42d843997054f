package org.agricluster.economics;

import static org.agricluster.internal.Check.notNull;

import java.math.BigDecimal;
import org.agricluster.internal.Check;
import org.agricluster.internal.Decimals;
import org.agricluster.measure.Money;

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
public final class CostLine {
  private final CostCategory category;
  private final String item;
  private final BigDecimal quantity;
  private final String unit;
  private final Money unitPrice;

  private CostLine(CostCategory category, String item, BigDecimal quantity, String unit, Money unitPrice) {
    this.category = category;
    this.item = item;
    this.quantity = quantity;
    this.unit = unit;
    this.unitPrice = unitPrice;
  }

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
    notNull(category, "category");
    notNull(item, "item");
    notNull(quantity, "quantity");
    notNull(unit, "unit");
    notNull(unitPrice, "unitPrice");
    if (item.isBlank() || unit.isBlank()) {
      throw Check.refusal("Item and unit of a " + category.label() + " line", "not blank", "'" + item + "', '" + unit + "'");
    }
    Decimals.checked(quantity, "Quantity of '" + item + "'");
    if (quantity.signum() < 0) {
      throw Check.refusal("Quantity of '" + item + "'", ">= 0", quantity.toPlainString() + " " + unit);
    }
    if (unitPrice.isNegative()) {
      throw Check.refusal("Unit price of '" + item + "'", ">= 0", unitPrice);
    }
    return new CostLine(category, item.strip(), Decimals.normalize(quantity), unit.strip(), unitPrice);
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
  public CostCategory category() {
    return category;
  }

  /** What is bought. */
  public String item() {
    return item;
  }

  /** How much. */
  public BigDecimal quantity() {
    return quantity;
  }

  /** The unit of the quantity. */
  public String unit() {
    return unit;
  }

  /** The price of one unit. */
  public Money unitPrice() {
    return unitPrice;
  }

  /** {@code quantity × unit price}, exact. */
  public Money amount() {
    return unitPrice.multipliedBy(quantity);
  }

  /** This line with its quantity multiplied (for a larger plot or a changed input use). */
  public CostLine withQuantityMultipliedBy(BigDecimal factor) {
    return of(category, item, quantity.multiply(notNull(factor, "factor")), unit, unitPrice);
  }

  /** This line at another unit price (after a collective-purchase discount, say). */
  public CostLine withUnitPrice(Money price) {
    return of(category, item, quantity, unit, price);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof CostLine)) {
      return false;
    }
    CostLine other = (CostLine) obj;
    return category == other.category && item.equals(other.item) && quantity.equals(other.quantity)
        && unit.equals(other.unit) && unitPrice.equals(other.unitPrice);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(category, item, quantity, unit, unitPrice);
  }

  /** {@code seed and seedlings: cucumber seed 0.2 kg × KHR 400,000 = KHR 80,000}. */
  @Override
  public String toString() {
    return category.label() + ": " + item + " " + quantity.toPlainString() + " " + unit + " × " + unitPrice + " = " + amount();
  }
}
