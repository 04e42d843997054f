package org.agricluster.scoring;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.agricluster.internal.Check;

/**
 * A labelled ordinal scale, such as the CHAIN potential scale {@code 0..3}
 * (0 no potential, 1 low, 2 medium, 3 high) or the selection scale {@code 1..5}.
 *
 * <p>A scale may give each value a short code as well, as the Annex 1 pre-identification sheet
 * does with L, M and H. It says nothing of what is scored.
 *
 * <p>Scores are whole numbers unless the method says otherwise: where a published table gives each
 * criterion as the mean of its scorers ("3.4 on the 1–5 scale"), {@link #withDecimals(int)} admits
 * scores with up to that many decimals, still within the scale's bounds.
 *
 * <pre>{@code
 * Scale.POTENTIAL.label(2);          // "medium potential"
 * Scale.LOW_MEDIUM_HIGH.valueOf("H") // 3
 * Scale.of("marks", 0, 20);          // a user-defined scale
 * Scale.SELECTION.withDecimals(1);   // 1..5, means of scorers to one decimal: 3.4 is a score
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Scale {
  /** CHAIN pre-assessment scale (guide §5.1 step 2): 0 no potential, 1 low, 2 medium, 3 high. */
  public static final Scale POTENTIAL = labelled("potential", 0,
      List.of("no potential", "low potential", "medium potential", "high potential"), List.of());
  /** CHAIN cluster-selection scale (guide §5.2, Annex 4): 1 low … 5 high. */
  public static final Scale SELECTION = labelled("selection", 1,
      List.of("low", "fairly low", "medium", "fairly high", "high"), List.of());
  /** CHAIN Annex 1 pre-identification scale: L (low) = 1, M (medium) = 2, H (high) = 3. */
  public static final Scale LOW_MEDIUM_HIGH = labelled("low/medium/high", 1,
      List.of("low", "medium", "high"), List.of("L", "M", "H"));

  /** The lowest value a scale may have: {@value}. */
  public static final int MIN_VALUE = -1_000;
  /** The highest value a scale may have: {@value}. */
  public static final int MAX_VALUE = 1_000;
  /** The most decimals a scale may admit: {@value}. */
  public static final int MAX_DECIMALS = 3;

  private final String name;
  private final int min;
  private final int max;
  private final ImmutableList<String> labels;
  private final ImmutableMap<String, Integer> codes;
  private final int decimals;

  private Scale(String name, int min, int max, ImmutableList<String> labels, ImmutableMap<String, Integer> codes,
      int decimals) {
    this.name = name;
    this.min = min;
    this.max = max;
    this.labels = labels;
    this.codes = codes;
    this.decimals = decimals;
  }

  /**
   * An unlabelled scale {@code min..max}: {@code Scale.of("marks", 0, 20)}.
   *
   * @param min in −1,000..1,000 ({@link #MIN_VALUE}..{@link #MAX_VALUE})
   * @param max above {@code min}, in −1,000..1,000
   * @throws IllegalArgumentException if the name is blank, a bound is outside −1,000..1,000 or
   *     {@code max <= min}
   */
  public static Scale of(String name, int min, int max) {
    name = Check.name(name, "Name of a scale");
    checkBound(name, "Minimum", min);
    checkBound(name, "Maximum", max);
    if (max <= min) {
      throw Check.refusal("Maximum of scale '" + name + "'", "> its minimum " + min, max);
    }
    ImmutableList.Builder<String> labels = ImmutableList.builder();
    for (int v = min; v <= max; v++) {
      labels.add(Integer.toString(v));
    }
    return checked(name, min, max, labels.build(), ImmutableMap.of());
  }

  /**
   * A scale from {@code min} with one label per value, and optionally one short code per value.
   *
   * @param min in −1,000..1,000 ({@link #MIN_VALUE}..{@link #MAX_VALUE})
   * @param labels one per value, from {@code min} upwards, at least two, the last value at most 1,000
   * @param codes empty, or one per value ("L", "M", "H"), distinct
   * @throws IllegalArgumentException if there are fewer than two labels, a value would lie outside
   *     −1,000..1,000 or the codes do not match
   */
  public static Scale labelled(String name, int min, List<String> labels, List<String> codes) {
    notNull(name, "name");
    notNull(labels, "labels");
    notNull(codes, "codes");
    name = Check.name(name, "Name of a scale");
    checkBound(name, "Minimum", min);
    if (labels.size() < 2) {
      throw Check.refusal("Number of labels of scale '" + name + "'", "at least 2", labels.size());
    }
    if ((long) min + labels.size() - 1 > MAX_VALUE) {
      throw Check.refusal("Number of labels of scale '" + name + "' from " + min, "at most " + (MAX_VALUE - min + 1)
          + " (the highest value of a scale is " + MAX_VALUE + ")", labels.size());
    }
    if (!(codes.isEmpty() || codes.size() == labels.size())) {
      throw Check.refusal("Number of codes of scale '" + name + "'", "0 or " + labels.size() + " (one per value)", codes.size());
    }
    ImmutableMap.Builder<String, Integer> byCode = ImmutableMap.builder();
    for (int i = 0; i < codes.size(); i++) {
      byCode.put(notNull(codes.get(i), "code").toUpperCase(Locale.ROOT), min + i);
    }
    return checked(name, min, min + labels.size() - 1, ImmutableList.copyOf(labels), byCode.buildOrThrow());
  }

  private static void checkBound(String name, String which, int value) {
    if (value < MIN_VALUE || value > MAX_VALUE) {
      throw Check.refusal(which + " of scale '" + name + "'", "in " + MIN_VALUE + ".." + MAX_VALUE, value);
    }
  }

  private static Scale checked(String name, int min, int max, ImmutableList<String> labels, ImmutableMap<String, Integer> codes) {
    return new Scale(name, min, max, labels, codes, 0);
  }

  /**
   * This scale admitting scores with up to {@code places} decimals, within the same bounds: for a
   * method whose scores are means of scorers, as a published table prints them ("3.4"). Labels and
   * codes still name the whole values.
   *
   * @param places in 0..{@value #MAX_DECIMALS}; 0 gives the whole-number scale
   * @throws IllegalArgumentException if {@code places} is outside 0..{@value #MAX_DECIMALS}
   */
  public Scale withDecimals(int places) {
    if (places < 0 || places > MAX_DECIMALS) {
      throw Check.refusal("Decimals of scale '" + name + "'", "in 0.." + MAX_DECIMALS, places);
    }
    return places == decimals ? this : new Scale(name, min, max, labels, codes, places);
  }

  /** How many decimals a score on this scale may carry: 0 for whole numbers (the default). */
  public int decimals() {
    return decimals;
  }

  /** The scale's name ("potential"). */
  public String name() {
    return name;
  }

  /** The lowest value. */
  public int min() {
    return min;
  }

  /** The highest value. */
  public int max() {
    return max;
  }

  /** How many values the scale has ({@code max - min + 1}). */
  public int size() {
    return max - min + 1;
  }

  /** Whether {@code value} lies on the scale. */
  public boolean contains(int value) {
    return value >= min && value <= max;
  }

  /**
   * Whether {@code value} lies on the scale: within its bounds and with no more than
   * {@link #decimals()} decimals ({@code 3.40} has one).
   */
  public boolean contains(BigDecimal value) {
    notNull(value, "value");
    return value.compareTo(BigDecimal.valueOf(min)) >= 0 && value.compareTo(BigDecimal.valueOf(max)) <= 0
        && value.stripTrailingZeros().scale() <= decimals;
  }

  /** 10 to the power of {@link #decimals()}: how many stored units make one scale point. */
  int unit() {
    return decimals == 0 ? 1 : decimals == 1 ? 10 : decimals == 2 ? 100 : 1000;
  }

  /**
   * The label of a value ("medium potential").
   *
   * @throws IllegalArgumentException if the value is not on the scale
   */
  public String label(int value) {
    if (!contains(value)) {
      throw Check.refusal("Value on scale " + this, "in " + range(), value);
    }
    return labels.get(value - min);
  }

  /** The labels, from {@link #min()} up. */
  public ImmutableList<String> labels() {
    return labels;
  }

  /** The value of a short code ({@code "H"} → 3), if the scale has codes; case does not matter. */
  public Optional<Integer> valueOf(String code) {
    return Optional.ofNullable(codes.get(notNull(code, "code").strip().toUpperCase(Locale.ROOT)));
  }

  /** The short code of a value ({@code 3} → "H"), if the scale has codes. */
  public Optional<String> code(int value) {
    return codes.entrySet().stream().filter(e -> e.getValue() == value).map(Map.Entry::getKey).findFirst();
  }

  /** {@code "0..3"}. */
  public String range() {
    return min + ".." + max;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Scale)) {
      return false;
    }
    Scale other = (Scale) obj;
    return name.equals(other.name) && min == other.min && labels.equals(other.labels) && codes.equals(other.codes)
        && decimals == other.decimals;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(name, min, labels, codes, decimals);
  }

  /** {@code potential 0..3}, or {@code selection 1..5 to 1 decimal}. */
  @Override
  public String toString() {
    return name + " " + range() + (decimals == 0 ? "" : " to " + decimals + (decimals == 1 ? " decimal" : " decimals"));
  }
}
