package org.agricluster.json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agricluster.calendar.Balance;
import org.agricluster.calendar.CropProfile;
import org.agricluster.calendar.DemandCalendar;
import org.agricluster.calendar.Horizon;
import org.agricluster.calendar.IsoWeek;
import org.agricluster.calendar.Planting;
import org.agricluster.calendar.SupplyCalendar;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A sourcing calendar: the horizon, the crop profiles, the plantings (each naming its crop's
 * profile) and the demand per crop, one kilogram figure per week of the horizon.
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

  static ObjectNode balance(Balance balance) {
    ObjectNode o = Out.object();
    Horizon horizon = balance.horizon();
    ObjectNode h = o.putObject("horizon");
    h.put("start", horizon.start().toString());
    h.put("weeks", horizon.weeks());
    List<CropProfile> profiles = balance.supply().plantings().stream().map(Planting::profile).distinct().toList();
    o.set("crops", Out.array(profiles, CalendarJson::profile));
    o.set("plantings", Out.array(balance.supply().plantings(), p -> {
      ObjectNode n = Out.object();
      n.put("member", p.member());
      n.put("crop", p.crop());
      n.put("week", p.week().toString());
      n.set("area", MeasureJson.area(p.area()));
      return n;
    }));
    ObjectNode demand = o.putObject("demand");
    for (String crop : balance.demand().crops()) {
      ArrayNode weeks = JsonNodeFactory.instance.arrayNode();
      balance.demand().weekly(crop).values().forEach(m -> weeks.add(Out.decimal(m.toKilograms())));
      demand.set(crop, weeks);
    }
    return o;
  }

  static Balance balance(In in) {
    In h = in.field("horizon");
    IsoWeek start = h.field("start").as(s -> IsoWeek.parse(s.string()));
    int length = h.field("weeks").integer(1, Horizon.MAX_WEEKS);
    h.end();
    Horizon horizon = h.as(x -> Horizon.of(start, length));
    Map<String, CropProfile> profiles = new HashMap<>();
    in.field("crops").list(c -> {
      CropProfile profile = CalendarJson.profile(c);
      if (profiles.putIfAbsent(profile.crop(), profile) != null) {
        throw c.refusal("must give one profile per crop but gives two for '" + profile.crop() + "'");
      }
      return profile;
    });
    List<Planting> plantings = in.field("plantings").list(p -> {
      String member = p.field("member").string();
      In cropField = p.field("crop");
      CropProfile profile = profiles.get(cropField.string());
      if (profile == null) {
        throw cropField.refusal("must be a crop with a profile in crops " + profiles.keySet().stream().sorted().toList()
            + " but was '" + cropField.string() + "'");
      }
      IsoWeek week = p.field("week").as(w -> IsoWeek.parse(w.string()));
      Area area = p.field("area").as(MeasureJson::area);
      p.end();
      return p.as(x -> Planting.of(member, profile, week, area));
    });
    DemandCalendar.Builder demand = DemandCalendar.builder(horizon);
    In rows = in.field("demand");
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
    in.end();
    SupplyCalendar supply = in.as(x -> SupplyCalendar.of(horizon, plantings));
    return in.as(x -> Balance.of(supply, demand.build()));
  }
}
