package org.agricluster.measure;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agricluster.internal.Check;
import org.agricluster.internal.Decimals;

/**
 * An exact, non-negative area of land, such as a plot of {@code 2,000 m²} or a member's
 * {@code 1.43 ha}.
 *
 * <p>Held in square metres; hectares (10,000 m²) and the field's "per 1,000 m²" unit convert
 * exactly both ways. It does not represent a location or a shape.
 *
 * <pre>{@code
 * Area plot = Area.ofSquareMetres(2000);
 * plot.toHectares();                 // 0.2
 * plot.toThousandSquareMetres();     // 2
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Area extends Quantity<Area> {
  private static final long serialVersionUID = 1L;

  /** Serialized as its text, through a proxy that reads it back with the validating factory. */
  private Object writeReplace() {
    return new Ser(Ser.AREA, toString());
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw Ser.direct();
  }

  /** No area. */
  public static final Area ZERO = new Area(BigDecimal.ZERO);

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
  private static final BigDecimal HECTARE = BigDecimal.valueOf(10_000);
  private static final Area ONE_HECTARE = new Area(HECTARE);
  /** The text {@link #toString()} writes from one hectare on: the square metres, then the hectares rounded. */
  private static final Pattern IN_HECTARES = Pattern.compile("([^(]*\\S)\\s*\\(\\s*[0-9][0-9,]*(?:\\.[0-9]+)?\\s*ha\\s*\\)");
  private static final Map<String, BigDecimal> UNITS = ImmutableMap.of(
      "m²", BigDecimal.ONE, "m2", BigDecimal.ONE, "ha", HECTARE, "× 1000 m²", THOUSAND);

  private Area(BigDecimal squareMetres) {
    super(squareMetres);
  }

  /**
   * An area in square metres.
   *
   * @param squareMetres {@code >= 0}
   * @throws IllegalArgumentException if negative
   */
  public static Area ofSquareMetres(BigDecimal squareMetres) {
    return new Area(checked(squareMetres, "Area", "m²"));
  }

  /** An area in whole square metres; see {@link #ofSquareMetres(BigDecimal)}. */
  public static Area ofSquareMetres(long squareMetres) {
    return ofSquareMetres(BigDecimal.valueOf(squareMetres));
  }

  /** An area in square metres from a {@code double}, refusing NaN and infinities. */
  public static Area ofSquareMetres(double squareMetres) {
    return ofSquareMetres(Check.finite(squareMetres, "Area in m²"));
  }

  /** An area in units of 1,000 m² (CHAIN and ASPIRE report incomes "per 1,000 m²"). */
  public static Area ofThousandSquareMetres(BigDecimal thousands) {
    Check.notNull(thousands, "thousands");
    return ofSquareMetres(Decimals.checked(thousands, "Area in 1,000 m²").multiply(THOUSAND));
  }

  /** An area in units of 1,000 m², from a {@code double}. */
  public static Area ofThousandSquareMetres(double thousands) {
    return ofThousandSquareMetres(Check.finite(thousands, "Area in 1,000 m²"));
  }

  /**
   * An area in hectares (10,000 m²).
   *
   * @param hectares {@code >= 0}
   * @throws IllegalArgumentException if negative
   */
  public static Area ofHectares(BigDecimal hectares) {
    Check.notNull(hectares, "hectares");
    return ofSquareMetres(Decimals.checked(hectares, "Area in ha").multiply(HECTARE));
  }

  /** An area in hectares, from a {@code double} ({@code Area.ofHectares(1.43)}). */
  public static Area ofHectares(double hectares) {
    return ofHectares(Check.finite(hectares, "Area in ha"));
  }

  /** An area in whole hectares. */
  public static Area ofHectares(long hectares) {
    return ofHectares(BigDecimal.valueOf(hectares));
  }

  /** The sum of areas, exactly: {@code Area.total(list)}; zero when there are none. */
  public static Area total(Iterable<Area> areas) {
    return sum(ZERO, areas);
  }

  /**
   * Reads {@code "2,000 m²"} and {@code "35,016 m² (3.50 ha)"} (as {@link #toString()} writes them),
   * {@code "2000 m2"}, {@code "1.43 ha"} or {@code "2 × 1000 m²"}.
   *
   * @throws IllegalArgumentException if the text is not a number and one of those units
   */
  public static Area parse(CharSequence text) {
    String s = Check.parseable(text, "Area text");
    Matcher hectares = IN_HECTARES.matcher(s);
    return ofSquareMetres(parse(hectares.matches() ? hectares.group(1) : s, "Area", UNITS));
  }

  /**
   * {@code 35,016 m² (3.50 ha)}: square metres with thousands separators, and from one hectare on
   * the hectares too, to two decimals for reading. {@link #parse} reads it back (from the square
   * metres, which are exact).
   */
  @Override
  public String toString() {
    String squareMetres = super.toString();
    return isLessThan(ONE_HECTARE) ? squareMetres
        : squareMetres + " (" + Decimals.grouped(toHectares().setScale(2, RoundingMode.HALF_EVEN), 2) + " ha)";
  }

  /** The area in square metres, exact. */
  public BigDecimal toSquareMetres() {
    return base();
  }

  /** The area in units of 1,000 m², exact. */
  public BigDecimal toThousandSquareMetres() {
    return Decimals.normalize(base().movePointLeft(3));
  }

  /** The area in hectares, exact. */
  public BigDecimal toHectares() {
    return Decimals.normalize(base().movePointLeft(4));
  }

  /** This area times a yield per area: the harvest ({@code 2,000 m² × 2.5 kg/m² = 5,000 kg}). */
  public Mass multipliedBy(YieldPerArea yield) {
    Check.notNull(yield, "yield");
    return yield.multipliedBy(this);
  }

  @Override
  Area make(BigDecimal squareMetres) {
    return ofSquareMetres(squareMetres);
  }

  @Override
  String thing() {
    return "Area";
  }

  @Override
  String baseUnit() {
    return "m²";
  }
}
