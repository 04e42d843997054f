package org.agricluster.actor;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.agricluster.internal.Check;

/**
 * A place in an administrative hierarchy, from a country down: country › province › district ›
 * commune › village (Tajikistan: country › oblast › district › jamoat › village). A level may be
 * skipped where it is not known (the CHAIN Annex 3 villages are named by district).
 *
 * <pre>{@code
 * Location sesan = Location.country("Cambodia").province("Stung Treng").district("Sesan");
 * Location kaphon = sesan.village("Kaphon");
 * sesan.contains(kaphon);   // true
 * }</pre>
 *
 * <p>Equality is by the whole path. Whether a village really lies in the district a record says is
 * the job of a {@link Gazetteer}. This class is immutable and thread-safe.
 */
public final class Location {
  private final ImmutableList<AdminLevel> levels;
  private final ImmutableList<String> names;

  private Location(ImmutableList<AdminLevel> levels, ImmutableList<String> names) {
    this.levels = levels;
    this.names = names;
  }

  /**
   * A country.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public static Location country(String name) {
    return new Location(ImmutableList.of(AdminLevel.COUNTRY), ImmutableList.of(checkName(name, AdminLevel.COUNTRY)));
  }

  private static String checkName(String name, AdminLevel level) {
    notNull(name, "name");
    if (name.isBlank() || name.contains("›")) {
      throw Check.refusal("Name of a " + level.name().toLowerCase(java.util.Locale.ROOT), "not blank and without '›'",
          "'" + name + "'");
    }
    return name.strip();
  }

  /**
   * The place of a lower level within this one.
   *
   * @throws IllegalArgumentException if the level is not below this place's level, or the name is blank
   */
  public Location child(AdminLevel level, String name) {
    notNull(level, "level");
    notNull(name, "name");
    if (level.compareTo(level()) <= 0) {
      throw Check.refusal("Level of a place within " + this, "below " + level().label(country()), level.label(country()));
    }
    return new Location(ImmutableList.<AdminLevel>builder().addAll(levels).add(level).build(),
        ImmutableList.<String>builder().addAll(names).add(checkName(name, level)).build());
  }

  /** The province (oblast) of this name within this place. */
  public Location province(String name) {
    return child(AdminLevel.PROVINCE, name);
  }

  /** The district of this name within this place. */
  public Location district(String name) {
    return child(AdminLevel.DISTRICT, name);
  }

  /** The commune (jamoat) of this name within this place. */
  public Location commune(String name) {
    return child(AdminLevel.COMMUNE, name);
  }

  /** The village of this name within this place. */
  public Location village(String name) {
    return child(AdminLevel.VILLAGE, name);
  }

  /** This place's own level. */
  public AdminLevel level() {
    return levels.get(levels.size() - 1);
  }

  /** This place's own name ("Kaphon"). */
  public String name() {
    return names.get(names.size() - 1);
  }

  /** The country's name. */
  public String country() {
    return names.get(0);
  }

  /** The name at a level of the path, if the path has it ("Sesan" at {@link AdminLevel#DISTRICT}). */
  public Optional<String> nameAt(AdminLevel level) {
    int i = levels.indexOf(notNull(level, "level"));
    return i < 0 ? Optional.empty() : Optional.of(names.get(i));
  }

  /** The place this one lies in; empty for a country. */
  public Optional<Location> parent() {
    if (levels.size() == 1) {
      return Optional.empty();
    }
    return Optional.of(new Location(levels.subList(0, levels.size() - 1), names.subList(0, names.size() - 1)));
  }

  /** The places this one lies in, from the country down, then this place. */
  public ImmutableList<Location> path() {
    List<Location> path = new ArrayList<>();
    for (int i = 1; i <= levels.size(); i++) {
      path.add(new Location(levels.subList(0, i), names.subList(0, i)));
    }
    return ImmutableList.copyOf(path);
  }

  /** Whether {@code other} is this place or lies within it (containment is transitive). */
  public boolean contains(Location other) {
    notNull(other, "other");
    return other.levels.size() >= levels.size() && other.levels.subList(0, levels.size()).equals(levels)
        && other.names.subList(0, names.size()).equals(names);
  }

  /** Whether this place is {@code other} or lies within it. */
  public boolean isWithin(Location other) {
    return notNull(other, "other").contains(this);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Location && ((Location) obj).levels.equals(levels) && ((Location) obj).names.equals(names);
  }

  @Override
  public int hashCode() {
    return levels.hashCode() * 31 + names.hashCode();
  }

  /** {@code Cambodia › Stung Treng › Sesan › Kaphon}. */
  @Override
  public String toString() {
    return String.join(" › ", names);
  }

  /** {@code Kaphon village, Sesan district, Stung Treng province, Cambodia}. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    for (int i = names.size() - 1; i >= 1; i--) {
      parts.add(names.get(i) + " " + levels.get(i).label(country()));
    }
    parts.add(country());
    return parts.stream().collect(Collectors.joining(", "));
  }
}
