package org.agricluster.measure;

import static org.agricluster.internal.Check.notNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agricluster.internal.Check;
import org.agricluster.internal.Decimals;

/**
 * A dated rate between two currencies, with its source: {@code 1 USD = 4000 KHR on 2024-01-15
 * (ASPIRE report)}. The only way to turn money in one currency into another.
 *
 * <p>Rates move (TJS per USD went from about 4.9 in 2013 to about 9.4 in 2018 and 10–11 in the
 * 2020s; NGO reports use 4,000 KHR/USD where the National Bank quotes 4,050–4,100), so a rate
 * always carries the date it holds for and where it came from, and every {@link Conversion} names
 * the rate it used.
 *
 * <pre>{@code
 * ExchangeRate aspire = ExchangeRate.of(USD, KHR, new BigDecimal("4000"), LocalDate.of(2020, 1, 1), "ASPIRE");
 * Money.of(KHR, 3_000_000).convertedTo(USD, aspire);    // USD 750.00
 * aspire.conversionOf(Money.of(KHR, 3_000_000));       // KHR 3,000,000 = USD 750.00 at 1 USD = 4,000 KHR …
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExchangeRate implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** Serialized as its text, through a proxy that reads it back with the validating factory. */
  private Object writeReplace() {
    return new Ser(Ser.EXCHANGE_RATE, toString());
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw Ser.direct();
  }

  private static final Pattern TEXT = Pattern.compile(
      "1\\s+([A-Za-z]{3})\\s*=\\s*(" + Decimals.NUMBER + ")\\s+([A-Za-z]{3})\\s+on\\s+(\\S+)\\s+\\((.+)\\)");

  private static final int MAX_SOURCE_LENGTH = 200;

  private final CurrencyUnit base;
  private final CurrencyUnit quote;
  private final BigDecimal rate;
  private final LocalDate date;
  private final String source;

  private ExchangeRate(CurrencyUnit base, CurrencyUnit quote, BigDecimal rate, LocalDate date, String source) {
    this.base = base;
    this.quote = quote;
    this.rate = rate;
    this.date = date;
    this.source = source;
  }

  /**
   * A rate: one unit of {@code base} is worth {@code rate} units of {@code quote}.
   *
   * @param base the currency quoted per one unit (USD in "4,000 KHR per USD")
   * @param quote the currency the rate is expressed in (KHR)
   * @param rate quote units per base unit, {@code > 0}
   * @param date the day the rate holds for
   * @param source where it comes from ("National Bank of Cambodia", "ASPIRE report"), not blank, one
   *     line of at most 200 characters without control characters or line separators
   * @throws IllegalArgumentException if the currencies are equal, the rate is not positive or outside
   *     the supported range, or the source is blank, too long or not a single line
   */
  public static ExchangeRate of(CurrencyUnit base, CurrencyUnit quote, BigDecimal rate, LocalDate date, String source) {
    notNull(base, "base");
    notNull(quote, "quote");
    notNull(rate, "rate");
    notNull(date, "date");
    notNull(source, "source");
    if (base.equals(quote)) {
      throw Check.refusal("Quote currency of a rate from " + base, "another currency", quote);
    }
    BigDecimal checked = Decimals.checked(rate, "Rate " + base + "→" + quote);
    if (checked.signum() <= 0) {
      throw Check.refusal("Rate " + base + "→" + quote, "> 0", checked.toPlainString());
    }
    Check.singleLine(source, "Source of rate " + base + "→" + quote);
    if (source.isBlank() || source.length() > MAX_SOURCE_LENGTH) {
      throw Check.refusal("Source of rate " + base + "→" + quote, "a non-blank single line of at most "
          + MAX_SOURCE_LENGTH + " characters", Check.quoted(source));
    }
    return new ExchangeRate(base, quote, checked, date, source.strip());
  }

  /** {@link #of(CurrencyUnit, CurrencyUnit, BigDecimal, LocalDate, String)} with a whole-number rate. */
  public static ExchangeRate of(CurrencyUnit base, CurrencyUnit quote, long rate, LocalDate date, String source) {
    return of(base, quote, BigDecimal.valueOf(rate), date, source);
  }

  /**
   * Reads the form {@link #toString()} writes: {@code 1 USD = 4,000 KHR on 2024-01-15 (ASPIRE report)}.
   *
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static ExchangeRate parse(CharSequence text) {
    Matcher m = TEXT.matcher(Check.parseable(text, "Exchange rate text"));
    if (!m.matches()) {
      throw Check.refusal("Exchange rate text", "like '1 USD = 4,000 KHR on 2024-01-15 (source)'", Check.quoted(text));
    }
    LocalDate date;
    try {
      date = LocalDate.parse(m.group(4));
    } catch (DateTimeParseException e) {
      throw Check.refusal("Date of exchange rate", "an ISO date such as 2024-01-15", Check.quoted(m.group(4)));
    }
    return of(CurrencyUnit.of(m.group(1).toUpperCase(java.util.Locale.ROOT)),
        CurrencyUnit.of(m.group(3).toUpperCase(java.util.Locale.ROOT)),
        Decimals.parse(m.group(2), "Rate"), date, m.group(5));
  }

  /** The currency quoted per one unit (USD in "4,000 KHR per USD"). */
  public CurrencyUnit base() {
    return base;
  }

  /** The currency the rate is expressed in (KHR in "4,000 KHR per USD"). */
  public CurrencyUnit quote() {
    return quote;
  }

  /** Units of {@link #quote()} per one unit of {@link #base()}. */
  public BigDecimal rate() {
    return rate;
  }

  /** The day the rate holds for. */
  public LocalDate date() {
    return date;
  }

  /** Where the rate comes from. */
  public String source() {
    return source;
  }

  /**
   * The same rate the other way round: {@code 1 KHR = 0.00025 USD}, with the same date and source.
   * Exact where {@code 1 / rate} terminates, otherwise to 34 significant digits.
   */
  public ExchangeRate inverse() {
    return new ExchangeRate(quote, base, Decimals.divide(BigDecimal.ONE, rate), date, source);
  }

  /**
   * The record of converting money in either currency of this rate into the other, exactly where the
   * quotient terminates: what was converted, the result and the rate used, for a report that must
   * say where a figure came from. To convert, use {@link Money#convertedTo(CurrencyUnit, ExchangeRate)}.
   *
   * @throws IllegalArgumentException if the money is in neither currency of this rate
   */
  public Conversion conversionOf(Money money) {
    notNull(money, "money");
    BigDecimal result;
    CurrencyUnit target;
    if (money.currency().equals(base)) {
      target = quote;
      result = money.amount().multiply(rate);
    } else if (money.currency().equals(quote)) {
      target = base;
      result = Decimals.divide(money.amount(), rate);
    } else {
      throw Check.refusal("Currency of money converted at " + this, base + " or " + quote, money);
    }
    return Conversion.of(money, Money.of(target, result), this);
  }

  void checkConverts(CurrencyUnit from, CurrencyUnit to) {
    boolean forward = from.equals(base) && to.equals(quote);
    boolean backward = from.equals(quote) && to.equals(base);
    if (!(forward || backward)) {
      throw Check.refusal("Rate to convert " + from + " to " + to, "between " + from + " and " + to, this);
    }
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof ExchangeRate)) {
      return false;
    }
    ExchangeRate other = (ExchangeRate) obj;
    return base.equals(other.base) && quote.equals(other.quote) && rate.equals(other.rate)
        && date.equals(other.date) && source.equals(other.source);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(base, quote, rate, date, source);
  }

  /** {@code 1 USD = 4,000 KHR on 2024-01-15 (ASPIRE report)}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return "1 " + base + " = " + Decimals.grouped(rate, 0) + " " + quote + " on " + date + " (" + source + ")";
  }

  /**
   * One conversion: what went in, what came out, and the rate used — the record a report needs to
   * show which rate it applied.
   *
   * <p>This class is immutable and thread-safe.
   */
  public abstract static class Conversion {
    Conversion() {}

    static Conversion of(Money source, Money result, ExchangeRate rate) {
      return ImmutableConversion.builder().source(source).result(result).rate(rate).build();
    }

    /** The amount converted. */
    public abstract Money source();

    /** The amount in the other currency, unrounded. */
    public abstract Money result();

    /** The rate used. */
    public abstract ExchangeRate rate();

    /** This conversion with the result rounded to its currency's practical scale. */
    public Conversion rounded(java.math.RoundingMode mode) {
      return of(source(), result().rounded(mode), rate());
    }

    /** {@code KHR 3,000,000 = USD 750.00 at 1 USD = 4,000 KHR on 2020-01-01 (ASPIRE)}. */
    @Override
    public String toString() {
      return source() + " = " + result() + " at " + rate();
    }
  }
}
