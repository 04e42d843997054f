package org.agricluster.audit;

import static org.agricluster.PropertyTests.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class AuditTest {

  /** A budget-shaped table: four lines, two subtotals, a total, revenue, a margin, a share, a ratio and a per-area figure. */
  static PublishedTable.Builder budget(List<BigDecimal> v, List<String> printed) {
    return PublishedTable.builder("Budget").given("seed", "Seed", v.get(0), printed.get(0))
        .given("fert", "Fertiliser", v.get(1), printed.get(1)).given("labour", "Labour", v.get(2), printed.get(2))
        .given("fuel", "Fuel", v.get(3), printed.get(3))
        .sum("materials", "Total materials", printed.get(4), "seed", "fert")
        .sum("other", "Total other", printed.get(5), "labour", "fuel")
        .sum("cost", "Total cost", printed.get(6), "materials", "other")
        .given("revenue", "Revenue", v.get(4), printed.get(7))
        .difference("margin", "Gross margin", printed.get(8), "revenue", "cost")
        .percentOf("seedShare", "Seed, % of cost", printed.get(9), "seed", "cost")
        .ratio("gmr", "Gross-margin ratio", printed.get(10), "margin", "revenue")
        .input("area", "Area (m²)", BigDecimal.valueOf(2_000))
        .per("per1000", "Margin per 1,000 m²", printed.get(11), "margin", "area", BigDecimal.valueOf(1_000));
  }

  /** The table's figures printed exactly as the model gives them (quotients to two decimals, half-up). */
  static List<String> exact(List<BigDecimal> v) {
    PublishedTable t = budget(v, java.util.Collections.nCopies(12, "0")).build();
    List<String> ids = List.of("seed", "fert", "labour", "fuel", "materials", "other", "cost", "revenue", "margin", "seedShare",
        "gmr", "per1000");
    return ids.stream().map(id -> {
      BigDecimal c = t.computed(id);
      return (c.scale() > 2 ? c.setScale(2, RoundingMode.HALF_UP) : c).toPlainString() + (id.equals("seedShare") ? " %" : "");
    }).toList();
  }

  static final Gen<List<BigDecimal>> VALUES = SourceDSL.lists().of(SourceDSL.integers().between(1, 10_000_000)
      .map(i -> BigDecimal.valueOf(i))).ofSize(5);

  @Test
  void aTablePrintedExactlyFromTheModel_alwaysAuditsClean() {
    qt(300).forAll(VALUES).checkAssert(v -> {
      Audit audit = budget(v, exact(v)).build().audit();
      assertThat(audit.isClean()).as(audit.findings().toString()).isTrue();
      assertThat(audit.findings()).hasSize(12);
    });
  }

  @Test
  void changingOnePrintedFigure_givesExactlyOneWrongFinding_atItsSource() {
    qt(300).forAll(VALUES, SourceDSL.integers().between(0, 11), SourceDSL.integers().between(1, 1_000))
        .checkAssert((v, which, delta) -> {
          List<String> printed = new java.util.ArrayList<>(exact(v));
          String text = printed.get(which);
          boolean percent = text.endsWith("%");
          BigDecimal value = new BigDecimal(percent ? text.substring(0, text.length() - 2) : text);
          printed.set(which, value.add(BigDecimal.valueOf(delta)).toPlainString() + (percent ? " %" : ""));
          Audit audit = budget(v, printed).build().audit();
          assertThat(audit.wrong()).as(audit.findings().toString()).hasSize(1);
          assertThat(audit.wrong().get(0).id()).isEqualTo(List.of("seed", "fert", "labour", "fuel", "materials", "other", "cost",
              "revenue", "margin", "seedShare", "gmr", "per1000").get(which));
        });
  }

  @Test
  void aFigurePrintedWithAnyRoundingMode_isConsistent_andOneOffByAWholeUnit_isWrong() {
    qt(1_000).forAll(SourceDSL.longs().between(-10_000_000L, 10_000_000L), SourceDSL.integers().between(0, 4),
        SourceDSL.integers().between(0, 6))
        .checkAssert((unscaled, scale, mode) -> {
          BigDecimal computed = BigDecimal.valueOf(unscaled, 4);
          RoundingMode m = List.copyOf(PrintedFigure.MODES).get(mode);
          BigDecimal printed = computed.setScale(scale, m);
          PrintedFigure p = PrintedFigure.parse(printed.toPlainString());
          assertThat(p.verdict(computed).isConsistent()).isTrue();
          assertThat(p.modesGiving(computed)).contains(m);
          BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
          assertThat(PrintedFigure.parse(printed.add(unit).add(unit).toPlainString()).verdict(computed)).isEqualTo(Verdict.WRONG);
          if (printed.subtract(computed).abs().compareTo(unit.divide(BigDecimal.valueOf(2))) > 0) {
            assertThat(p.verdict(computed)).as("more than half a unit off").isEqualTo(Verdict.AGREES_ONLY_IF_TRUNCATED);
          }
        });
  }

  @Test
  void aSubtotalError_isReportedOnce_andTheTotalAndMarginFollowingFromItAreConsequences() {
    List<BigDecimal> v = List.of(BigDecimal.valueOf(150_000), BigDecimal.valueOf(480_000), BigDecimal.valueOf(300_000),
        BigDecimal.valueOf(70_000), BigDecimal.valueOf(5_000_000));
    // the published table adds seed and fertiliser to 640,000 and carries it on
    Audit audit = budget(v, List.of("150,000", "480,000", "300,000", "70,000", "640,000", "370,000", "1,010,000", "5,000,000",
        "3,990,000", "14.9 %", "0.80", "1,995,000")).build().audit();
    assertThat(audit.wrong()).extracting(Finding::id).containsExactly("materials");
    assertThat(audit.finding("materials").difference()).isEqualByComparingTo("10000");
    assertThat(audit.finding("cost").verdict()).isEqualTo(Verdict.CONSEQUENCE);
    assertThat(audit.finding("cost").sources()).containsExactly("materials");
    assertThat(audit.finding("margin").verdict()).isEqualTo(Verdict.CONSEQUENCE);
    assertThat(audit.finding("seedShare").verdict()).as("150,000 of 1,000,000 is 15 %; 14.9 % is 150,000 of 1,010,000")
        .isEqualTo(Verdict.CONSEQUENCE);
    assertThat(audit.finding("gmr").verdict()).as("4,000,000 ÷ 5,000,000").isEqualTo(Verdict.AGREES);
    assertThat(audit.finding("per1000").verdict()).isEqualTo(Verdict.CONSEQUENCE);
    assertThat(audit).hasToString("Audit{Budget: 12 figures, 1 wrong, 4 consequences}");
    assertThat(audit.finding("materials")).hasToString("Total materials: printed 640,000, computed 630,000 — wrong by +10,000");
  }

  @Test
  void percentagesChangesAndPerAreaFigures_atThePrintedPrecision() {
    Audit audit = PublishedTable.builder("Prices and members").input("p2023", "Price 2023", new BigDecimal("2.60"))
        .input("p2024", "Price 2024", new BigDecimal("3.00"))
        .change("wrongChange", "Price change as printed", "+23.5 %", "p2023", "p2024")
        .change("rightChange", "Price change", "+15.4 %", "p2023", "p2024")
        .input("women", "Women", BigDecimal.valueOf(434)).input("members", "Members", BigDecimal.valueOf(1_496))
        .percentOf("womenShare", "Women among members", "29 %", "women", "members")
        .input("grade", "Weighted grade", new BigDecimal("76.25"))
        .given("oxfam", "Oxfam overall grade", new BigDecimal("76.25"), "76")
        .input("harvest", "Harvest (kg)", BigDecimal.valueOf(3_000)).input("area", "Area (m²)", BigDecimal.valueOf(2_000))
        .per("yield", "Yield per m²", "1.5", "harvest", "area", BigDecimal.ONE)
        .build().audit();
    assertThat(audit.finding("wrongChange").verdict()).isEqualTo(Verdict.WRONG);
    assertThat(audit.finding("wrongChange").computedText()).isEqualTo("≈15.385%");
    assertThat(audit.finding("rightChange").verdict()).isEqualTo(Verdict.AGREES_AT_PRINTED_PRECISION);
    assertThat(audit.finding("womenShare").verdict()).isEqualTo(Verdict.AGREES_AT_PRINTED_PRECISION);
    assertThat(audit.finding("oxfam").explanation()).isEqualTo("agrees at the printed precision (0 decimals; HALF_UP, HALF_EVEN, "
        + "HALF_DOWN, DOWN, FLOOR)");
    assertThat(audit.finding("yield").verdict()).isEqualTo(Verdict.AGREES);
    assertThat(org.agricluster.report.AuditTables.findings(audit).toText()).contains("Price change as printed", "wrong by +≈8.115 points");
  }

  @Test
  void printedFigures_areReadWithTheirPrecision_andBadTablesAreRefused() {
    PrintedFigure p = PrintedFigure.parse("−3,000,000.50");
    assertThat(p.value()).isEqualByComparingTo("-3000000.50");
    assertThat(p.scale()).isEqualTo(2);
    assertThat(PrintedFigure.parse("+23.5 %").percent()).isTrue();
    assertThatThrownBy(() -> PrintedFigure.parse("about 3 million")).hasMessageContaining("must be digits");
    assertThatThrownBy(() -> PublishedTable.builder("t").sum("s", "Sum", "1", "nope"))
        .hasMessage("Figure 'nope' used by 'Sum' must be a figure added before it but was unknown; known: []");
    assertThatThrownBy(() -> PublishedTable.builder("t").input("a", "A", BigDecimal.ONE).input("a", "A again", BigDecimal.ONE))
        .hasMessageContaining("must be one no other figure has");
    assertThatThrownBy(() -> PublishedTable.builder("t").input("a", "A", BigDecimal.ZERO).input("b", "B", BigDecimal.ONE)
        .percentOf("s", "Share", "10 %", "b", "a").build().audit()).isInstanceOf(ArithmeticException.class)
        .hasMessage("Cannot compute 'Share': a is zero");
  }

  @Test
  void aPrintedRanking_isCheckedAgainstItsTotals_orderAnomaliesAndTiesNamed() {
    java.util.Map<String, BigDecimal> totals = new java.util.LinkedHashMap<>();
    totals.put("Area 3", BigDecimal.valueOf(23));
    totals.put("Area 5", BigDecimal.valueOf(18));
    totals.put("Area 1", BigDecimal.valueOf(12));
    totals.put("Area 2", BigDecimal.valueOf(12));
    totals.put("Area 4", new BigDecimal("10.5"));
    java.util.Map<String, Integer> printed = new java.util.LinkedHashMap<>();
    printed.put("Area 3", 1);
    printed.put("Area 5", 2);
    printed.put("Area 1", 3);
    printed.put("Area 2", 3);
    printed.put("Area 4", 5);
    assertThat(PrintedRanking.check("clean", totals, printed).isClean()).isTrue();
    printed.put("Area 1", 4);
    printed.put("Area 4", 3);
    Audit audit = PrintedRanking.check("Priority list", totals, printed);
    assertThat(audit.wrong()).extracting(Finding::label).containsExactly("rank of Area 1", "rank of Area 4");
    assertThat(audit.finding("rank-3").note()).contains("tied with Area 2 but printed with a distinct rank");
    assertThat(audit.finding("rank-5").note()).contains("printed above Area 1 (12)", "printed tied with Area 2 (12)");
    assertThatThrownBy(() -> PrintedRanking.check("t", totals, java.util.Map.of("Area 3", 1)))
        .hasMessageContaining("must be the items with totals");
  }

  @Test
  void aRankingPrintedFromItsOwnTotals_alwaysAuditsClean() {
    qt(300).forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, 20)).ofSizeBetween(1, 12)).checkAssert(scores -> {
      java.util.Map<String, BigDecimal> totals = new java.util.LinkedHashMap<>();
      java.util.Map<String, Integer> ranks = new java.util.LinkedHashMap<>();
      for (int i = 0; i < scores.size(); i++) {
        totals.put("item " + i, BigDecimal.valueOf(scores.get(i), 1));
      }
      for (int i = 0; i < scores.size(); i++) {
        int mine = scores.get(i);
        ranks.put("item " + i, 1 + (int) scores.stream().filter(s -> s > mine).count());
      }
      assertThat(PrintedRanking.check("t", totals, ranks).isClean()).isTrue();
    });
  }

  @Test
  void aPrintedSelection_namesTheItemLeftOutAndTheOneListedInItsPlace_butAcceptsEitherSideOfATie() {
    java.util.Map<String, BigDecimal> totals = new java.util.LinkedHashMap<>();
    totals.put("A", BigDecimal.valueOf(9));
    totals.put("B", BigDecimal.valueOf(7));
    totals.put("C", BigDecimal.valueOf(7));
    totals.put("D", BigDecimal.valueOf(8));
    totals.put("E", BigDecimal.valueOf(3));
    Audit wrong = PrintedRanking.checkSelection("Top 3", totals, List.of("A", "B", "E"));
    assertThat(wrong.wrong()).extracting(Finding::label).containsExactly("C in the top 3", "D in the top 3", "E in the top 3");
    assertThat(wrong.finding("item-4").note()).contains("left out though it beats the listed 3");
    assertThat(PrintedRanking.checkSelection("Top 3", totals, List.of("A", "D", "C")).isClean()).as("C or B: tied at the cut-off")
        .isTrue();
  }

  @Test
  void aCostLineWithARoundedUnitPrice_isCheckedAtThePrintedPrecision() {
    // 0.25 kg of seed at 598,500/kg, the price printed to ten-thousands and the amount to thousands
    Audit audit = PublishedTable.builder("Seed line").input("qty", "Quantity (kg)", new BigDecimal("0.25"))
        .given("price", "Unit price", BigDecimal.valueOf(598_500), "600,000").printedTo(-4)
        .product("amount", "Seed", "150,000", "qty", "price").printedTo(-3).build().audit();
    assertThat(audit.isClean()).as(audit.findings().toString()).isTrue();
    assertThat(audit.finding("amount").verdict()).isEqualTo(Verdict.AGREES_AT_PRINTED_PRECISION);
    Audit exact = PublishedTable.builder("Seed line, read as exact").input("qty", "Quantity (kg)", new BigDecimal("0.25"))
        .given("price", "Unit price", BigDecimal.valueOf(598_500), "600,000")
        .product("amount", "Seed", "150,000", "qty", "price").build().audit();
    assertThat(exact.wrong()).extracting(Finding::id).as("read to the unit, the price is the misprint").containsExactly("price");
    assertThat(exact.finding("amount").verdict()).isEqualTo(Verdict.CONSEQUENCE);
    assertThatThrownBy(() -> PublishedTable.builder("t").input("a", "A", BigDecimal.ONE).printedTo(-3))
        .isInstanceOf(IllegalStateException.class);
  }
}
