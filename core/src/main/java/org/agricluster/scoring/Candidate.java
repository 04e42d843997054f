package org.agricluster.scoring;

import org.agricluster.internal.Check;
import org.agricluster.internal.Words;
import org.immutables.value.Value;

/**
 * Something that is scored and ranked, named as the facilitators name it: {@code Area 3}, or a
 * commune and district ("Kbal Romeas, Sesan").
 *
 * <pre>{@code
 * Candidate area = Candidate.of("Area 3", "Sesan district, Stung Treng");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class Candidate implements Comparable<Candidate> {
  Candidate() {}

  /**
   * A candidate with a name.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public static Candidate of(String name) {
    return of(name, "");
  }

  /**
   * A candidate with a name and a description (where it is, what it is).
   *
   * @throws IllegalArgumentException if the name is blank, longer than 200 characters or not one line
   */
  public static Candidate of(String name, String description) {
    return ImmutableCandidate.builder().name(name).description(description).build();
  }

  /** The name ("Area 3"). */
  public abstract String name();

  /** The description; may be empty. */
  public abstract String description();

  /** Validates the candidate however it is made; name and description are stripped. */
  @Value.Check
  Candidate check() {
    String name = Check.name(name(), "Name of a candidate");
    String description = description().strip();
    return name.equals(name()) && description.equals(description()) ? this
        : ImmutableCandidate.builder().name(name).description(description).build();
  }

  /** Orders by name in natural order ("Area 2" before "Area 10"), the order in which tied candidates are listed. */
  @Override
  public int compareTo(Candidate other) {
    int byName = Words.NATURAL_ORDER.compare(name(), other.name());
    return byName != 0 ? byName : description().compareTo(other.description());
  }

  /** The name, and the description in parentheses if there is one: {@code Area 3 (Sesan)}. */
  @Override
  public String toString() {
    return description().isEmpty() ? name() : name() + " (" + description() + ")";
  }
}
