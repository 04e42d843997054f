package org.agricluster.scoring;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.agricluster.internal.Check;
import org.agricluster.internal.Decimals;
import org.immutables.value.Value;

/**
 * A criterion candidates are scored on, such as "market potential" on the 0–3 potential scale, with
 * an optional weight (in percent) and an optional group ("production potential").
 *
 * <pre>{@code
 * Criterion market = Criterion.of("market potential", Scale.POTENTIAL);
 * Criterion weighted = market.withWeight(new BigDecimal("40")).withGroup("market potential");
 * Criterion full = Criterion.builder().name("Critical mass of actors").scale(Scale.SELECTION)
 *     .description("Presence of stakeholders at all functional levels ...").build();
 * }</pre>
 *
 * <p>The {@link #id()} defaults to the name in lower case with runs of other characters turned
 * into single hyphens ("market-potential"); two criteria of one scorecard must differ in id.
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class Criterion {
  Criterion() {}

  /** The criterion's name, as shown in tables ("market potential"). */
  public abstract String name();

  /** A short stable key; defaults to the name in lower case, hyphenated ("market-potential"). */
  @Value.Default
  public String id() {
    return name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
  }

  /** What the criterion asks, in full (Annex 4's descriptions); may be empty. */
  @Value.Default
  public String description() {
    return "";
  }

  /** The scale scores on this criterion must lie on. */
  public abstract Scale scale();

  /** The weight in percent, for weighted totals; absent when the criteria are not weighted. */
  public abstract Optional<BigDecimal> weight();

  /** The group the criterion belongs to ("production potential"), if any. */
  public abstract Optional<String> group();

  @Value.Check
  Criterion normalize() {
    Check.name(name(), "Name of a criterion");
    if (id().isEmpty()) {
      throw Check.refusal("Id of criterion '" + name() + "'", "not empty", "''");
    }
    if (weight().isPresent()) {
      BigDecimal w = weight().get();
      Decimals.checked(w, "Weight of criterion '" + name() + "'");
      if (!(w.signum() >= 0 && w.compareTo(BigDecimal.valueOf(100)) <= 0)) {
        throw Check.refusal("Weight of criterion '" + name() + "'", "in 0..100%", Decimals.plain(w) + "%");
      }
      if (!Decimals.normalize(w).equals(w)) {
        return ImmutableCriterion.copyOf(this).withWeight(Decimals.normalize(w));
      }
    }
    return this;
  }

  /** A criterion with a name and a scale. */
  public static Criterion of(String name, Scale scale) {
    return builder().name(name).scale(scale).build();
  }

  /** A builder: {@code name} and {@code scale} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** This criterion with a weight in percent (0–100). */
  public abstract Criterion withWeight(BigDecimal percent);

  /** This criterion with a weight in whole percent. */
  public Criterion withWeight(long percent) {
    return withWeight(BigDecimal.valueOf(percent));
  }

  /** This criterion in a group. */
  public abstract Criterion withGroup(String group);

  /** This criterion with a description. */
  public abstract Criterion withDescription(String description);

  /** Builds a {@link Criterion}; {@code name} and {@code scale} are required. */
  public static final class Builder extends ImmutableCriterion.Builder {
    Builder() {}
  }
}
