package org.agricluster.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.agricluster.calendar.Balance;
import org.agricluster.calendar.CropProfile;
import org.agricluster.calendar.DemandCalendar;
import org.agricluster.calendar.Horizon;
import org.agricluster.calendar.IsoWeek;
import org.agricluster.calendar.LowerBound;
import org.agricluster.calendar.Plan;
import org.agricluster.calendar.Planting;
import org.agricluster.calendar.SupplyCalendar;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sourcing calendars and production plans: the horizon, the crop profiles (each with an id), the
 * plantings (each naming its profile's id) and the demand per crop, one kilogram figure per week of
 * the horizon.
 */
final class CalendarJson {
  private CalendarJson() {}

  static ObjectNode profile(CropProfile profile) {
    ObjectNode o = Out.object();
    o.put("crop", profile.crop());
    o.put("variety", profile.variety());
    o.put("nurseryWeeks", profile.nurseryWeeks());
    o.put("weeksToFirstHarvest", profile.weeksToFirstHarvest());
    o.set("harvestShares", Out.array(profile.harvestShares(), MeasureJson::share));
    o.set("yield", MeasureJson.yield(profile.yield()));
    return o;
  }

  static CropProfile profile(In in) {
    CropProfile.Builder b = CropProfile.builder(in.field("crop").string());
    b.variety(in.field("variety").string());
    b.nurseryWeeks(in.field("nurseryWeeks").integer(0, 520));
    b.weeksToFirstHarvest(in.field("weeksToFirstHarvest").integer(0, 520));
    b.harvestShares(in.field("harvestShares").list(MeasureJson::share));
    b.yield(in.field("yield").as(MeasureJson::yield));
    in.end();
    return in.as(x -> b.build());
  }

  // ---- the parts both documents share ----

  private static ObjectNode horizon(Horizon horizon) {
    ObjectNode h = Out.object();
    h.put("start", horizon.start().toString());
    h.put("weeks", horizon.weeks());
    return h;
  }

  private static Horizon horizon(In h) {
    IsoWeek start = h.field("start").as(s -> IsoWeek.parse(s.string()));
    int length = h.field("weeks").integer(1, Horizon.MAX_WEEKS);
    h.end();
    return h.as(x -> Horizon.of(start, length));
  }

  /**
   * The profiles the plantings use, in order of first use, each with its id: the crop's name when
   * the crop has one profile, otherwise the name and a number ({@code "rice #2"}), made unique.
   */
  @SafeVarargs
  private static Map<CropProfile, String> profileIds(Collection<Planting>... plantings) {
    Map<String, List<CropProfile>> byCrop = new LinkedHashMap<>();
    for (Collection<Planting> list : plantings) {
      for (Planting p : list) {
        List<CropProfile> profiles = byCrop.computeIfAbsent(p.crop(), c -> new ArrayList<>());
        if (!profiles.contains(p.profile())) {
          profiles.add(p.profile());
        }
      }
    }
    Map<CropProfile, String> ids = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    byCrop.forEach((crop, profiles) -> {
      for (int i = 0; i < profiles.size(); i++) {
        String id = profiles.size() == 1 ? crop : crop + " #" + (i + 1);
        while (!used.add(id)) {
          id = id + " #" + (i + 1);
        }
        ids.put(profiles.get(i), id);
      }
    });
    return ids;
  }

  private static ArrayNode profiles(Map<CropProfile, String> ids) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    ids.forEach((profile, id) -> {
      ObjectNode o = Out.object();
      o.put("id", id);
      o.setAll(profile(profile));
      array.add(o);
    });
    return array;
  }

  private static Map<String, CropProfile> profiles(In in) {
    Map<String, CropProfile> byId = new LinkedHashMap<>();
    in.list(c -> {
      String id = c.field("id").string();
      if (id.isBlank()) {
        throw c.field("id").refusal("must be a profile id that is not blank");
      }
      CropProfile profile = CalendarJson.profile(c);
      if (byId.putIfAbsent(id, profile) != null) {
        throw c.refusal("must have an id of its own but repeats '" + id + "'");
      }
      return profile;
    });
    if (new HashSet<>(byId.values()).size() < byId.size()) {
      throw in.refusal("must give each crop profile once, under one id, but gives one twice");
    }
    return byId;
  }

  private static ObjectNode planting(Planting p, Map<CropProfile, String> ids) {
    ObjectNode n = Out.object();
    n.put("member", p.member());
    n.put("profile", ids.get(p.profile()));
    n.put("week", p.week().toString());
    n.set("area", MeasureJson.area(p.area()));
    return n;
  }

  private static Planting planting(In p, Map<String, CropProfile> profiles) {
    String member = p.field("member").string();
    In profileField = p.field("profile");
    CropProfile profile = profiles.get(profileField.string());
    if (profile == null) {
      throw profileField.refusal("must be the id of a profile in crops " + profiles.keySet().stream().sorted().toList()
          + " but was '" + profileField.string() + "'");
    }
    IsoWeek week = p.field("week").as(w -> IsoWeek.parse(w.string()));
    Area area = p.field("area").as(MeasureJson::area);
    return p.as(x -> Planting.of(member, profile, week, area));
  }

  private static ObjectNode demand(DemandCalendar demand) {
    ObjectNode rows = Out.object();
    for (String crop : demand.crops()) {
      ArrayNode weeks = JsonNodeFactory.instance.arrayNode();
      demand.weekly(crop).values().forEach(m -> weeks.add(Out.decimal(m.toKilograms())));
      rows.set(crop, weeks);
    }
    return rows;
  }

  private static DemandCalendar demand(In rows, Horizon horizon) {
    DemandCalendar.Builder demand = DemandCalendar.builder(horizon);
    rows.map(crop -> crop.list(In::decimal)).forEach((crop, kilograms) -> {
      if (kilograms.size() != horizon.weeks()) {
        throw rows.refusal("must give the demand for '" + crop + "' in each of the horizon's " + horizon.weeks()
            + " weeks but gives " + kilograms.size());
      }
      rows.as(x -> demand.everyWeek(crop, Mass.ZERO));
      for (int t = 0; t < kilograms.size(); t++) {
        int index = t;
        Mass mass = rows.as(x -> Mass.ofKilograms(kilograms.get(index)));
        if (!mass.isZero()) {
          IsoWeek week = horizon.start().plusWeeks(t);
          rows.as(x -> demand.week(crop, week, mass));
        }
      }
    });
    return rows.as(x -> demand.build());
  }

  /** A delivery schedule: {@code {"horizon": …, "demand": {crop: [kg per week]}}}. */
  static ObjectNode schedule(DemandCalendar schedule) {
    ObjectNode o = Out.object();
    o.set("horizon", horizon(schedule.horizon()));
    o.set("demand", demand(schedule));
    return o;
  }

  static DemandCalendar schedule(In in) {
    Horizon horizon = horizon(in.field("horizon"));
    DemandCalendar demand = demand(in.field("demand"), horizon);
    in.end();
    return demand;
  }

  // ---- the calendar document ----

  static ObjectNode balance(Balance balance) {
    ObjectNode o = Out.object();
    Map<CropProfile, String> ids = profileIds(balance.supply().plantings());
    o.set("horizon", horizon(balance.horizon()));
    o.set("crops", profiles(ids));
    o.set("plantings", Out.array(balance.supply().plantings(), p -> planting(p, ids)));
    o.set("demand", demand(balance.demand()));
    return o;
  }

  static Balance balance(In in) {
    Horizon horizon = horizon(in.field("horizon"));
    Map<String, CropProfile> profiles = profiles(in.field("crops"));
    List<Planting> plantings = in.field("plantings").list(p -> {
      Planting planting = planting(p, profiles);
      p.end();
      return planting;
    });
    DemandCalendar demand = demand(in.field("demand"), horizon);
    in.end();
    SupplyCalendar supply = in.as(x -> SupplyCalendar.of(horizon, plantings));
    return in.as(x -> Balance.of(supply, demand));
  }

  // ---- the plan document ----

  static ObjectNode plan(Plan plan) {
    ObjectNode o = Out.object();
    List<Planting> baseline = plan.baselineBalance().supply().plantings();
    List<Planting> planned = plan.plantings().stream().map(Plan.PlannedPlanting::planting).toList();
    Map<CropProfile, String> ids = profileIds(planned, baseline);
    o.set("horizon", horizon(plan.balance().horizon()));
    o.set("crops", profiles(ids));
    o.set("demand", demand(plan.balance().demand()));
    o.set("baseline", Out.array(baseline, p -> planting(p, ids)));
    o.set("plantings", Out.array(plan.plantings(), p -> {
      ObjectNode n = planting(p.planting(), ids);
      n.put("reason", p.reason());
      return n;
    }));
    o.put("summary", plan.summary());
    plan.lowerBound().ifPresent(b -> {
      ObjectNode n = Out.object();
      n.put("kilograms", Out.decimal(b.gap().toKilograms()));
      n.put("unmeetableKilograms", Out.decimal(b.unmeetable().toKilograms()));
      n.put("forEveryPlan", b.forEveryPlan());
      o.set("lowerBound", n);
    });
    return o;
  }

  static Plan plan(In in) {
    Horizon horizon = horizon(in.field("horizon"));
    Map<String, CropProfile> profiles = profiles(in.field("crops"));
    DemandCalendar demand = demand(in.field("demand"), horizon);
    List<Planting> baseline = in.field("baseline").list(p -> {
      Planting planting = planting(p, profiles);
      p.end();
      return planting;
    });
    List<Plan.PlannedPlanting> planned = in.field("plantings").list(p -> {
      Planting planting = planting(p, profiles);
      String reason = p.field("reason").string();
      p.end();
      return p.as(x -> Plan.PlannedPlanting.of(planting, reason));
    });
    String summary = in.field("summary").string();
    Optional<LowerBound> bound = in.optional("lowerBound").map(b -> {
      Mass gap = b.field("kilograms").as(m -> Mass.ofKilograms(m.decimal()));
      Mass unmeetable = b.field("unmeetableKilograms").as(m -> Mass.ofKilograms(m.decimal()));
      boolean every = b.field("forEveryPlan").bool();
      b.end();
      return b.as(x -> LowerBound.of(gap, unmeetable, every));
    });
    in.end();
    Plan plan = in.as(x -> Plan.of(demand, baseline, planned, summary));
    return bound.isEmpty() ? plan : in.as(x -> plan.withLowerBound(bound.get()));
  }
}
