package org.agricluster.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.agricluster.actor.Gender;
import org.agricluster.actor.Role;
import org.agricluster.economics.Delivery;
import org.agricluster.economics.GradePrices;
import org.agricluster.measure.CurrencyUnit;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.PricePerMass;
import org.agricluster.scoring.Scorecard;
import org.agricluster.scoring.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Design a form in the library, fill it in (a simulated export), import it: no hand editing. */
class FormRoundTripTest {
  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aRegistrationForm_meetsTheSpecification_andItsKoboExportImportsBack_cropsByName() throws IOException {
    List<String> crops = List.of("choy sum", "cucumber", "yard-long bean");
    XlsForm form = XlsForm.registration(crops, "sesan_register", "1");
    assertThat(form.problems()).isEmpty();
    assertThat(form.choices("crops")).containsOnlyKeys("choy_sum", "cucumber", "yard_long_bean");
    form.write(dir.resolve("register.xlsx"));
    assertThat(XlsForm.read(dir.resolve("register.xlsx"))).isEqualTo(form);
    // KoboToolbox: XML values and headers, a select_multiple both as one column and as 0/1 columns
    Path export = write("export.csv", "start,end,member_id,name,gender,roles,province,district,commune,village,phone,land_m2,"
        + "water_source,crops,crops/choy_sum,crops/cucumber,crops/yard_long_bean,group_id,group_name,_id,_uuid,_submission_time\n"
        + ",,kaphon-f1,សុខា,female,farmer,Stung Treng,Sesan,,Kaphon,012345678,437.5,river,choy_sum yard_long_bean,1,0,1,"
        + "PG-Kaphon,Kaphon group,1,u1,2024-01-10\n"
        + ",,panha,Mr Panha,male,collector_trader farmer,Stung Treng,Sesan,,,,,,,0,0,0,,,2,u2,2024-01-10\n");
    ImportResult<Member> result = FieldImport.defaults().withCountry("Cambodia").withCrops(crops).members(export);
    assertThat(result.rejected()).isEmpty();
    assertThat(result.records().get(0).actor().farm().orElseThrow().crops()).containsExactly("choy sum", "yard-long bean");
    assertThat(result.records().get(0).actor().gender()).contains(Gender.FEMALE);
    assertThat(result.records().get(0).actor().contact().phone()).contains("012345678");
    assertThat(result.records().get(1).actor().primaryRole()).isEqualTo(Role.COLLECTOR_TRADER);
    assertThat(result.records().get(1).actor().roles()).containsExactlyInAnyOrder(Role.COLLECTOR_TRADER, Role.FARMER);
    assertThat(result.unusedColumns()).containsExactly("start", "end", "crops/choy_sum", "crops/cucumber", "crops/yard_long_bean",
        "_id", "_uuid", "_submission_time");
  }

  static GradePrices takeoBook() {
    return GradePrices.builder().price("cucumber", "A", PricePerMass.perKilogram(Money.of(CurrencyUnit.KHR, 1_500)))
        .price("cucumber", "B", PricePerMass.perKilogram(Money.of(CurrencyUnit.KHR, 900)))
        .price("yard-long bean", "A", PricePerMass.perKilogram(Money.of(CurrencyUnit.KHR, 1_250))).build();
  }

  @Test
  void aDeliveryForm_meetsTheSpecification_andItsOdkCentralExportImportsBack_checkedAgainstThePriceBook() throws IOException {
    XlsForm form = XlsForm.delivery(takeoBook(), List.of("sokha", "dara"), "takeo_deliveries", "2024-03");
    assertThat(form.problems()).isEmpty();
    assertThat(form.choices("crops")).containsOnlyKeys("cucumber", "yard_long_bean");
    assertThat(form.choices("grades")).containsOnlyKeys("A", "B");
    // ODK Central: SubmissionDate, group paths joined with '-', meta-instanceID and KEY
    Path export = write("export.csv", "SubmissionDate,delivery-date,delivery-member,delivery-crop,delivery-grade,delivery-kg,"
        + "meta-instanceID,KEY,SubmitterID,SubmitterName,AttachmentsPresent,AttachmentsExpected,Status,ReviewState,DeviceID,"
        + "Edits,FormVersion\n"
        + "2024-03-04T07:20:11.000Z,2024-03-04,sokha,cucumber,A,120,uuid:1,uuid:1,5,collector,0,0,,,,0,2024-03\n"
        + "2024-03-04T07:25:11.000Z,2024-03-04,dara,yard_long_bean,A,85.5,uuid:2,uuid:2,5,collector,0,0,,,,0,2024-03\n"
        + "2024-03-04T07:30:11.000Z,2024-03-04,dara,yard_long_bean,B,10,uuid:3,uuid:3,5,collector,0,0,,,,0,2024-03\n");
    ImportResult<Delivery> result = FieldImport.defaults().deliveries(export, takeoBook());
    assertThat(result.records()).containsExactly(
        Delivery.of("sokha", "cucumber", "A", Mass.ofKilograms(120), LocalDate.of(2024, 3, 4)),
        Delivery.of("dara", "yard-long bean", "A", Mass.ofKilograms(new BigDecimal("85.5")), LocalDate.of(2024, 3, 4)));
    assertThat(result.rejected()).singleElement().hasToString("export.csv line 4, column delivery-grade: 'B' — A grade the price "
        + "book prices for yard-long bean: [A]");
    assertThat(result.unusedColumns()).startsWith("SubmissionDate").contains("meta-instanceID", "KEY", "FormVersion");
  }

  @Test
  void aDaysDeliveriesAndTheBuyersPayments_fromTheirExports_reconcileWithinTheTolerance() throws IOException {
    Path deliveries = write("day.csv", "date,member,crop,grade,kg\n2024-03-04,sokha,cucumber,A,120\n"
        + "2024-03-04,dara,yard_long_bean,A,85.5\n");
    Path payments = write("payments.csv", "date,payer,amount,currency,reference\n2024-03-05,Takeo buyer,200000,KHR,transfer 41\n"
        + "2024-03-05,Takeo buyer,86800,KHR,transfer 42\n");
    var ledger = org.agricluster.economics.CollectionLedger.of(takeoBook(),
        FieldImport.defaults().deliveries(deliveries, takeoBook()).recordsOrThrow());
    var paid = org.agricluster.economics.BuyerPayment.total(FieldImport.defaults().payments(payments).recordsOrThrow(),
        CurrencyUnit.KHR);
    var reconciliation = ledger.reconcile(paid, Money.of(CurrencyUnit.KHR, 1_000));
    assertThat(ledger.expectedPayment()).isEqualTo(Money.of(CurrencyUnit.KHR, 286_875));
    assertThat(reconciliation.difference()).isEqualTo(Money.of(CurrencyUnit.KHR, -75));
    assertThat(reconciliation.matches()).isTrue();
  }

  @Test
  void aLongScoreSheet_oneRowPerScore_readsIntoTheExercise() throws IOException {
    Scorecard exercise = XlsFormTest.villagesExercise();
    StringBuilder csv = new StringBuilder("scorer,category,candidate,criterion,score\n");
    String[] criteria = {"production potential", "market-potential", "impact potential"};
    int[][] scores = {{3, 2, 1}, {2, 2, 2}, {0, 1, 0}};
    for (int c = 0; c < 3; c++) {
      for (int k = 0; k < 3; k++) {
        csv.append("Ms Sreymom,local value-chain actor,").append(exercise.candidates().get(c).name()).append(',')
            .append(criteria[k]).append(',').append(scores[c][k]).append('\n');
      }
    }
    csv.append("Ms Sreymom,local value-chain actor,Kaphon,market potential,7\n");
    ImportResult<Scorecard> result = FieldImport.defaults().scores(write("long.csv", csv.toString()), exercise);
    assertThat(result.acceptedRows()).isEqualTo(9);
    assertThat(result.rejected()).singleElement().satisfies(r -> assertThat(r.rule())
        .isEqualTo("Score on market potential must be on the scale potential 0..3 but was 7"));
    Scorecard card = result.records().get(0);
    assertThat(card.score(Scorer.of("Ms Sreymom", "local value-chain actor"), exercise.candidate("Katout"),
        exercise.criterion("market potential"))).contains(BigDecimal.valueOf(2));
  }

  @Test
  void anOdkCentralExportWithARepeatGroup_joinsTheCandidatesToTheirScorer_byParentKey() throws IOException {
    Scorecard exercise = XlsFormTest.villagesExercise();
    Path submissions = write("scoring.csv", "SubmissionDate,scorer,category,meta-instanceID,KEY\n"
        + "2024-02-20T02:00:00Z,Mr Panha,local_value_chain_actor,uuid:a,uuid:a\n"
        + "2024-02-20T02:10:00Z,,local_supporter,uuid:b,uuid:b\n"
        + "2024-02-20T02:20:00Z,PDAFF officer,local_supporter,uuid:c,uuid:c\n");
    Path repeat = write("scoring-candidates.csv", "candidate,c1_production_potential,c2_market_potential,c3_impact_potential,"
        + "PARENT_KEY,KEY\n"
        + "k1_kaphon,3,3,2,uuid:a,uuid:a/candidates[1]\n"
        + "k2_katout,2,3,2,uuid:a,uuid:a/candidates[2]\n"
        + "k1_kaphon,2,2,2,uuid:b,uuid:b/candidates[1]\n"
        + "k1_kaphon,2,3,1,uuid:c,uuid:c/candidates[1]\n"
        + "k3_hang_savath,0,9,0,uuid:c,uuid:c/candidates[2]\n");
    ImportResult<Scorecard> result = FieldImport.defaults().scores(submissions, repeat, exercise);
    assertThat(result.file()).isEqualTo("scoring.csv + scoring-candidates.csv");
    assertThat(result.rowsRead()).isEqualTo(8);
    assertThat(result.rejected()).extracting(RejectedRow::toString).containsExactly(
        "scoring.csv line 3, column scorer: (empty) — A value is required in this column",
        "scoring-candidates.csv line 4, column PARENT_KEY: 'uuid:b' — The key of a submission accepted from scoring.csv",
        "scoring-candidates.csv line 6, column c2_market_potential: '9' — Score on market potential must be on the scale "
            + "potential 0..3 but was 9");
    Scorecard card = result.records().get(0);
    assertThat(card.scoreCount()).isEqualTo(9);
    assertThat(card.score(Scorer.of("PDAFF officer", "local supporter"), exercise.candidate("Kaphon"),
        exercise.criterion("impact potential"))).contains(BigDecimal.ONE);
    assertThat(result.unusedColumns()).contains("SubmissionDate", "scoring-candidates.csv: KEY");
  }

  @Test
  void formArguments_areRefused_withWhatWasAllowed() {
    assertThatThrownBy(() -> XlsForm.registration(List.of("rice", "rice"), "r", "1"))
        .hasMessage("Crops of a form must be each named once but was 'rice' twice");
    assertThatThrownBy(() -> XlsForm.delivery(takeoBook(), List.of("so kha"), "d", "1"))
        .hasMessage("Member id of a delivery form must be letters, digits, '.', '_' or '-', each id once but was 'so kha'");
  }
}
