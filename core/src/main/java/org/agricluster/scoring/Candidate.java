package org.agricluster.scoring;

import static org.agricluster.internal.Check.notNull;

import org.agricluster.internal.Check;
import org.agricluster.internal.Words;

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
public final class Candidate implements Comparable<Candidate> {
  private final String name;
  private final String description;

  private Candidate(String name, String description) {
    this.name = name;
    this.description = description;
  }

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
   * @throws IllegalArgumentException if the name is blank
   */
  public static Candidate of(String name, String description) {
    notNull(description, "description");
    return new Candidate(Check.name(name, "Name of a candidate"), description.strip());
  }

  /** The name ("Area 3"). */
  public String name() {
    return name;
  }

  /** The description; may be empty. */
  public String description() {
    return description;
  }

  /** Orders by name, the order in which tied candidates are listed. */
  @Override
  public int compareTo(Candidate other) {
    int byName = Words.NATURAL_ORDER.compare(name, other.name);
    return byName != 0 ? byName : description.compareTo(other.description);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Candidate && ((Candidate) obj).name.equals(name)
        && ((Candidate) obj).description.equals(description);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(name, description);
  }

  /** The name, and the description in parentheses if there is one: {@code Area 3 (Sesan)}. */
  @Override
  public String toString() {
    return description.isEmpty() ? name : name + " (" + description + ")";
  }
}
