package org.agricluster;

import java.util.concurrent.ThreadLocalRandom;
import org.quicktheories.QuickTheory;

/**
 * The one way properties are run in this project: {@code PropertyTests.qt()} instead of
 * QuickTheories' own {@code qt()}.
 *
 * <p>In the normal build every property runs with the fixed seed {@link #SEED}, so a build is
 * reproducible and never red at random. With {@code -Pexplore} (system property
 * {@code agricluster.explore=true}) every property runs with a fresh random seed and ten times the
 * examples; QuickTheories prints the seed of any falsifying case, and that case becomes an example
 * test in the normal suite.
 *
 * <p>Under mutation testing of the calendar (system property {@code agricluster.mutation=true},
 * set by the {@code mutation} profile for that package) every property runs with a quarter of its
 * examples, at least {@value #MUTATION_MINIMUM}: PIT runs every covering test once per mutant, and
 * a surviving planner mutant otherwise pays for every example of every planner property.
 *
 * <p>A property that cannot use a generated case says so with QuickTheories' {@code assuming(...)},
 * never with an early {@code return}; {@code ArchitectureTest} checks that no test calls
 * QuickTheories' {@code qt()} directly.
 */
public final class PropertyTests {
  /** The seed of every property in the normal build. */
  public static final long SEED = 2_026_12_01L;
  /** QuickTheories' own default number of examples. */
  public static final int DEFAULT_EXAMPLES = 1_000;
  /** Whether this run explores fresh random seeds ({@code -Pexplore}). */
  public static final boolean EXPLORE = Boolean.getBoolean("agricluster.explore");
  private static final int EXPLORE_FACTOR = 10;
  /** Whether this run is PIT's, for a package whose properties are costly (the {@code mutation} profile). */
  public static final boolean MUTATION = Boolean.getBoolean("agricluster.mutation");
  private static final int MUTATION_DIVISOR = 4;
  /** The fewest examples a property runs with under mutation testing (or its own count, if lower). */
  public static final int MUTATION_MINIMUM = 10;

  private PropertyTests() {}

  /** A property with QuickTheories' default number of examples. */
  public static QuickTheory qt() {
    return qt(DEFAULT_EXAMPLES);
  }

  /** A property with a number of examples in the normal build (ten times as many with {@code -Pexplore}). */
  public static QuickTheory qt(int examples) {
    long seed = EXPLORE ? ThreadLocalRandom.current().nextLong() : SEED;
    int count = EXPLORE ? examples * EXPLORE_FACTOR
        : MUTATION ? Math.min(examples, Math.max(MUTATION_MINIMUM, examples / MUTATION_DIVISOR)) : examples;
    return QuickTheory.qt().withFixedSeed(seed).withExamples(count);
  }
}
