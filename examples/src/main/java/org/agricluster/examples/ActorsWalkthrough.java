package org.agricluster.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.agricluster.actor.Actor;
import org.agricluster.actor.Farm;
import org.agricluster.actor.FarmSizeRule;
import org.agricluster.actor.Gender;
import org.agricluster.actor.Location;
import org.agricluster.actor.Role;
import org.agricluster.cluster.ApexPlatform;
import org.agricluster.cluster.Cluster;
import org.agricluster.cluster.DevelopmentStep;
import org.agricluster.cluster.GroupStage;
import org.agricluster.cluster.InclusionReport;
import org.agricluster.cluster.InclusionThresholds;
import org.agricluster.cluster.ProducerGroup;
import org.agricluster.json.AgriJson;
import org.agricluster.measure.Area;
import org.agricluster.report.ClusterTables;

/**
 * Actors, producer groups and clusters: Oxfam's Khatlon programme (81 producer groups, 1,496
 * farmers in four commodity clusters under the SFAC apex) with its inclusion report, and CHAIN's
 * Sesan cluster (Annex 3) listed by stakeholder category. Where the papers give only totals,
 * members are generated to match them, and the walkthrough says so.
 */
final class ActorsWalkthrough implements Walkthrough {
  private static final LocalDate PROGRAMME_START = LocalDate.of(2013, 4, 1);

  @Override
  public String name() {
    return "actors";
  }

  @Override
  public String title() {
    return "Oxfam Khatlon's groups, clusters and inclusion report; CHAIN Sesan's actors by category";
  }

  @Override
  public void run(PrintStream out) {
    khatlon(out);
    sesan(out);
  }

  /** Oxfam Khatlon paper: 81 PGs, 1,496 farmers (29 % women), 16 % women leaders, 1.43 ha per member, 4 clusters, SFAC. */
  static ApexPlatform khatlonPlatform() {
    Location khatlon = Location.country("Tajikistan").province("Khatlon");
    String[][] clusters = {{"Kulob", "tomato"}, {"Jomi", "tomato"}, {"Vose'", "onion"}, {"Balkhi", "rice"}};
    int[] groupsPerCluster = {20, 20, 20, 21};
    int farmers = 1496;
    int women = 434;       // 29.0 % of 1,496
    int womenSeats = 65;   // 16.0 % of 81 × 5 = 405 seats
    List<Area> land = khatlonLand(farmers);

    List<Cluster> result = new ArrayList<>();
    int farmer = 0;
    int group = 0;
    for (int c = 0; c < clusters.length; c++) {
      Location district = khatlon.district(clusters[c][0]);
      Cluster.Builder cluster = Cluster.builder(clusters[c][1] + " cluster, " + clusters[c][0], clusters[c][1])
          .addLocation(district).step(DevelopmentStep.BACKSTOPPING);
      int clusterFarmers = farmers / clusters.length;
      for (int g = 0; g < groupsPerCluster[c]; g++, group++) {
        int size = clusterFarmers / groupsPerCluster[c] + (g < clusterFarmers % groupsPerCluster[c] ? 1 : 0);
        List<Actor> members = new ArrayList<>();
        for (int m = 0; m < size; m++, farmer++) {
          boolean woman = spread(farmer, women, farmers);
          members.add(Actor.builder().id(String.format("TJ-PG%02d-F%02d", group + 1, m + 1))
              .name("Farmer " + (farmer + 1)).addRoles(Role.FARMER).gender(woman ? Gender.FEMALE : Gender.MALE)
              .location(district).farm(Farm.of(land.get(farmer), "", List.of(clusters[c][1]))).build());
        }
        int womenHere = spread(group, womenSeats, 81) ? 1 : 0;
        GroupStage stage = group % 5 < 2 ? GroupStage.PERFORMING : group % 10 == 9 ? GroupStage.STORMING : GroupStage.NORMING;
        ProducerGroup.Builder pg = ProducerGroup.builder(String.format("PG%02d", group + 1), clusters[c][1] + " group " + (g + 1))
            .members(members).committee(committee(members, womenHere)).embeddedIn("village CBO")
            .addStage(GroupStage.FORMING, PROGRAMME_START).addStage(GroupStage.STORMING, PROGRAMME_START.plusMonths(8));
        if (stage != GroupStage.STORMING) {
          pg.addStage(GroupStage.NORMING, PROGRAMME_START.plusYears(2));
        }
        if (stage == GroupStage.PERFORMING) {
          pg.addStage(GroupStage.PERFORMING, PROGRAMME_START.plusYears(4));
        }
        cluster.addGroup(pg.build());
      }
      result.add(cluster.build());
    }
    return ApexPlatform.of("SFAC (Khatlon apex platform)", result);
  }

  /** Whether item {@code i} of {@code n} is one of {@code k} spread evenly over them. */
  private static boolean spread(int i, int k, int n) {
    return (long) (i + 1) * k / n > (long) i * k / n;
  }

  /**
   * Land for the generated members, averaging exactly 1.43 ha: four in five hold 0.8 ha (small, below
   * 1 ha), fourteen hold 6 ha (large), the others share the rest equally to the square metre.
   */
  private static List<Area> khatlonLand(int farmers) {
    Area total = Area.ofHectares(new BigDecimal("1.43")).multipliedBy(farmers);
    List<Integer> medium = new ArrayList<>();
    List<Area> land = new ArrayList<>();
    for (int i = 0; i < farmers; i++) {
      if (i % 5 != 4) {
        land.add(Area.ofHectares(new BigDecimal("0.8")));
      } else if (i % 100 == 99) {
        land.add(Area.ofHectares(6));
      } else {
        land.add(Area.ZERO);
        medium.add(i);
      }
    }
    Area rest = total.minus(Area.total(land));
    Area each = Area.ofSquareMetres(rest.toSquareMetres().divide(BigDecimal.valueOf(medium.size()), 0, RoundingMode.DOWN));
    for (int j = 0; j < medium.size(); j++) {
      land.set(medium.get(j), j < medium.size() - 1 ? each : rest.minus(each.multipliedBy(medium.size() - 1)));
    }
    return land;
  }

  /** The committee: {@code women} women first, then men who are not large farmers, from the members. */
  private static List<Actor> committee(List<Actor> members, int women) {
    List<Actor> committee = new ArrayList<>();
    members.stream().filter(Actor::isWoman).limit(women).forEach(committee::add);
    members.stream().filter(a -> !a.isWoman() && a.farm().get().land().isLessThan(Area.ofHectares(5)))
        .limit(5L - committee.size()).forEach(committee::add);
    return committee;
  }

  private static void khatlon(PrintStream out) {
    ApexPlatform sfac = khatlonPlatform();
    out.println("1. Oxfam Khatlon — " + sfac.groups().size() + " producer groups, "
        + String.format(java.util.Locale.ROOT, "%,d", sfac.actors().size()) + " farmers, four commodity clusters under the SFAC (members generated to match the paper's totals)");
    for (Cluster c : sfac.clusters()) {
      out.printf("   %-22s %2d groups, %3d farmers, %s ha%n", c.name(), c.groups().size(), c.actors().size(),
          c.totalFarmLand().toHectares().setScale(2, RoundingMode.HALF_EVEN).toPlainString());
    }
    out.printf("   land per member: %s ha%n", Area.total(sfac.clusters().stream().map(Cluster::totalFarmLand).toList())
        .toHectares().divide(BigDecimal.valueOf(sfac.actors().size()), 2, RoundingMode.HALF_EVEN).toPlainString());
    out.println();
    InclusionReport report = InclusionReport.of(sfac, InclusionThresholds.OXFAM);
    out.println(ClusterTables.inclusion(report).toText());
    out.println("The paper: 29 % women among members, 16 % among leaders — a parity index of 16 ÷ 29 ≈ 0.55.");
    out.println("Small producers: the paper's \"having > 1 hectare\" is read as \"< 1 ha\" (" + FarmSizeRule.OXFAM_KHATLON + ").");
    Walkthroughs.saveAndReadBack(out, AgriJson.APEX, sfac, "sfac-apex.json");
    out.println();
  }

  /** The Sesan cluster as the CHAIN story forms it: the farmers who signed up in the three selected villages, and the others. */
  static Cluster sesanCluster() {
    return ChainWalkthrough.story().formed();
  }

  private static void sesan(PrintStream out) {
    Cluster sesan = sesanCluster();
    int inGroups = sesan.groups().stream().mapToInt(g -> g.members().size()).sum();
    out.println("2. CHAIN Sesan (Annex 3), as the chain walkthrough forms it — " + sesan.actors().size() + " actors: " + inGroups
        + " farmers in " + sesan.groups().size() + " village groups on plots of 200–1,000 m² (generated), two traders (Mr Panha"
        + " also farms), an input supplier, PDAFF staff and the commune chief");
    out.println(ClusterTables.actorsByCategory(sesan).toText()
        .lines().filter(line -> !line.contains(" farmer ") || line.contains(" farmer 1 "))
        .reduce((a, b) -> a + "\n" + b).orElse(""));
    out.println("(one farmer of each village shown; the full contact list has all " + sesan.actors().size() + " rows)");
    out.println("Total land of the cluster's farmers: " + sesan.totalFarmLand());
    Walkthroughs.saveAndReadBack(out, AgriJson.CLUSTER, sesan, "sesan-cluster.json");
  }
}
