package org.agricluster.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.agricluster.economics.ChainFlow;
import org.agricluster.economics.CollectionLedger;
import org.agricluster.economics.CostCategory;
import org.agricluster.economics.CostLine;
import org.agricluster.economics.CropBudget;
import org.agricluster.economics.Delivery;
import org.agricluster.economics.GradePrices;
import org.agricluster.economics.GradeSale;
import org.agricluster.measure.CurrencyUnit;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;
import tools.jackson.databind.node.ObjectNode;

/**
 * Crop budgets with their sales by grade and their cost lines; the collection point's grade prices
 * (an object of crops, each an object of grades) and deliveries.
 */
final class EconomicsJson {
  private EconomicsJson() {}

  static ObjectNode sale(GradeSale sale) {
    ObjectNode o = Out.object();
    o.put("grade", sale.grade());
    o.set("share", MeasureJson.share(sale.share()));
    o.set("price", MeasureJson.price(sale.price()));
    return o;
  }

  static GradeSale sale(In in) {
    String grade = in.field("grade").string();
    Share share = in.field("share").as(MeasureJson::share);
    PricePerMass price = in.field("price").as(MeasureJson::price);
    in.end();
    return in.as(x -> GradeSale.of(grade, share, price));
  }

  static ObjectNode cost(CostLine line) {
    ObjectNode o = Out.object();
    o.put("category", line.category().name());
    o.put("item", line.item());
    o.put("quantity", Out.decimal(line.quantity()));
    o.put("unit", line.unit());
    o.set("unitPrice", MeasureJson.money(line.unitPrice()));
    return o;
  }

  static CostLine cost(In in) {
    CostCategory category = in.field("category").enumValue(CostCategory.class);
    String item = in.field("item").string();
    BigDecimal quantity = in.field("quantity").decimal();
    String unit = in.field("unit").string();
    Money price = in.field("unitPrice").as(MeasureJson::money);
    in.end();
    return in.as(x -> CostLine.of(category, item, quantity, unit, price));
  }

  static ObjectNode prices(GradePrices prices) {
    ObjectNode o = Out.object();
    prices.byCrop().forEach((crop, grades) -> {
      ObjectNode g = o.putObject(crop);
      grades.forEach((grade, price) -> g.set(grade, MeasureJson.price(price)));
    });
    return o;
  }

  static GradePrices prices(In in) {
    GradePrices.Builder b = GradePrices.builder();
    in.map(crop -> crop.map(MeasureJson::price)).forEach((crop, grades) ->
        grades.forEach((grade, price) -> in.as(x -> b.price(crop, grade, price))));
    return in.as(x -> b.build());
  }

  static ObjectNode delivery(Delivery delivery) {
    ObjectNode o = Out.object();
    o.put("date", delivery.date().toString());
    o.put("member", delivery.member());
    o.put("crop", delivery.crop());
    o.put("grade", delivery.grade());
    o.set("mass", MeasureJson.mass(delivery.mass()));
    return o;
  }

  static Delivery delivery(In in) {
    LocalDate date = in.field("date").date();
    String member = in.field("member").string();
    String crop = in.field("crop").string();
    String grade = in.field("grade").string();
    Mass mass = in.field("mass").as(MeasureJson::mass);
    in.end();
    return in.as(x -> Delivery.of(member, crop, grade, mass, date));
  }

  static ObjectNode ledger(CollectionLedger ledger) {
    ObjectNode o = Out.object();
    o.set("prices", prices(ledger.prices()));
    o.set("deliveries", Out.array(ledger.deliveries(), EconomicsJson::delivery));
    return o;
  }

  static CollectionLedger ledger(In in) {
    GradePrices prices = in.field("prices").as(EconomicsJson::prices);
    List<Delivery> deliveries = in.field("deliveries").list(EconomicsJson::delivery);
    in.end();
    return in.as(x -> CollectionLedger.of(prices, deliveries));
  }

  static ObjectNode budget(CropBudget budget) {
    ObjectNode o = Out.object();
    o.put("crop", budget.crop());
    o.set("area", MeasureJson.area(budget.area()));
    o.put("currency", budget.currency().code());
    o.set("harvested", MeasureJson.mass(budget.harvested()));
    o.set("lossShare", MeasureJson.share(budget.lossShare()));
    o.set("ownUseShare", MeasureJson.share(budget.ownUseShare()));
    o.set("sales", Out.array(budget.sales(), EconomicsJson::sale));
    o.set("costs", Out.array(budget.costs(), EconomicsJson::cost));
    budget.cycleDays().ifPresent(d -> o.put("cycleDays", d));
    return o;
  }

  static CropBudget budget(In in) {
    CropBudget.Builder b = CropBudget.builder(in.field("crop").string(), in.field("area").as(MeasureJson::area));
    b.currency(in.field("currency").as(c -> CurrencyUnit.of(c.string())));
    b.harvested(in.field("harvested").as(MeasureJson::mass));
    b.lossShare(in.field("lossShare").as(MeasureJson::share));
    b.ownUseShare(in.field("ownUseShare").as(MeasureJson::share));
    b.sales(in.field("sales").list(EconomicsJson::sale));
    b.costs(in.field("costs").list(EconomicsJson::cost));
    in.optional("cycleDays").ifPresent(d -> b.cycleDays(d.integer(1, 3_660)));
    in.end();
    return in.as(x -> b.build());
  }

  static ObjectNode chain(ChainFlow flow) {
    ObjectNode o = Out.object();
    o.set("stages", Out.array(flow.stages(), stage -> {
      ObjectNode n = Out.object();
      n.put("actor", stage.actor());
      n.put("role", stage.role());
      n.set("bought", MeasureJson.mass(stage.bought()));
      n.set("buyPrice", MeasureJson.price(stage.buyPrice()));
      n.set("sellPrice", MeasureJson.price(stage.sellPrice()));
      n.set("costsPerKg", MeasureJson.price(stage.costsPerKg()));
      n.set("loss", MeasureJson.share(stage.loss()));
      return n;
    }));
    return o;
  }

  static ChainFlow chain(In in) {
    List<ChainFlow.Stage> stages = in.field("stages").list(n -> {
      ChainFlow.Stage.Builder b = n.as(x -> ChainFlow.Stage.builder(n.field("actor").string(), n.field("role").string()));
      b.bought(n.field("bought").as(MeasureJson::mass));
      b.buyPrice(n.field("buyPrice").as(MeasureJson::price));
      b.sellPrice(n.field("sellPrice").as(MeasureJson::price));
      b.costsPerKg(n.field("costsPerKg").as(MeasureJson::price));
      b.loss(n.field("loss").as(MeasureJson::share));
      n.end();
      return n.as(x -> b.build());
    });
    in.end();
    return in.as(x -> ChainFlow.of(stages));
  }
}
