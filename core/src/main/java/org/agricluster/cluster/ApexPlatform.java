package org.agricluster.cluster;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.agricluster.actor.Actor;

/**
 * A regional apex platform federating clusters — Oxfam's Sughd/Khatlon Farmer Agri-business
 * Consortium (SFAC): member › group › cluster › apex.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ApexPlatform {
  private final String name;
  private final ImmutableList<Cluster> clusters;

  private ApexPlatform(String name, ImmutableList<Cluster> clusters) {
    this.name = name;
    this.clusters = clusters;
  }

  /** A platform of clusters. */
  public static ApexPlatform of(String name, List<Cluster> clusters) {
    notNull(name, "name");
    return new ApexPlatform(name.strip(), ImmutableList.copyOf(notNull(clusters, "clusters")));
  }

  /** The platform's name. */
  public String name() {
    return name;
  }

  /** The clusters. */
  public ImmutableList<Cluster> clusters() {
    return clusters;
  }

  /** Every producer group of every cluster. */
  public ImmutableList<ProducerGroup> groups() {
    return clusters.stream().flatMap(c -> c.groups().stream()).collect(ImmutableList.toImmutableList());
  }

  /** Every actor of every cluster. */
  public ImmutableList<Actor> actors() {
    return clusters.stream().flatMap(c -> c.actors().stream()).collect(ImmutableList.toImmutableList());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ApexPlatform && ((ApexPlatform) obj).name.equals(name)
        && ((ApexPlatform) obj).clusters.equals(clusters);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + clusters.hashCode();
  }

  /** {@code ApexPlatform{SFAC, 4 clusters, 81 groups}}. */
  @Override
  public String toString() {
    return "ApexPlatform{" + name + ", " + clusters.size() + " clusters, " + groups().size() + " groups}";
  }
}
