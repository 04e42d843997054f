package org.agricluster.json;

import java.math.BigDecimal;
import org.agricluster.economics.CostCategory;
import org.agricluster.economics.CostLine;
import org.agricluster.economics.CropBudget;
import org.agricluster.economics.GradeSale;
import org.agricluster.measure.CurrencyUnit;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;
import tools.jackson.databind.node.ObjectNode;

/** Crop budgets with their sales by grade and their cost lines. */
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
}
