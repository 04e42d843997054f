package org.agricluster.measure;

import static org.agricluster.internal.Check.notNull;

import java.math.RoundingMode;
import java.util.List;
import org.agricluster.internal.Check;

/**
 * An exact amount of money per area, such as a gross margin of {@code KHR 15,000,000/ha} or
 * {@code KHR 1,500,000} per 1,000 m².
 *
 * <p>Held as money per square metre; per 1,000 m² and per hectare convert exactly. May be negative
 * (a loss per hectare).
 *
 * <pre>{@code
 * MoneyPerArea takeo = Money.of(KHR, 3_000_000).dividedBy(Area.ofSquareMetres(2000));
 * takeo.perThousandSquareMetres();   // KHR 1,500,000
 * takeo.perHectare();                // KHR 15,000,000
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MoneyPerArea implements java.io.Serializable, Comparable<MoneyPerArea> {
  private static final long serialVersionUID = 1L;

  /** Serialized as its text, through a proxy that reads it back with the validating factory. */
  private Object writeReplace() {
    return new Ser(Ser.MONEY_PER_AREA, toString());
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw Ser.direct();
  }


  private final Money perSquareMetre;

  private MoneyPerArea(Money perSquareMetre) {
    this.perSquareMetre = perSquareMetre;
  }

  /** An amount per square metre. */
  public static MoneyPerArea perSquareMetre(Money amount) {
    return new MoneyPerArea(notNull(amount, "amount"));
  }

  /** An amount per 1,000 m²; held exactly per square metre. */
  public static MoneyPerArea perThousandSquareMetres(Money amount) {
    return perSquareMetre(notNull(amount, "amount").dividedBy(1_000));
  }

  /** An amount per hectare; held exactly per square metre. */
  public static MoneyPerArea perHectare(Money amount) {
    return perSquareMetre(notNull(amount, "amount").dividedBy(10_000));
  }

  /**
   * An amount earned or spent on an area.
   *
   * @throws ArithmeticException if the area is zero
   */
  public static MoneyPerArea of(Money amount, Area area) {
    return notNull(amount, "amount").dividedBy(notNull(area, "area"));
  }

  /**
   * Reads {@code "KHR 15,000,000/ha"} (as {@link #toString()} writes it), {@code "KHR 1,500/m²"} or
   * {@code "KHR 1,500,000/1000 m²"}.
   *
   * @throws IllegalArgumentException if the text is longer than 1,000 characters or not money over one of
   *     those units
   */
  public static MoneyPerArea parse(CharSequence text) {
    String s = Check.parseable(text, "Money per area text");
    int slash = s.lastIndexOf('/');
    String unit = slash < 0 ? "" : s.substring(slash + 1).strip();
    if (!List.of("m²", "m2", "ha", "1000 m²", "1,000 m²").contains(unit)) {
      throw Check.refusal("Money per area text", "like 'KHR 15,000,000/ha' or 'KHR 1,500/m²'", Check.quoted(text));
    }
    Money money = Money.parse(s.substring(0, slash));
    switch (unit) {
      case "ha":
        return perHectare(money);
      case "m²":
      case "m2":
        return perSquareMetre(money);
      default:
        return perThousandSquareMetres(money);
    }
  }

  /** The currency. */
  public CurrencyUnit currency() {
    return perSquareMetre.currency();
  }

  /** The amount per square metre, exact: {@code perSquareMetre(amount)} made it, this reads it. */
  public Money amountPerSquareMetre() {
    return perSquareMetre;
  }

  /** The amount per 1,000 m², exact. */
  public Money amountPerThousandSquareMetres() {
    return perSquareMetre.multipliedBy(1_000);
  }

  /** The amount per hectare, exact. */
  public Money amountPerHectare() {
    return perSquareMetre.multipliedBy(10_000);
  }

  /** The amount on a given area, exact. */
  public Money multipliedBy(Area area) {
    notNull(area, "area");
    return perSquareMetre.multipliedBy(area.toSquareMetres());
  }

  /** This amount per area in another currency through an exchange rate. */
  public MoneyPerArea convertedTo(CurrencyUnit target, ExchangeRate rate) {
    return perSquareMetre(perSquareMetre.convertedTo(target, rate));
  }

  /** This amount per area with the per-hectare figure rounded to the currency's practical scale. */
  public MoneyPerArea roundedPerHectare(RoundingMode mode) {
    return perHectare(amountPerHectare().rounded(mode));
  }

  /**
   * Orders amounts per area in one currency.
   *
   * @throws CurrencyMismatchException if the currencies differ
   */
  @Override
  public int compareTo(MoneyPerArea other) {
    CurrencyMismatchException.check(currency(), other.currency(), "compare", this, "with", other);
    return perSquareMetre.compareTo(other.perSquareMetre);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof MoneyPerArea && ((MoneyPerArea) obj).perSquareMetre.equals(perSquareMetre);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash("per m²", perSquareMetre);
  }

  /** The amount per hectare: {@code KHR 15,000,000/ha}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return amountPerHectare() + "/ha";
  }
}
