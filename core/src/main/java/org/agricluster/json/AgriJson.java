package org.agricluster.json;

import java.util.List;
import org.agricluster.calendar.Balance;
import org.agricluster.calendar.Plan;
import org.agricluster.cluster.ApexPlatform;
import org.agricluster.cluster.Cluster;
import org.agricluster.economics.ChainFlow;
import org.agricluster.economics.CollectionLedger;
import org.agricluster.economics.CropBudget;
import org.agricluster.scoring.Scorecard;
import org.agricluster.strategy.WorkingFile;

/**
 * The JSON documents AgriCluster reads and writes, one line each:
 *
 * <pre>{@code
 * String json = AgriJson.CLUSTER.write(sesan);
 * Cluster sesan = AgriJson.CLUSTER.read(Path.of("sesan.json"));
 * AgriJson.CROP_BUDGETS.write(budgets, Path.of("survey.json"));
 * }</pre>
 *
 * <p>The representation rules, the same in every document and stated in each schema: exact
 * decimals as JSON strings ({@code "2.50"}), never binary numbers; currencies as ISO codes; dates as
 * ISO dates ({@code 2024-01-15}) and weeks as ISO weeks ({@code 2024-W14}); units in the field names
 * ({@code squareMetres}, {@code kilograms}, {@code amountPerKilogram}); enumerations as their Java
 * names ({@code COLLECTOR_TRADER}); an actor written once and referred to elsewhere by its id.
 *
 * <p>Compatibility: the {@code $schema} id carries the major version ({@code …/cluster-1.json}).
 * A 1.x reader reads every document any 1.y writer with y ≤ x wrote, exactly; a later 1.y may add
 * optional fields, which an older reader refuses by name rather than dropping them, or reads and
 * reports with {@link JsonDocument#readLenient}. A change that would make an old document mean
 * something else gets a new major version and a new id.
 *
 * <p>This package needs Jackson 3 ({@code tools.jackson.core:jackson-databind}) on the class path or
 * module path; the rest of the library does not.
 */
public final class AgriJson {
  private AgriJson() {}

  /** A whole cluster: places, producer groups with their members, committees, stages and membership logs, direct actors. */
  public static final JsonDocument<Cluster> CLUSTER = new JsonDocument<>("cluster", "cluster", ClusterJson::cluster,
      ClusterJson::cluster);

  /** An apex platform: a name and its clusters, each written as in {@link #CLUSTER} (the SFAC Khatlon platform). */
  public static final JsonDocument<ApexPlatform> APEX = new JsonDocument<>("apex", "apex", ClusterJson::apex, ClusterJson::apex);

  /** A scoring exercise: criteria with their scales, candidates, scorers and every score given (CHAIN §5.1–5.2). */
  public static final JsonDocument<Scorecard> SCORECARD = new JsonDocument<>("scorecard", "scorecard",
      ScoringJson::scorecard, ScoringJson::scorecard);

  /**
   * A collection-point day (the ASPIRE Takeo routine): the buyer's price per crop and grade, and each
   * member's graded, weighed delivery.
   */
  public static final JsonDocument<CollectionLedger> COLLECTION_DAY = new JsonDocument<>("collection-day", "collectionDay",
      EconomicsJson::ledger, EconomicsJson::ledger);

  /**
   * A sourcing calendar: supply (crop profiles and plantings) against demand (kilograms per crop per
   * week of a horizon), read back as the {@link Balance} of the two.
   */
  public static final JsonDocument<Balance> CALENDAR = new JsonDocument<>("calendar", "calendar", CalendarJson::balance,
      CalendarJson::balance);

  /**
   * A production plan: the demand, the baseline (everyone planting in the same week) and the
   * staggered plantings, each with the reason it was chosen, and the planner's summary.
   */
  public static final JsonDocument<Plan> PLAN = new JsonDocument<>("plan", "plan", CalendarJson::plan, CalendarJson::plan);

  /**
   * A working file on a cluster's strategy (CHAIN guide Annex 6): the actors it mentions, the
   * rationale, value propositions, the collective strategy, contract-farming agreements, meetings
   * and actions with their follow-up.
   */
  public static final JsonDocument<WorkingFile> STRATEGY = new JsonDocument<>("strategy", "strategy", StrategyJson::file,
      StrategyJson::file);

  /**
   * A chain flow: the stages from producer to retailer, each with what it bought, its buying and
   * selling prices, its own costs per kilogram and its losses.
   */
  public static final JsonDocument<ChainFlow> CHAIN_FLOW = new JsonDocument<>("chain-flow", "chain", EconomicsJson::chain,
      EconomicsJson::chain);

  /** A crop budget survey: one budget per plot, with sales by grade and cost lines. */
  public static final JsonDocument<List<CropBudget>> CROP_BUDGETS = new JsonDocument<>("crop-budgets", "budgets",
      budgets -> Out.array(budgets, EconomicsJson::budget), in -> List.copyOf(in.list(EconomicsJson::budget)));
}
