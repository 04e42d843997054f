package org.agricluster.cluster;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agricluster.actor.Actor;
import org.agricluster.actor.ChainFunction;
import org.agricluster.actor.FarmSize;
import org.agricluster.actor.StakeholderCategory;
import org.agricluster.measure.Share;
import org.agricluster.internal.Words;

/**
 * Governance and inclusion of a cluster or an apex platform, computed from its registry and checked
 * against {@link InclusionThresholds}, each check with a plain-language verdict: women's share of
 * members and of leaders and the leadership parity index (Oxfam Khatlon: 16 % ÷ 29 % ≈ 0.55), the
 * share of small producers, large farmers' share of executive seats against their share of members
 * (elite capture), committee sizes, counts per stakeholder category and chain function, and the
 * distribution of groups over stages.
 *
 * <p>Members are the producer groups' members; leaders are their committees' members. A member whose
 * gender is not recorded counts in the total but not as a woman. Shares are exact; those that
 * partition a whole (categories, functions, stages) sum to exactly 100 %.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InclusionReport {
  private final List<ProducerGroup> groups;
  private final List<Actor> actors;
  private final InclusionThresholds thresholds;

  private InclusionReport(List<ProducerGroup> groups, List<Actor> actors, InclusionThresholds thresholds) {
    this.groups = ImmutableList.copyOf(groups);
    this.actors = ImmutableList.copyOf(actors);
    this.thresholds = thresholds;
  }

  /** The report of a cluster. */
  public static InclusionReport of(Cluster cluster, InclusionThresholds thresholds) {
    notNull(cluster, "cluster");
    return new InclusionReport(cluster.groups(), cluster.actors(), notNull(thresholds, "thresholds"));
  }

  /** The report of an apex platform: all its clusters together. */
  public static InclusionReport of(ApexPlatform apex, InclusionThresholds thresholds) {
    notNull(apex, "apex");
    return new InclusionReport(apex.groups(), apex.actors(), notNull(thresholds, "thresholds"));
  }

  private List<Actor> members() {
    List<Actor> members = new ArrayList<>();
    groups.forEach(g -> members.addAll(g.members()));
    return members;
  }

  private List<Actor> leaders() {
    List<Actor> leaders = new ArrayList<>();
    groups.forEach(g -> leaders.addAll(g.committee()));
    return leaders;
  }

  private static Share shareOf(List<Actor> people, java.util.function.Predicate<Actor> which) {
    return people.isEmpty() ? Share.ZERO : Share.ofRatio(people.stream().filter(which).count(), people.size());
  }

  /** The thresholds checked against. */
  public InclusionThresholds thresholds() {
    return thresholds;
  }

  /** How many producer groups. */
  public int groupCount() {
    return groups.size();
  }

  /** How many group members. */
  public int memberCount() {
    return members().size();
  }

  /** How many committee seats are filled. */
  public int leaderCount() {
    return leaders().size();
  }

  /** Women's share of group members. */
  public Share womenAmongMembers() {
    return shareOf(members(), Actor::isWoman);
  }

  /** Women's share of committee members. */
  public Share womenAmongLeaders() {
    return shareOf(leaders(), Actor::isWoman);
  }

  /**
   * The leadership parity index: women's share among leaders ÷ their share among members (1 is
   * parity). Empty — undefined — when no member is a woman.
   */
  public Optional<BigDecimal> parityIndex() {
    Share members = womenAmongMembers();
    return members.isZero() ? Optional.empty() : Optional.of(womenAmongLeaders().ratioTo(members));
  }

  private List<Actor> membersWithFarm() {
    return members().stream().filter(a -> a.farm().isPresent()).toList();
  }

  /** The share of small producers among members whose farm is recorded. */
  public Share smallProducers() {
    return shareOf(membersWithFarm(), a -> a.farmSize(thresholds.farmSizeRule()).orElseThrow() == FarmSize.SMALL);
  }

  /** Large farmers' share of members whose farm is recorded. */
  public Share largeFarmersAmongMembers() {
    return shareOf(membersWithFarm(), a -> a.farmSize(thresholds.farmSizeRule()).orElseThrow() == FarmSize.LARGE);
  }

  /** Large farmers' share of committee seats held by members whose farm is recorded. */
  public Share largeFarmersAmongLeaders() {
    return shareOf(leaders().stream().filter(a -> a.farm().isPresent()).toList(),
        a -> a.farmSize(thresholds.farmSizeRule()).orElseThrow() == FarmSize.LARGE);
  }

  /** The groups whose committee is not elected or not of the threshold size. */
  public ImmutableList<ProducerGroup> groupsWithIrregularCommittee() {
    return groups.stream().filter(g -> g.committee().size() != thresholds.committeeSize())
        .collect(ImmutableList.toImmutableList());
  }

  /** The share of groups in each stage; sums to exactly 100 % when there is a group. */
  public ImmutableMap<GroupStage, Share> stageDistribution() {
    Map<GroupStage, Share> result = new EnumMap<>(GroupStage.class);
    for (GroupStage stage : GroupStage.values()) {
      long n = groups.stream().filter(g -> g.currentStage() == stage).count();
      result.put(stage, groups.isEmpty() ? Share.ZERO : Share.ofRatio(n, groups.size()));
    }
    return ImmutableMap.copyOf(result);
  }

  /** Actors per stakeholder category of their first role; the counts sum to the number of actors. */
  public ImmutableMap<StakeholderCategory, Long> countsByCategory() {
    Map<StakeholderCategory, Long> counts = new EnumMap<>(StakeholderCategory.class);
    for (StakeholderCategory c : StakeholderCategory.values()) {
      counts.put(c, actors.stream().filter(a -> a.primaryRole().category() == c).count());
    }
    return ImmutableMap.copyOf(counts);
  }

  /** Actors per chain function of their first role; the counts sum to the number of actors. */
  public ImmutableMap<ChainFunction, Long> countsByFunction() {
    Map<ChainFunction, Long> counts = new EnumMap<>(ChainFunction.class);
    for (ChainFunction f : ChainFunction.values()) {
      counts.put(f, actors.stream().filter(a -> a.primaryRole().function() == f).count());
    }
    return ImmutableMap.copyOf(counts);
  }

  /** Every check with its measured value, threshold, result and verdict. */
  public ImmutableList<InclusionCheck> checks() {
    List<InclusionCheck> checks = new ArrayList<>();
    Share women = womenAmongMembers();
    checks.add(InclusionCheck.of("Women among members", pct(women), ">= " + pct(thresholds.minWomenMembers()),
        women.compareTo(thresholds.minWomenMembers()) >= 0,
        "women are " + pct(women) + " of the " + memberCount() + " members"));
    Share womenLead = womenAmongLeaders();
    checks.add(InclusionCheck.of("Women among leaders", pct(womenLead), ">= " + pct(thresholds.minWomenLeaders()),
        womenLead.compareTo(thresholds.minWomenLeaders()) >= 0,
        "women hold " + pct(womenLead) + " of the " + leaderCount() + " committee seats"));
    Optional<BigDecimal> parity = parityIndex();
    checks.add(InclusionCheck.of("Leadership parity index", parity.map(p -> p.setScale(2, RoundingMode.HALF_EVEN).toPlainString())
            .orElse("undefined"), ">= " + thresholds.minParity().toPlainString(),
        parity.map(p -> p.compareTo(thresholds.minParity()) >= 0).orElse(false),
        parity.map(p -> p.compareTo(BigDecimal.ONE) >= 0 ? "women lead at least in proportion to their membership"
            : "women lead at " + p.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " of their share of members")
            .orElse("undefined: no member is a woman")));
    Share small = smallProducers();
    checks.add(InclusionCheck.of("Small producers among members", pct(small), ">= " + pct(thresholds.minSmallProducers()),
        small.compareTo(thresholds.minSmallProducers()) >= 0,
        pct(small) + " of members with a recorded farm are small (" + thresholds.farmSizeRule() + ")"));
    Share largeSeats = largeFarmersAmongLeaders();
    Share largeMembers = largeFarmersAmongMembers();
    checks.add(InclusionCheck.of("Large farmers' seats (elite capture)", pct(largeSeats), "<= " + pct(largeMembers)
            + " (their share of members)", largeSeats.compareTo(largeMembers) <= 0,
        largeSeats.compareTo(largeMembers) <= 0 ? "large farmers hold no more seats than their share of members"
            : "large farmers hold " + pct(largeSeats) + " of seats against " + pct(largeMembers) + " of members: risk of elite capture"));
    int irregular = groupsWithIrregularCommittee().size();
    checks.add(InclusionCheck.of("Committees of " + thresholds.committeeSize(), (groups.size() - irregular) + " of " + groups.size(),
        "all", irregular == 0, irregular == 0 ? "every group has an elected committee of " + thresholds.committeeSize()
            : irregular + " group(s) have no committee or one of another size"));
    Share performing = stageDistribution().get(GroupStage.PERFORMING);
    checks.add(InclusionCheck.of("Groups performing", pct(performing), ">= " + pct(thresholds.minPerforming()),
        performing.compareTo(thresholds.minPerforming()) >= 0,
        pct(performing) + " of " + groups.size() + " groups are in the performing stage"));
    return ImmutableList.copyOf(checks);
  }

  private static String pct(Share share) {
    return share.toPercent(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "%";
  }

  @Override
  public String toString() {
    Map<String, String> summary = new LinkedHashMap<>();
    checks().forEach(c -> summary.put(c.name(), c.measured() + (c.passes() ? " ok" : " FAILS")));
    return "InclusionReport{" + Words.count(groupCount(), "group") + ", " + Words.count(memberCount(), "member") + ", "
        + summary + "}";
  }
}
