package org.agricluster.scoring;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.agricluster.internal.Rational;

/**
 * How far scorers differ on one candidate's criterion: the range (highest − lowest score) and the
 * population standard deviation, so facilitators see where to ask "why did you score this 1 and
 * she 3?".
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class Disagreement {
  Disagreement() {}

  static Disagreement of(Candidate candidate, Criterion criterion, ImmutableMap<Scorer, BigDecimal> scores) {
    return ImmutableDisagreement.builder().candidate(candidate).criterion(criterion).scores(scores).build();
  }

  /** The candidate. */
  public abstract Candidate candidate();

  /** The criterion. */
  public abstract Criterion criterion();

  /** The scores given, by scorer. */
  public abstract ImmutableMap<Scorer, BigDecimal> scores();

  /** Highest minus lowest score; 0 when one scorer or none scored. */
  public BigDecimal range() {
    if (scores().isEmpty()) {
      return BigDecimal.ZERO;
    }
    BigDecimal max = scores().values().stream().max(BigDecimal::compareTo).get();
    BigDecimal min = scores().values().stream().min(BigDecimal::compareTo).get();
    return max.subtract(min);
  }

  /** The population standard deviation of the scores, to 2 decimals (half-even); 0 for fewer than two scores. */
  public BigDecimal standardDeviation() {
    int n = scores().size();
    if (n < 2) {
      return BigDecimal.ZERO.setScale(2);
    }
    Rational mean = Rational.ZERO;
    for (BigDecimal v : scores().values()) {
      mean = mean.plus(Rational.of(v));
    }
    mean = mean.dividedBy(n);
    Rational variance = Rational.ZERO;
    for (BigDecimal v : scores().values()) {
      Rational d = Rational.of(v).minus(mean);
      variance = variance.plus(d.times(d));
    }
    variance = variance.dividedBy(n);
    return variance.toBigDecimal(40, RoundingMode.HALF_EVEN).sqrt(MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_EVEN);
  }

  /** {@code Area 3 / 'market potential': scores 1..3 (range 2, sd 0.94)}. */
  @Override
  public String toString() {
    return candidate().name() + " / '" + criterion().name() + "': scores " + scores().values()
        + " (range " + range() + ", sd " + standardDeviation() + ")";
  }
}
