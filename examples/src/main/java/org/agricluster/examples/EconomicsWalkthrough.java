package org.agricluster.examples;

import static org.agricluster.measure.CurrencyUnit.KHR;
import static org.agricluster.measure.CurrencyUnit.TJS;
import static org.agricluster.measure.CurrencyUnit.USD;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.agricluster.economics.ChainFlow;
import org.agricluster.economics.CollectionLedger;
import org.agricluster.economics.CostCategory;
import org.agricluster.economics.CostLine;
import org.agricluster.economics.CropBudget;
import org.agricluster.economics.Delivery;
import org.agricluster.economics.GradePrices;
import org.agricluster.economics.GrossMargin;
import org.agricluster.economics.MarginPolicy;
import org.agricluster.economics.PaymentSplit;
import org.agricluster.economics.Scenario;
import org.agricluster.economics.ScenarioTable;
import org.agricluster.json.AgriJson;
import org.agricluster.measure.Area;
import org.agricluster.measure.Change;
import org.agricluster.measure.ExchangeRate;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;
import org.agricluster.report.EconomicsTables;

/**
 * Simplified gross margins: the Takeo budget per area in riel and dollars, what buying inputs
 * together (Oxfam: 11 %) and the local premium (Annex 3: +500 riel/kg) are worth, margins along a
 * Sesan chain, and a reconciled collection-point day. Quantities not given by the field documents are
 * assumptions for the example and say so.
 */
final class EconomicsWalkthrough implements Walkthrough {

  @Override
  public String name() {
    return "economics";
  }

  @Override
  public String title() {
    return "Takeo's margin per area, scenarios, chain margins and a reconciled collection-point day";
  }

  @Override
  public void run(PrintStream out) {
    takeo(out);
    scenarios(out);
    chain(out);
    collectionPoint(out);
  }

  private static void takeo(PrintStream out) {
    // ASPIRE Takeo story: about 3,000,000 riel on 2,000 m². The split into sales and costs is assumed.
    CropBudget takeo = CropBudget.builder("mixed vegetables", Area.ofSquareMetres(2000))
        .harvested(Mass.ofKilograms(3000))
        .addSale("all grades", Share.WHOLE, PricePerMass.perKilogram(Money.of(KHR, 1_200)))
        .addCost(CostLine.lumpSum(CostCategory.SEED, "seed", Money.of(KHR, 150_000)))
        .addCost(CostLine.lumpSum(CostCategory.FERTILISER, "fertiliser", Money.of(KHR, 300_000)))
        .addCost(CostLine.lumpSum(CostCategory.PESTICIDES, "crop protection", Money.of(KHR, 150_000)))
        .cycleDays(90)
        .build();
    GrossMargin margin = takeo.margin();
    ExchangeRate aspire = ExchangeRate.of(USD, KHR, 4000, LocalDate.of(2020, 1, 1), "ASPIRE Cambodia, as reported");
    out.println("1. The ASPIRE Takeo story's figure — about 3 million riel on 2,000 m² — as one budget whose sales and costs are"
        + " assumed to give it, to show the per-area and currency conversions; the takeo walkthrough computes each household's"
        + " margin from its plan and deliveries instead");
    out.println(EconomicsTables.budget(margin).toText());
    out.println("In dollars: " + aspire.conversionOf(margin.sgm()).rounded(RoundingMode.HALF_EVEN));
    out.println("           " + margin.perArea().convertedTo(USD, aspire).amountPerHectare().rounded(RoundingMode.HALF_EVEN)
        + " per ha");
    out.println("\"1,000 m² earns more than one million riel\": "
        + margin.perArea().amountPerThousandSquareMetres().isGreaterThan(Money.of(KHR, 1_000_000)));
    out.println();
  }

  private static void scenarios(PrintStream out) {
    // An assumed one-hectare tomato budget in Khatlon; Oxfam reports members saved 11 % by buying inputs together.
    CropBudget tomato = CropBudget.builder("tomato (Khatlon, assumed)", Area.ofHectares(1))
        .harvested(Mass.ofTonnes(25)).lossShare(Share.ofPercent(10)).ownUseShare(Share.ofPercent(5))
        .addSale("first grade", Share.ofPercent(70), PricePerMass.perKilogram(Money.of(TJS, new BigDecimal("3.5"))))
        .addSale("second grade", Share.ofPercent(30), PricePerMass.perKilogram(Money.of(TJS, 2)))
        .addCost(CostLine.of(CostCategory.SEED, "tomato seedlings", new BigDecimal("30000"), "seedling", Money.of(TJS, new BigDecimal("0.2"))))
        .addCost(CostLine.of(CostCategory.FERTILISER, "urea", new BigDecimal("300"), "kg", Money.of(TJS, 5)))
        .addCost(CostLine.of(CostCategory.FERTILISER, "ammophos", new BigDecimal("200"), "kg", Money.of(TJS, 8)))
        .addCost(CostLine.of(CostCategory.PESTICIDES, "fungicide", new BigDecimal("10"), "l", Money.of(TJS, 90)))
        .addCost(CostLine.of(CostCategory.HIRED_LABOUR, "harvest labour", new BigDecimal("120"), "day", Money.of(TJS, 60)))
        .addCost(CostLine.of(CostCategory.WATER_AND_FUEL, "irrigation fee", BigDecimal.ONE, "season", Money.of(TJS, 900)))
        .addCost(CostLine.of(CostCategory.TRANSPORT, "to Kulob market", new BigDecimal("20"), "trip", Money.of(TJS, 150)))
        .addCost(CostLine.of(CostCategory.FAMILY_LABOUR, "household labour", new BigDecimal("90"), "day", Money.of(TJS, 50)))
        .build();
    Scenario bulk = Scenario.collectivePurchase(Money.of(TJS, 10_000), Money.of(TJS, 8_900),
        EnumSet.of(CostCategory.SEED, CostCategory.FERTILISER, CostCategory.PESTICIDES));
    out.println("2. What buying together is worth — Oxfam Khatlon's 11 % saving on a tomato budget (assumed figures)");
    out.println(EconomicsTables.scenarios(ScenarioTable.of(tomato, MarginPolicy.SIMPLIFIED_GROSS_MARGIN,
        List.of(bulk, Scenario.yieldChange(Change.ofPercent(BigDecimal.valueOf(-20))), Scenario.priceChange(Change.ofPercent(BigDecimal.valueOf(-15))))))
        .toText());
    out.println("The same budget with family labour counted as a cost:");
    out.println("  SGM " + tomato.margin(MarginPolicy.SIMPLIFIED_GROSS_MARGIN.withFamilyLabour(true)).sgm()
        + " instead of " + tomato.margin().sgm());
    out.println();

    CropBudget cucumber = CropBudget.builder("cucumber (Sesan, assumed)", Area.ofSquareMetres(500))
        .harvested(Mass.ofKilograms(1200)).lossShare(Share.ofPercent(8))
        .addSale("local market", Share.WHOLE, PricePerMass.perKilogram(Money.of(KHR, 1_500)))
        .addCost(CostLine.of(CostCategory.SEED, "cucumber seed", new BigDecimal("0.1"), "kg", Money.of(KHR, 600_000)))
        .addCost(CostLine.of(CostCategory.FERTILISER, "NPK", new BigDecimal("25"), "kg", Money.of(KHR, 3_000)))
        .addCost(CostLine.of(CostCategory.TRANSPORT, "to Orrusey market", new BigDecimal("15"), "trip", Money.of(KHR, 10_000)))
        .build();
    out.println("3. Local produce fetches 500 riel/kg more than imports (CHAIN Annex 3)");
    out.println(EconomicsTables.scenarios(ScenarioTable.of(cucumber, MarginPolicy.SIMPLIFIED_GROSS_MARGIN,
        List.of(Scenario.pricePremium(PricePerMass.perKilogram(Money.of(KHR, 500))),
            Scenario.contractPrice(PricePerMass.perKilogram(Money.of(KHR, 1_700)))))).toText());
    Walkthroughs.saveAndReadBack(out, AgriJson.CROP_BUDGETS, List.of(tomato, cucumber), "budgets.json");
  }

  private static void chain(PrintStream out) {
    PricePerMass farmGate = PricePerMass.perKilogram(Money.of(KHR, 1_500));
    PricePerMass wholesale = PricePerMass.perKilogram(Money.of(KHR, 2_000));
    ChainFlow flow = ChainFlow.of(
        ChainFlow.Stage.builder("Sesan farmers", "producer").bought(Mass.ofKilograms(500)).sellPrice(farmGate)
            .costsPerKg(PricePerMass.perKilogram(Money.of(KHR, 600))).build(),
        ChainFlow.Stage.builder("Mr Panha", "collector").bought(Mass.ofKilograms(500)).buyPrice(farmGate).sellPrice(wholesale)
            .costsPerKg(PricePerMass.perKilogram(Money.of(KHR, 150))).loss(Share.ofPercent(4)).build(),
        ChainFlow.Stage.builder("Samaky vendors", "retailer").bought(Mass.ofKilograms(480)).buyPrice(wholesale)
            .sellPrice(PricePerMass.perKilogram(Money.of(KHR, 2_500))).costsPerKg(PricePerMass.perKilogram(Money.of(KHR, 100)))
            .loss(Share.ofPercent(5)).build());
    out.println("4. One day's vegetables from Sesan to Samaky market (Annex 3 actors; prices and costs assumed)");
    out.println(EconomicsTables.chain(flow).toText());
    Walkthroughs.saveAndReadBack(out, AgriJson.CHAIN_FLOW, flow, "sesan-samaky-chain.json");
  }

  private static void collectionPoint(PrintStream out) {
    LocalDate day = LocalDate.of(2024, 3, 4);
    GradePrices prices = GradePrices.builder()
        .price("cucumber", "A", PricePerMass.perKilogram(Money.of(KHR, 1_500)))
        .price("cucumber", "B", PricePerMass.perKilogram(Money.of(KHR, 900)))
        .build();
    CollectionLedger ledger = CollectionLedger.of(prices, List.of(
        Delivery.of("Sokha", "cucumber", "A", Mass.ofKilograms(120), day),
        Delivery.of("Sokha", "cucumber", "B", Mass.ofKilograms(30), day),
        Delivery.of("Dara", "cucumber", "A", Mass.ofKilograms(85), day),
        Delivery.of("Chenda", "cucumber", "A", Mass.ofKilograms(64), day),
        Delivery.of("Chenda", "cucumber", "B", Mass.ofKilograms(20), day),
        Delivery.of("Vanna", "cucumber", "B", Mass.ofKilograms(55), day),
        Delivery.of("Srey", "cucumber", "A", Mass.ofKilograms(41), day)));
    out.println("5. A collection-point day: graded, weighed, recorded (five example members; the takeo walkthrough runs a year of"
        + " them for the 37 households)");
    out.println(EconomicsTables.ledger(ledger).toText());
    Walkthroughs.saveAndReadBack(out, AgriJson.COLLECTION_DAY, ledger, "takeo-collection-day.json");
    Money shortPayment = ledger.expectedPayment().multipliedBy(new BigDecimal("0.985")).rounded(RoundingMode.HALF_UP);
    out.println("The buyer pays 1.5 % less than the records: " + ledger.reconcile(shortPayment, Money.of(KHR, 1_000)));
    Money fullPayment = Money.of(KHR, 559_450);
    out.println("After the call, the buyer pays: " + ledger.reconcile(fullPayment, Money.of(KHR, 1_000)));
    out.println();
    PaymentSplit exact = ledger.split(fullPayment);
    out.println(EconomicsTables.split(ledger, exact).toText());
    out.println(EconomicsTables.split(ledger, ledger.splitInCash(fullPayment)).toText());
    out.println(EconomicsTables.statement(ledger.statement("Sokha", exact)).toText());
  }
}
