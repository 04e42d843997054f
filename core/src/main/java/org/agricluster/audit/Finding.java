package org.agricluster.audit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.agricluster.internal.Check;

/**
 * What an audit found about one printed figure: the printed and computed values, the difference,
 * the verdict, the rounding modes that give the printed figure from the computed one, and for a
 * consequence, the figures whose errors it follows from.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the figure's id in its table
 * @param label what the figure is ("Total materials")
 * @param printed the figure as printed
 * @param computed the value the model gives, at full precision
 * @param verdict the verdict
 * @param modes the rounding modes that turn the computed value into the printed one at its precision
 * @param sources for a consequence, the ids of the wrong figures it is computed from; else empty
 * @param note what the check was, in words ("Σ seed, fertiliser, pesticides")
 */
public record Finding(String id, String label, PrintedFigure printed, BigDecimal computed, Verdict verdict,
    ImmutableSet<RoundingMode> modes, ImmutableList<String> sources, String note) {
  /** Validates and copies the finding. */
  public Finding {
    Check.notNull(id, "id");
    Check.notNull(label, "label");
    Check.notNull(printed, "printed");
    Check.notNull(computed, "computed");
    Check.notNull(verdict, "verdict");
    modes = ImmutableSet.copyOf(Check.notNull(modes, "modes"));
    sources = ImmutableList.copyOf(Check.notNull(sources, "sources"));
    Check.notNull(note, "note");
  }

  /** Printed less computed. */
  public BigDecimal difference() {
    return printed.value().subtract(computed);
  }

  /**
   * The computed value to at most two decimals more than printed, with thousands separators, as a
   * reader would print it: {@code 76.25%}, {@code 1,110,000}, {@code ≈15.385%} (≈ when rounded).
   */
  public String computedText() {
    return shown(computed) + (printed.percent() ? "%" : "");
  }

  private String precision() {
    return printed.scale() >= 0 ? printed.scale() + " decimals"
        : "to the nearest " + String.format(java.util.Locale.ROOT, "%,d", BigDecimal.ONE.movePointRight(-printed.scale()).longValueExact());
  }

  private String shown(BigDecimal value) {
    int decimals = Math.max(printed.scale(), 0) + 2;
    BigDecimal s = value.scale() > decimals ? value.setScale(decimals, RoundingMode.HALF_EVEN) : value;
    s = s.stripTrailingZeros();
    if (s.scale() < 0) {
      s = s.setScale(0);
    }
    return (s.compareTo(value) != 0 ? "≈" : "") + String.format(java.util.Locale.ROOT, "%,." + s.scale() + "f", s);
  }

  /** The verdict with its detail: which roundings give the figure, or by how much it is off, or where the error is. */
  public String explanation() {
    return switch (verdict) {
      case AGREES -> "agrees";
      case AGREES_AT_PRINTED_PRECISION, AGREES_ONLY_IF_TRUNCATED -> verdict.label() + " (" + precision() + "; "
          + String.join(", ", modes.stream().map(RoundingMode::name).toList()) + ")";
      case WRONG -> "wrong by " + (difference().signum() > 0 ? "+" : "") + shown(difference()) + (printed.percent() ? " points" : "");
      case CONSEQUENCE -> "follows from " + String.join(", ", sources) + " (right against the printed figures)";
    };
  }

  /** {@code total materials: printed 175,000, computed 165000 — wrong by +10000}. */
  @Override
  public String toString() {
    return label + ": printed " + printed.text() + ", computed " + computedText() + " — " + explanation();
  }
}
