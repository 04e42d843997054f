package org.agricluster.scoring;

import org.agricluster.internal.Check;
import org.agricluster.internal.Words;
import org.immutables.value.Value;

/**
 * A person who scores, and the group they speak for: CHAIN asks for one to three scorers per
 * stakeholder category (guide §5.2), so that a category with many scorers does not outweigh one
 * with few ({@link Aggregation#CATEGORY_MEAN}).
 *
 * <pre>{@code
 * Scorer panha = Scorer.of("Mr Panha", "local value-chain actor");
 * }</pre>
 *
 * <p>The category is free text: this package knows nothing of who the stakeholders are.
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class Scorer implements Comparable<Scorer> {
  /** The scorer of a scorecard filled in by one hand (a published table). */
  public static final Scorer SOLE = of("scorer", "all");

  Scorer() {}

  /**
   * A scorer in a category.
   *
   * @throws IllegalArgumentException if the name or category is blank, longer than 200 characters or
   *     not one line
   */
  public static Scorer of(String name, String category) {
    return ImmutableScorer.builder().name(name).category(category).build();
  }

  /** The scorer's name. */
  public abstract String name();

  /** The group the scorer speaks for ("local supporter"). */
  public abstract String category();

  /** Validates the scorer however it is made; name and category are stripped. */
  @Value.Check
  Scorer check() {
    String name = Check.name(name(), "Name of a scorer");
    String category = Check.name(category(), "Category of scorer '" + name + "'");
    return name.equals(name()) && category.equals(category()) ? this
        : ImmutableScorer.builder().name(name).category(category).build();
  }

  /** Orders by name in natural order, then category. */
  @Override
  public int compareTo(Scorer other) {
    int byName = Words.NATURAL_ORDER.compare(name(), other.name());
    return byName != 0 ? byName : category().compareTo(other.category());
  }

  /** {@code Mr Panha [local value-chain actor]}. */
  @Override
  public String toString() {
    return name() + " [" + category() + "]";
  }
}
