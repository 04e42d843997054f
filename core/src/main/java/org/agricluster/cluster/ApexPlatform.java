package org.agricluster.cluster;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Set;
import org.agricluster.actor.Actor;
import org.agricluster.internal.Check;
import org.agricluster.internal.Words;
import org.immutables.value.Value;

/**
 * A regional apex platform federating clusters — Oxfam's Sughd/Khatlon Farmer Agri-business
 * Consortium (SFAC): member › group › cluster › apex.
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class ApexPlatform {
  ApexPlatform() {}

  /**
   * A platform of clusters.
   *
   * @throws IllegalArgumentException if the name is blank or two clusters have one name
   */
  public static ApexPlatform of(String name, Iterable<Cluster> clusters) {
    return ImmutableApexPlatform.builder().name(name).clusters(clusters).build();
  }

  /** The platform's name. */
  public abstract String name();

  /** The clusters. */
  public abstract ImmutableList<Cluster> clusters();

  @Value.Check
  ApexPlatform check() {
    if (name().isBlank()) {
      throw Check.refusal("Name of an apex platform", "not blank", "''");
    }
    Set<String> names = new HashSet<>();
    for (Cluster c : clusters()) {
      if (!names.add(c.name())) {
        throw Check.refusal("Clusters of apex platform " + name().strip(), "distinct by name", Check.quoted(c.name()) + " twice");
      }
    }
    return name().equals(name().strip()) ? this : ImmutableApexPlatform.builder().from(this).name(name().strip()).build();
  }

  /** Every producer group of every cluster. */
  public ImmutableList<ProducerGroup> groups() {
    return clusters().stream().flatMap(c -> c.groups().stream()).collect(ImmutableList.toImmutableList());
  }

  /** Every actor of every cluster. */
  public ImmutableList<Actor> actors() {
    return clusters().stream().flatMap(c -> c.actors().stream()).collect(ImmutableList.toImmutableList());
  }

  /** {@code ApexPlatform{SFAC, 4 clusters, 81 groups}}. */
  @Override
  public String toString() {
    return "ApexPlatform{" + name() + ", " + Words.count(clusters().size(), "cluster") + ", "
        + Words.count(groups().size(), "group") + "}";
  }
}
