package org.agricluster.field;

import static org.agricluster.PropertyTests.qt;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.agricluster.actor.Actor;
import org.agricluster.actor.Contact;
import org.agricluster.actor.Farm;
import org.agricluster.actor.Gender;
import org.agricluster.actor.Location;
import org.agricluster.actor.Role;
import org.agricluster.economics.BuyerPayment;
import org.agricluster.economics.CostCategory;
import org.agricluster.economics.CostLine;
import org.agricluster.economics.CropBudget;
import org.agricluster.economics.Delivery;
import org.agricluster.measure.CurrencyUnit;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.agricluster.report.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.generators.SourceDSL;

/** Export → import of the record tables gives back equal records, in CSV and in XLSX; every row is counted once. */
class FieldRoundTripTest {
  private static final String[] NAMES = {"Sokha", "Dara, Sok", "Chenda \"Srey\"", "សុខា ស្រី", "Зарина", "O'Neil", "Line\nbreak",
      "012"};
  private static final String[] CROPS = {"choy sum", "cucumber", "yard-long bean", "tomato", "rice"};

  @TempDir
  Path dir;

  static List<Member> members(long seed) {
    Random r = new Random(seed);
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < r.nextInt(30); i++) {
      Actor.Builder a = Actor.builder().id("m-" + i).name(NAMES[r.nextInt(NAMES.length)] + " " + i);
      List<Role> roles = new ArrayList<>(List.of(Role.FARMER));
      if (r.nextInt(4) == 0) {
        roles.add(0, Role.COLLECTOR_TRADER);
      }
      a.addAllRoles(roles).primaryRole(roles.get(0));
      if (r.nextBoolean()) {
        a.gender(Gender.values()[r.nextInt(Gender.values().length)]);
      }
      if (r.nextBoolean()) {
        Location place = Location.country(r.nextBoolean() ? "Cambodia" : "Tajikistan");
        if (r.nextBoolean()) {
          place = place.province("Stung Treng");
        }
        if (r.nextBoolean()) {
          place = place.village(NAMES[r.nextInt(4)].replace("\n", " "));
        }
        a.location(place);
      }
      if (r.nextBoolean()) {
        a.contact(Contact.builder().phone("0" + (10_000_000 + r.nextInt(90_000_000))).build());
      }
      if (r.nextBoolean()) {
        List<String> crops = new ArrayList<>();
        for (String crop : CROPS) {
          if (r.nextInt(3) == 0) {
            crops.add(r.nextBoolean() ? crop : crop.replace(' ', '_'));
          }
        }
        a.farm(Farm.of(Area.ofSquareMetres(BigDecimal.valueOf(1 + r.nextInt(1_000_000), r.nextInt(3))),
            r.nextBoolean() ? "river" : "", List.copyOf(new java.util.LinkedHashSet<>(crops))));
      }
      Optional<String> group = r.nextBoolean() ? Optional.of("PG-" + r.nextInt(3)) : Optional.empty();
      members.add(Member.of(a.build(), group, group.isPresent() && r.nextBoolean() ? Optional.of("group " + group.get())
          : Optional.empty()));
    }
    return members;
  }

  static List<Delivery> deliveries(long seed) {
    Random r = new Random(seed);
    List<Delivery> deliveries = new ArrayList<>();
    for (int i = 0; i < r.nextInt(40); i++) {
      deliveries.add(Delivery.of(NAMES[r.nextInt(NAMES.length)], CROPS[r.nextInt(CROPS.length)], r.nextBoolean() ? "A" : "B",
          Mass.ofKilograms(BigDecimal.valueOf(r.nextInt(1_000_000), r.nextInt(4))), LocalDate.of(2024, 1, 1).plusDays(r.nextInt(400))));
    }
    return deliveries;
  }

  /** Budgets as a survey records them: one lump sum per cost category, one price or a price per grade. */
  static List<CropBudget> budgets(long seed) {
    Random r = new Random(seed);
    List<CropBudget> budgets = new ArrayList<>();
    for (int i = 0; i < r.nextInt(20); i++) {
      CurrencyUnit currency = r.nextBoolean() ? CurrencyUnit.KHR : CurrencyUnit.TJS;
      CropBudget.Builder b = CropBudget.builder(CROPS[r.nextInt(CROPS.length)], Area.ofSquareMetres(1 + r.nextInt(20_000)))
          .harvested(Mass.ofKilograms(BigDecimal.valueOf(r.nextInt(100_000), r.nextInt(2))))
          .lossShare(Share.ofPercent(r.nextInt(30))).ownUseShare(Share.ofPercent(BigDecimal.valueOf(r.nextInt(200), 1)));
      if (r.nextBoolean()) {
        b.cycleDays(30 + r.nextInt(200));
      }
      if (r.nextBoolean()) {
        b.addSale("all grades", Share.WHOLE, PricePerMass.perKilogram(Money.of(currency, 1 + r.nextInt(5_000))));
      } else {
        int first = 1 + r.nextInt(99);
        b.addSale("A", Share.ofPercent(first), PricePerMass.perKilogram(Money.of(currency, 1 + r.nextInt(5_000))));
        b.addSale("B", Share.ofPercent(100 - first), PricePerMass.perKilogram(Money.of(currency, 1 + r.nextInt(5_000))));
      }
      for (CostCategory c : CostCategory.values()) {
        if (r.nextInt(3) == 0) {
          b.addCost(CostLine.lumpSum(c, c.label(), Money.of(currency, 1 + r.nextInt(1_000_000))));
        }
      }
      budgets.add(b.build());
    }
    return budgets;
  }

  @Test
  void budgetSurveys_exportThenImport_givesEqualBudgets_inCsvAndXlsx() {
    qt(60).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      List<CropBudget> budgets = budgets(seed);
      Table table = FieldExport.budgets(budgets);
      Path csv = file(".csv");
      TableExport.csv(table, csv);
      ImportResult<CropBudget> back = FieldImport.defaults().budgets(csv);
      assertThat(back.rejected()).isEmpty();
      assertThat(back.records()).isEqualTo(budgets);
      Path xlsx = file(".xlsx");
      TableExport.xlsx(List.of(table), xlsx);
      assertThat(FieldImport.defaults().budgets(xlsx).records()).isEqualTo(budgets);
    });
  }

  @Test
  void payments_exportThenImport_givesEqualPayments() {
    qt(60).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      List<BuyerPayment> payments = new ArrayList<>();
      for (int i = 0; i < r.nextInt(20); i++) {
        CurrencyUnit currency = r.nextBoolean() ? CurrencyUnit.KHR : CurrencyUnit.USD;
        payments.add(BuyerPayment.of(LocalDate.of(2024, 3, 1).plusDays(r.nextInt(60)), NAMES[r.nextInt(NAMES.length)],
            Money.of(currency, currency == CurrencyUnit.KHR ? BigDecimal.valueOf(1 + r.nextInt(10_000_000))
                : BigDecimal.valueOf(1 + r.nextInt(1_000_000), 2)), r.nextBoolean() ? "" : "transfer " + r.nextInt(1_000)));
      }
      Table table = FieldExport.payments(payments);
      Path csv = file(".csv");
      TableExport.csv(table, csv);
      assertThat(FieldImport.defaults().payments(csv).records()).isEqualTo(payments);
      Path xlsx = file(".xlsx");
      TableExport.xlsx(List.of(table), xlsx);
      assertThat(FieldImport.defaults().payments(xlsx).records()).isEqualTo(payments);
    });
  }

  @Test
  void scores_exportThenImport_givesTheSameScorecard() {
    qt(60).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      boolean means = r.nextBoolean();
      org.agricluster.scoring.Scale meanScale = org.agricluster.scoring.Scale.SELECTION.withDecimals(2);
      org.agricluster.scoring.Scorecard.Builder b = org.agricluster.scoring.Scorecard.builder()
          .criteria(means ? List.of(org.agricluster.scoring.Criterion.of("market", meanScale),
              org.agricluster.scoring.Criterion.of("impact", meanScale), org.agricluster.scoring.Criterion.of("social", meanScale))
              : org.agricluster.scoring.CriteriaTemplates.preAssessment());
      List<org.agricluster.scoring.Scorer> scorers = List.of(org.agricluster.scoring.Scorer.of("Mr Panha", "local value-chain actor"),
          org.agricluster.scoring.Scorer.of("Зарина, Ж.", "women farmers"), org.agricluster.scoring.Scorer.SOLE);
      for (int c = 0; c < 1 + r.nextInt(6); c++) {
        org.agricluster.scoring.Candidate candidate = org.agricluster.scoring.Candidate.of(NAMES[c].replace("\n", " ") + " " + c);
        b.candidate(candidate);
        for (org.agricluster.scoring.Scorer s : scorers.subList(0, 1 + r.nextInt(3))) {
          if (means) {
            b.scores(s, candidate, java.math.BigDecimal.valueOf(100 + r.nextInt(401), 2), java.math.BigDecimal.valueOf(100 + r.nextInt(401), 2),
                java.math.BigDecimal.valueOf(100 + r.nextInt(401), 2));
          } else {
            b.scores(s, candidate, r.nextInt(4), r.nextInt(4), r.nextInt(4));
          }
        }
      }
      org.agricluster.scoring.Scorecard card = b.build();
      org.agricluster.scoring.Scorecard exercise = org.agricluster.scoring.Scorecard.builder().criteria(card.criteria())
          .candidates(card.candidates()).build();
      Table table = FieldExport.scores(card);
      Path csv = file(".csv");
      TableExport.csv(table, csv);
      assertThat(FieldImport.defaults().scores(csv, exercise).recordsOrThrow()).containsExactly(card);
      Path xlsx = file(".xlsx");
      TableExport.xlsx(List.of(table), xlsx);
      assertThat(FieldImport.defaults().scores(xlsx, exercise).recordsOrThrow()).containsExactly(card);
    });
  }

  private Path file(String name) {
    try {
      return Files.createTempFile(dir, "t", name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void members_exportThenImport_givesEqualRecords_inCsvAndXlsx() {
    qt(60).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      List<Member> members = members(seed);
      Table table = FieldExport.members(members);
      Path csv = file(".csv");
      TableExport.csv(table, csv);
      ImportResult<Member> fromCsv = FieldImport.defaults().members(csv);
      assertThat(fromCsv.rejected()).isEmpty();
      assertThat(fromCsv.records()).isEqualTo(members);
      Path xlsx = file(".xlsx");
      TableExport.xlsx(List.of(table), xlsx);
      assertThat(FieldImport.defaults().members(xlsx).records()).isEqualTo(members);
    });
  }

  @Test
  void deliveries_exportThenImport_givesEqualRecords_inCsvAndXlsx() {
    qt(60).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      List<Delivery> deliveries = deliveries(seed);
      Table table = FieldExport.deliveries(deliveries);
      Path csv = file(".csv");
      TableExport.csv(table, csv);
      assertThat(FieldImport.defaults().deliveries(csv).records()).isEqualTo(deliveries);
      Path xlsx = file(".xlsx");
      TableExport.xlsx(List.of(table), xlsx);
      assertThat(FieldImport.defaults().deliveries(xlsx).records()).isEqualTo(deliveries);
    });
  }

  @Test
  void everyRowRead_endsUpExactlyOnce_acceptedOrRejected() {
    qt(60).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      List<Delivery> deliveries = deliveries(seed);
      StringBuilder csv = new StringBuilder("date,member,crop,grade,kg\n");
      int rows = 0;
      for (Delivery d : deliveries) {
        String kg = r.nextInt(5) == 0 ? "-" + d.mass().toKilograms() : d.mass().toKilograms().toPlainString();
        String date = r.nextInt(7) == 0 ? "04/03/2024" : d.date().toString();
        csv.append(date).append(",\"").append(d.member().replace("\"", "\"\"")).append("\",").append(d.crop()).append(',')
            .append(r.nextInt(9) == 0 ? "A,extra" : d.grade()).append(',').append(kg).append('\n');
        rows++;
      }
      Path file = file(".csv");
      try {
        Files.writeString(file, csv);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      ImportResult<Delivery> result = FieldImport.defaults().deliveries(file);
      assertThat(result.rowsRead()).isEqualTo(rows);
      assertThat(result.acceptedRows() + result.rejected().size()).isEqualTo(rows);
      assertThat(result.records()).hasSize(result.acceptedRows());
    });
  }
}
