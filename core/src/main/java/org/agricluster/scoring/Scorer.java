package org.agricluster.scoring;

import static org.agricluster.internal.Check.notNull;

import org.agricluster.internal.Check;
import org.agricluster.internal.Words;

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
public final class Scorer implements Comparable<Scorer> {
  /** The scorer of a scorecard filled in by one hand (a published table). */
  public static final Scorer SOLE = new Scorer("scorer", "all");

  private final String name;
  private final String category;

  private Scorer(String name, String category) {
    this.name = name;
    this.category = category;
  }

  /**
   * A scorer in a category.
   *
   * @throws IllegalArgumentException if the name or category is blank
   */
  public static Scorer of(String name, String category) {
    notNull(name, "name");
    notNull(category, "category");
    String checked = Check.name(name, "Name of a scorer");
    return new Scorer(checked, Check.name(category, "Category of scorer '" + checked + "'"));
  }

  /** The scorer's name. */
  public String name() {
    return name;
  }

  /** The group the scorer speaks for ("local supporter"). */
  public String category() {
    return category;
  }

  /** Orders by name, then category. */
  @Override
  public int compareTo(Scorer other) {
    int byName = Words.NATURAL_ORDER.compare(name, other.name);
    return byName != 0 ? byName : category.compareTo(other.category);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Scorer && ((Scorer) obj).name.equals(name) && ((Scorer) obj).category.equals(category);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(name, category);
  }

  /** {@code Mr Panha [local value-chain actor]}. */
  @Override
  public String toString() {
    return name + " [" + category + "]";
  }
}
