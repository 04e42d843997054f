package org.agricluster.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;
import org.agricluster.internal.Check;
import org.agricluster.internal.Decimals;

/**
 * A figure as a report prints it: its value and the precision it is printed to, read from the text
 * ("76" is whole, "23.5 %" has one decimal, "3,000,000" is whole with thousands separators, "+15.4 %"
 * is signed). A trailing "%" marks a percentage; a leading "+" or "−" is a sign.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param text the figure as printed
 * @param value its value (a percentage's number of percent: 23.5 for "23.5 %")
 * @param scale the number of decimals printed; negative for a figure printed to tens, hundreds,
 *     thousands (−1, −2, −3)
 * @param percent whether it is printed as a percentage
 */
public record PrintedFigure(String text, BigDecimal value, int scale, boolean percent) {
  /** The rounding modes a publisher may have used, in the order findings list them. */
  static final com.google.common.collect.ImmutableSet<RoundingMode> MODES = com.google.common.collect.ImmutableSet.of(
      RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.HALF_DOWN, RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING,
      RoundingMode.FLOOR);

  /** The coarsest printed precision: to 10<sup>{@value}</sup> (a scale of −12). */
  public static final int MAX_ROUNDING_DIGITS = 12;

  /** Validates the figure. */
  public PrintedFigure {
    Check.notNull(text, "text");
    Check.notNull(value, "value");
    if (scale < -MAX_ROUNDING_DIGITS || scale > Decimals.MAX_DECIMALS) {
      throw Check.refusal("Printed precision of '" + text + "'", -MAX_ROUNDING_DIGITS + ".." + Decimals.MAX_DECIMALS + " decimals",
          scale);
    }
  }

  /**
   * Reads a printed figure: digits with optional thousands separators (",", a thin or no-break space)
   * and one decimal point, an optional sign ("+", "-" or "−") and an optional trailing "%".
   *
   * @throws IllegalArgumentException if the text is not such a figure
   */
  public static PrintedFigure parse(String text) {
    String t = Check.parseable(text, "Printed figure").strip();
    boolean percent = t.endsWith("%");
    String number = (percent ? t.substring(0, t.length() - 1) : t).strip().replace('−', '-');
    if (number.startsWith("+")) {
      number = number.substring(1);
    }
    String digits = number.replace(",", "").replace("\u202f", "").replace("\u00a0", "");
    if (!digits.matches("-?[0-9]+(\\.[0-9]+)?")) {
      throw Check.refusal("Printed figure", "digits with optional separators, decimal point, sign and %", Check.quoted(text));
    }
    Decimals.checked(new BigDecimal(digits), "Printed figure '" + text + "'");
    int scale = digits.contains(".") ? digits.length() - digits.indexOf('.') - 1 : 0;
    return new PrintedFigure(text, new BigDecimal(digits), scale, percent);
  }

  /** A figure printed exactly as a number is written, to its own scale. */
  public static PrintedFigure of(BigDecimal value) {
    Check.notNull(value, "value");
    return new PrintedFigure(value.toPlainString(), value, Math.max(value.scale(), 0), false);
  }

  /**
   * This figure read to a stated precision: {@code -3} for a figure printed to thousands ("600,000"
   * meaning about 600 thousand), {@code 1} for one decimal even if the text shows more.
   *
   * @throws IllegalArgumentException if the scale is below −12 or above the supported decimals
   */
  public PrintedFigure withScale(int newScale) {
    return new PrintedFigure(text, value, newScale, percent);
  }

  /** The rounding modes that turn {@code computed} into this figure at its precision; empty if none does. */
  public Set<RoundingMode> modesGiving(BigDecimal computed) {
    Check.notNull(computed, "computed");
    Set<RoundingMode> modes = new java.util.LinkedHashSet<>();
    for (RoundingMode m : MODES) {
      if (computed.setScale(scale, m).compareTo(value) == 0) {
        modes.add(m);
      }
    }
    return modes;
  }

  /** The verdict on this figure against a computed value: agrees, agrees at the printed precision, agrees only if truncated, or wrong. */
  public Verdict verdict(BigDecimal computed) {
    if (computed.compareTo(value) == 0) {
      return Verdict.AGREES;
    }
    Set<RoundingMode> modes = modesGiving(computed);
    if (modes.contains(RoundingMode.HALF_UP) || modes.contains(RoundingMode.HALF_EVEN) || modes.contains(RoundingMode.HALF_DOWN)) {
      return Verdict.AGREES_AT_PRINTED_PRECISION;
    }
    return modes.isEmpty() ? Verdict.WRONG : Verdict.AGREES_ONLY_IF_TRUNCATED;
  }

  @Override
  public String toString() {
    return text;
  }
}
