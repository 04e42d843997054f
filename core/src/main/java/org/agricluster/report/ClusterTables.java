package org.agricluster.report;

import static org.agricluster.internal.Check.notNull;

import java.math.RoundingMode;
import java.util.List;
import org.agricluster.actor.Actor;
import org.agricluster.actor.StakeholderCategory;
import org.agricluster.cluster.Cluster;
import org.agricluster.cluster.GroupStage;
import org.agricluster.cluster.InclusionCheck;
import org.agricluster.cluster.InclusionReport;
import org.agricluster.measure.Share;
import org.agricluster.internal.Words;

/**
 * Tables of a cluster's people and governance: the actors by stakeholder category (with contacts,
 * CHAIN Annex 6's annex) and the inclusion report with its verdicts.
 */
public final class ClusterTables {
  private ClusterTables() {}

  /** Every actor of the cluster, grouped by the stakeholder category of the primary role, with contact details. */
  public static Table actorsByCategory(Cluster cluster) {
    notNull(cluster, "cluster");
    Table.Builder t = Table.builder("Actors of " + cluster.name() + " by stakeholder category")
        .column("Category", Table.Align.LEFT).column("Actor", Table.Align.LEFT).column("Role", Table.Align.LEFT)
        .column("Where", Table.Align.LEFT).column("Contact", Table.Align.LEFT);
    for (StakeholderCategory category : StakeholderCategory.values()) {
      List<Actor> actors = cluster.contactList().stream().filter(a -> a.primaryRole().category() == category).toList();
      for (Actor a : actors) {
        String contact = String.join(", ", a.contact().title().orElse(""), a.contact().workplace().orElse(""),
            a.contact().phone().orElse("")).replaceAll("(, )+", ", ").replaceAll("^, |, $", "");
        t.row(category.label(), a.name(), a.primaryRole().label(), a.location().map(l -> l.name()).orElse(""), contact);
      }
    }
    return t.note(cluster.actors().size() + " actors; development step " + cluster.step().number() + " ("
        + cluster.step().label() + ").").build();
  }

  /** The inclusion checks with their verdicts, then the stage distribution. */
  public static Table inclusion(InclusionReport report) {
    notNull(report, "report");
    Table.Builder t = Table.builder("Governance and inclusion").column("Check", Table.Align.LEFT)
        .column("Measured", Table.Align.RIGHT).column("Threshold", Table.Align.LEFT).column("Result", Table.Align.LEFT)
        .column("Verdict", Table.Align.LEFT);
    for (InclusionCheck c : report.checks()) {
      t.row(c.name(), c.measured(), c.threshold(), c.passes() ? "ok" : "FAILS", c.verdict());
    }
    StringBuilder stages = new StringBuilder("Stages: ");
    for (GroupStage stage : GroupStage.values()) {
      Share share = report.stageDistribution().get(stage);
      stages.append(stage.name().toLowerCase(java.util.Locale.ROOT)).append(' ')
          .append(share.toPercent(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString()).append("%  ");
    }
    return t.note(Words.count(report.groupCount(), "group") + ", " + Words.count(report.memberCount(), "member") + ", "
        + Words.count(report.leaderCount(), "committee seat") + ".").note(stages.toString().strip()).note("Thresholds: " + report.thresholds()).build();
  }
}
