package org.agricluster.json;

import org.agricluster.measure.Area;
import org.agricluster.measure.CurrencyUnit;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;
import org.agricluster.measure.YieldPerArea;
import tools.jackson.databind.node.ObjectNode;

/**
 * The scalars: exact decimals as strings, the unit in the field name, the currency as its ISO code.
 *
 * <pre>
 * money           {"currency": "KHR", "amount": "3000000"}
 * area            {"squareMetres": "2000"}
 * mass            {"kilograms": "150"}
 * price per mass  {"currency": "KHR", "amountPerKilogram": "1500"}
 * yield per area  {"kilogramsPerSquareMetre": "2.5"}
 * share           {"percent": "29"}, or {"numerator": "1", "denominator": "3"} where the percent does not terminate
 * </pre>
 */
final class MeasureJson {
  private MeasureJson() {}

  static ObjectNode money(Money money) {
    ObjectNode o = Out.object();
    o.put("currency", money.currency().code());
    o.put("amount", Out.decimal(money.amount()));
    return o;
  }

  static Money money(In in) {
    CurrencyUnit currency = in.field("currency").as(c -> CurrencyUnit.of(c.string()));
    Money money = in.field("amount").as(a -> Money.of(currency, a.decimal()));
    in.end();
    return money;
  }

  static ObjectNode area(Area area) {
    ObjectNode o = Out.object();
    o.put("squareMetres", Out.decimal(area.toSquareMetres()));
    return o;
  }

  static Area area(In in) {
    Area area = in.field("squareMetres").as(a -> Area.ofSquareMetres(a.decimal()));
    in.end();
    return area;
  }

  static ObjectNode mass(Mass mass) {
    ObjectNode o = Out.object();
    o.put("kilograms", Out.decimal(mass.toKilograms()));
    return o;
  }

  static Mass mass(In in) {
    Mass mass = in.field("kilograms").as(m -> Mass.ofKilograms(m.decimal()));
    in.end();
    return mass;
  }

  static ObjectNode price(PricePerMass price) {
    ObjectNode o = Out.object();
    o.put("currency", price.currency().code());
    o.put("amountPerKilogram", Out.decimal(price.amountPerKilogram().amount()));
    return o;
  }

  static PricePerMass price(In in) {
    CurrencyUnit currency = in.field("currency").as(c -> CurrencyUnit.of(c.string()));
    PricePerMass price = in.field("amountPerKilogram").as(a -> PricePerMass.perKilogram(Money.of(currency, a.decimal())));
    in.end();
    return price;
  }

  static ObjectNode yield(YieldPerArea yield) {
    ObjectNode o = Out.object();
    o.put("kilogramsPerSquareMetre", Out.decimal(yield.toKilogramsPerSquareMetre()));
    return o;
  }

  static YieldPerArea yield(In in) {
    YieldPerArea yield = in.field("kilogramsPerSquareMetre").as(y -> YieldPerArea.ofKilogramsPerSquareMetre(y.decimal()));
    in.end();
    return yield;
  }

  static ObjectNode share(Share share) {
    ObjectNode o = Out.object();
    if (share.isDecimal()) {
      o.put("percent", Out.decimal(share.toPercent()));
    } else {
      o.put("numerator", share.numerator().toString());
      o.put("denominator", share.denominator().toString());
    }
    return o;
  }

  static Share share(In in) {
    Share share;
    if (in.optional("percent").isPresent()) {
      share = in.field("percent").as(p -> Share.ofPercent(p.decimal()));
    } else {
      String numerator = in.field("numerator").as(n -> n.decimal().toBigIntegerExact().toString());
      String denominator = in.field("denominator").as(d -> d.decimal().toBigIntegerExact().toString());
      share = in.as(s -> Share.parse(numerator + "/" + denominator));
    }
    in.end();
    return share;
  }
}
