package org.agricluster.measure;

import static org.agricluster.internal.Check.notNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.agricluster.internal.Check;

/**
 * An exact price per mass, such as {@code KHR 2,500/kg} for cucumber at the farm gate or
 * {@code USD 450/t} for rice.
 *
 * <p>Held as money per kilogram; per-tonne figures convert exactly. Mass × price gives
 * {@link Money}. A price may be negative only as a difference between two prices (a discount).
 *
 * <pre>{@code
 * PricePerMass local = PricePerMass.perKilogram(Money.of(KHR, 2_500));
 * PricePerMass premium = local.plus(PricePerMass.perKilogram(Money.of(KHR, 500)));   // Annex 3: +500 riel/kg
 * premium.multipliedBy(Mass.ofKilograms(150));                                         // KHR 450,000
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PricePerMass implements java.io.Serializable, Comparable<PricePerMass> {
  private static final long serialVersionUID = 1L;

  /** Serialized as its text, through a proxy that reads it back with the validating factory. */
  private Object writeReplace() {
    return new Ser(Ser.PRICE_PER_MASS, toString());
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw Ser.direct();
  }


  private final Money perKilogram;

  private PricePerMass(Money perKilogram) {
    this.perKilogram = perKilogram;
  }

  /** A price per kilogram. */
  public static PricePerMass perKilogram(Money price) {
    return new PricePerMass(notNull(price, "price"));
  }

  /** A price per tonne (1,000 kg); held exactly per kilogram. */
  public static PricePerMass perTonne(Money price) {
    return perKilogram(notNull(price, "price").dividedBy(1_000));
  }

  /**
   * The price of a mass ({@code KHR 375,000 for 150 kg}).
   *
   * @throws ArithmeticException if the mass is zero
   */
  public static PricePerMass of(Money amount, Mass mass) {
    return notNull(amount, "amount").dividedBy(notNull(mass, "mass"));
  }

  /**
   * Reads {@code "KHR 2,500/kg"} (as {@link #toString()} writes it) or {@code "USD 450/t"}.
   *
   * @throws IllegalArgumentException if the text is longer than 1,000 characters or not money followed by
   *     {@code /kg} or {@code /t}
   */
  public static PricePerMass parse(CharSequence text) {
    String s = Check.parseable(text, "Price text");
    int slash = s.lastIndexOf('/');
    String unit = slash < 0 ? "" : s.substring(slash + 1).strip();
    if (!(unit.equals("kg") || unit.equals("t"))) {
      throw Check.refusal("Price text", "like 'KHR 2,500/kg' or 'USD 450/t'", Check.quoted(text));
    }
    Money money = Money.parse(s.substring(0, slash));
    return unit.equals("kg") ? perKilogram(money) : perTonne(money);
  }

  /** The currency of the price. */
  public CurrencyUnit currency() {
    return perKilogram.currency();
  }

  /** The money paid per kilogram, exact: {@code perKilogram(amount)} made it, this reads it. */
  public Money amountPerKilogram() {
    return perKilogram;
  }

  /** The money paid per tonne, exact. */
  public Money amountPerTonne() {
    return perKilogram.multipliedBy(1_000);
  }

  /** The value of a mass at this price, exact. */
  public Money multipliedBy(Mass mass) {
    notNull(mass, "mass");
    return perKilogram.multipliedBy(mass.toKilograms());
  }

  /** This price times a factor ({@code × 1.1} for +10 %). */
  public PricePerMass multipliedBy(BigDecimal factor) {
    return perKilogram(perKilogram.multipliedBy(notNull(factor, "factor")));
  }

  /**
   * This price plus another in the same currency (a premium).
   *
   * @throws CurrencyMismatchException if the currencies differ
   */
  public PricePerMass plus(PricePerMass other) {
    notNull(other, "other");
    CurrencyMismatchException.check(currency(), other.currency(), "add", other, "to", this);
    return perKilogram(perKilogram.plus(other.perKilogram));
  }

  /**
   * This price minus another in the same currency.
   *
   * @throws CurrencyMismatchException if the currencies differ
   */
  public PricePerMass minus(PricePerMass other) {
    notNull(other, "other");
    CurrencyMismatchException.check(currency(), other.currency(), "subtract", other, "from", this);
    return perKilogram(perKilogram.minus(other.perKilogram));
  }

  /** This price rounded to its currency's practical scale per kilogram. */
  public PricePerMass rounded(RoundingMode mode) {
    return perKilogram(perKilogram.rounded(mode));
  }

  /** This price in another currency through an exchange rate, exact where the quotient terminates. */
  public PricePerMass convertedTo(CurrencyUnit target, ExchangeRate rate) {
    return perKilogram(perKilogram.convertedTo(target, rate));
  }

  /**
   * Orders prices in one currency.
   *
   * @throws CurrencyMismatchException if the currencies differ
   */
  @Override
  public int compareTo(PricePerMass other) {
    CurrencyMismatchException.check(currency(), other.currency(), "compare", this, "with", other);
    return perKilogram.compareTo(other.perKilogram);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PricePerMass && ((PricePerMass) obj).perKilogram.equals(perKilogram);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash("per kg", perKilogram);
  }

  /** {@code KHR 2,500/kg}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return perKilogram + "/kg";
  }
}
