package org.agricluster.actor;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.agricluster.internal.Check;
import org.agricluster.internal.Words;
import org.immutables.value.Value;

/**
 * The known places of a programme, each with exactly one parent: a village belongs to one commune,
 * a commune to one district, and so on. Recording a place a second time under another parent is
 * refused ("Kaphon village is in Sesan district, not in Siem Bouk").
 *
 * <pre>{@code
 * Gazetteer places = Gazetteer.of(List.of(kaphon, katout));
 * places.check(someActor.location().get());   // refuses a village filed under the wrong district
 * places.find(AdminLevel.VILLAGE, "Kaphon");
 * }</pre>
 *
 * <p>Places are keyed by level and name within a country; two villages of one name in one country
 * need distinct names (add the commune: "Kaphon (Srae Kor)"). This class is immutable and
 * thread-safe.
 */
public abstract class Gazetteer {
  Gazetteer() {}

  /**
   * A gazetteer of the given places and every place on their paths.
   *
   * @throws IllegalArgumentException if one place appears under two different parents
   */
  public static Gazetteer of(List<Location> locations) {
    notNull(locations, "locations");
    Set<Location> places = new LinkedHashSet<>();
    for (Location location : locations) {
      places.addAll(notNull(location, "location").path());
    }
    return ImmutableGazetteer.builder().places(places).build();
  }

  /** Every known place, each after the places above it. */
  public abstract ImmutableList<Location> places();

  /** The places by key; also refuses a place known under two parents, however the gazetteer is made. */
  @Value.Derived
  ImmutableMap<String, Location> byKey() {
    Map<String, Location> byKey = new LinkedHashMap<>();
    for (Location place : places()) {
      Location known = byKey.putIfAbsent(key(place), place);
      if (known != null && !known.equals(place)) {
        throw conflict(place, known);
      }
    }
    return ImmutableMap.copyOf(byKey);
  }

  private static String key(Location place) {
    return place.country() + "/" + place.level() + "/" + place.name();
  }

  private static IllegalArgumentException conflict(Location given, Location known) {
    String level = given.level().label(given.country());
    return Check.refusal(given.name() + " " + level + " recorded under " + given.parent().map(Location::toString).orElse(""),
        "where the gazetteer has it: " + known.parent().map(Location::toString).orElse(""), given);
  }

  /**
   * Checks that a place agrees with this gazetteer: every place on its path that the gazetteer knows
   * has the same parents.
   *
   * @return the place
   * @throws IllegalArgumentException if a known place is filed under another parent
   */
  public Location check(Location location) {
    notNull(location, "location");
    for (Location place : location.path()) {
      Location known = byKey().get(key(place));
      if (known != null && !known.equals(place)) {
        throw conflict(place, known);
      }
    }
    return location;
  }

  /** The place of a level and name in a country, if known. */
  public Optional<Location> find(String country, AdminLevel level, String name) {
    return Optional.ofNullable(byKey().get(notNull(country, "country") + "/" + notNull(level, "level") + "/"
        + notNull(name, "name")));
  }

  @Override
  public String toString() {
    return "Gazetteer{" + Words.count(byKey().size(), "place") + "}";
  }
}
