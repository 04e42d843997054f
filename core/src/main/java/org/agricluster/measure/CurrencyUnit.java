package org.agricluster.measure;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import org.agricluster.internal.Check;

/**
 * A currency, by its ISO 4217 code, with the scales used in practice beside the ISO one: for
 * example {@code KHR}, whose ISO scale is 2 but which is paid in whole riel and handed out in cash
 * in multiples of 100 riel.
 *
 * <p>Three scales matter in the field:
 * <ul>
 *   <li>{@link #isoScale()} — the decimals ISO 4217 gives (KHR 2, USD 2, TJS 2);</li>
 *   <li>{@link #practicalScale()} — the decimals amounts are actually paid in (KHR 0, USD 2, TJS 2);
 *       {@link Money#rounded(java.math.RoundingMode)} rounds to it;</li>
 *   <li>{@link #cashUnit()} — the smallest amount paid out in cash (KHR 100, USD 0.01, TJS 0.01);
 *       {@link Money#allocateInCash} splits in it.</li>
 * </ul>
 * The practical scale and cash unit are known for KHR, USD and TJS; for every other valid code
 * both follow the ISO scale. Two units are equal when their codes are equal.
 *
 * <pre>{@code
 * CurrencyUnit riel = CurrencyUnit.of("KHR");   // or CurrencyUnit.KHR
 * riel.cashUnit();                              // KHR 100
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CurrencyUnit implements java.io.Serializable, Comparable<CurrencyUnit> {
  private static final long serialVersionUID = 1L;

  /** Serialized as its text, through a proxy that reads it back with the validating factory. */
  private Object writeReplace() {
    return new Ser(Ser.CURRENCY, code());
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw Ser.direct();
  }


  /** Cambodian riel: ISO scale 2, paid in whole riel, cash in multiples of 100 riel. */
  public static final CurrencyUnit KHR = new CurrencyUnit(Currency.getInstance("KHR"), 0, BigDecimal.valueOf(100));
  /** United States dollar: 2 decimals, cash to the cent. */
  public static final CurrencyUnit USD = new CurrencyUnit(Currency.getInstance("USD"), 2, new BigDecimal("0.01"));
  /** Tajikistani somoni: 2 decimals (diram), cash to the diram. */
  public static final CurrencyUnit TJS = new CurrencyUnit(Currency.getInstance("TJS"), 2, new BigDecimal("0.01"));
  /** Euro: 2 decimals. */
  public static final CurrencyUnit EUR = new CurrencyUnit(Currency.getInstance("EUR"), 2, new BigDecimal("0.01"));

  private static final Map<String, CurrencyUnit> KNOWN =
      ImmutableMap.of("KHR", KHR, "USD", USD, "TJS", TJS, "EUR", EUR);

  private final Currency currency;
  private final int practicalScale;
  private final BigDecimal cashUnit;

  private CurrencyUnit(Currency currency, int practicalScale, BigDecimal cashUnit) {
    this.currency = currency;
    this.practicalScale = practicalScale;
    this.cashUnit = cashUnit;
  }

  /**
   * The currency with the given ISO 4217 code.
   *
   * @param code three upper-case letters, for example {@code "KHR"}
   * @return the currency unit
   * @throws IllegalArgumentException if the code is not an ISO 4217 currency with decimal minor
   *     units (gold {@code XAU}, for example, has none)
   */
  public static CurrencyUnit of(String code) {
    notNull(code, "code");
    CurrencyUnit known = KNOWN.get(code);
    if (known != null) {
      return known;
    }
    Currency currency;
    try {
      if (!(code.length() == 3 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z'))) {
        // the JDK accepts some codes in mixed case ("HRk") and would report them so
        throw new IllegalArgumentException(code);
      }
      currency = Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw Check.refusal("Currency code", "an ISO 4217 code such as KHR, USD or TJS", Check.quoted(code));
    }
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0) {
      throw Check.refusal("Currency code", "a currency with decimal minor units", Check.quoted(code));
    }
    return new CurrencyUnit(currency, digits, BigDecimal.ONE.movePointLeft(digits));
  }

  /** The currency unit of a {@link Currency}. */
  public static CurrencyUnit of(Currency currency) {
    return of(notNull(currency, "currency").getCurrencyCode());
  }

  /** The ISO 4217 code, for example {@code "KHR"}. */
  public String code() {
    return currency.getCurrencyCode();
  }

  /** The number of decimals ISO 4217 gives this currency (KHR 2). */
  public int isoScale() {
    return currency.getDefaultFractionDigits();
  }

  /** The number of decimals amounts are paid in (KHR 0: whole riel). */
  public int practicalScale() {
    return practicalScale;
  }

  /** The smallest practical amount, {@code 10^-practicalScale} (KHR 1, USD 0.01). */
  public Money minorUnit() {
    return Money.of(this, BigDecimal.ONE.movePointLeft(practicalScale));
  }

  /** The smallest amount paid out in cash (KHR 100, USD 0.01). */
  public Money cashUnit() {
    return Money.of(this, cashUnit);
  }

  /** The {@link Currency} of the JDK. */
  public Currency toCurrency() {
    return currency;
  }

  /** Orders by code. */
  @Override
  public int compareTo(CurrencyUnit other) {
    return code().compareTo(other.code());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof CurrencyUnit && ((CurrencyUnit) obj).code().equals(code());
  }

  @Override
  public int hashCode() {
    return code().hashCode();
  }

  /** The code, for example {@code "KHR"}. */
  @Override
  public String toString() {
    return code().toUpperCase(Locale.ROOT);
  }
}
