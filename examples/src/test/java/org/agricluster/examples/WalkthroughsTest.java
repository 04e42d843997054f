package org.agricluster.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WalkthroughsTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Walkthroughs.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void everyWalkthroughRuns_andEachCanBeRunByName() {
    assertThat(run()).isZero();
    for (Walkthrough walkthrough : Walkthroughs.ALL) {
      assertThat(out.toString(StandardCharsets.UTF_8)).contains("== " + walkthrough.name() + ":");
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).contains(
        "Saved as a cluster document (https://agricluster.org/schema/cluster-1.json)",
        "Saved as a scorecard document", "Saved as a crop-budgets document").doesNotContain("read back equal: false");
    assertThat(out.toString(StandardCharsets.UTF_8).split("read back equal: true", -1)).as("11 documents saved and read back").hasSize(12);
    out.reset();
    assertThat(run("measures")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("== measures:");
  }

  @Test
  void field_readsTheKoboExports_reportsTheTwoBadRows_andWritesAWorkbookAndAFormThatReadBack() {
    run("field");
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("kobo-sesan-members.csv: 62 rows read, 60 accepted, 2 rejected",
        "line 22, column group_member/gender: 'x'", "line 63, column group_farm/land_m2: '-300'",
        "5 producer groups, 60 members; one of them: Sok, Dara", "kobo-sesan-scores.csv: 15 rows read, 15 accepted, 0 rejected",
        "1  Kaphon (Sesan, Stung Treng)", "checked against the XLSForm specification: no problem");
    org.agricluster.field.XlsForm form = org.agricluster.field.XlsForm.read(
        java.nio.file.Path.of("target", "field", "sesan-scoring-round-2.xlsx"));
    assertThat(form.problems()).isEmpty();
    var register = org.agricluster.field.FieldImport.defaults().sheet("members")
        .members(java.nio.file.Path.of("target", "field", "sesan-field.xlsx"));
    assertThat(register.isClean()).isTrue();
    assertThat(register.records()).hasSize(60);
  }

  @Test
  void measures_printsTheTakeoFiguresAndAnExactSplit() {
    run("measures");
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("KHR 1,500,000", "KHR 15,000,000", "USD 750.00", "KHR 549,714", "KHR 67",
        "parts sum exactly to the payment: true");
  }

  @Test
  void scoring_printsTheCorrectedChainTableAndTheOxfamGrade() {
    run("scoring");
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("Area 5          46        18         +28  MISPRINT", "3=      3=       1       5       2",
        "Overall 76.25% (exact sum of the weighted grades), rounded once half-up to 76%; rounding each row first would give 77%.");
  }

  @Test
  void economics_printsTakeoPerAreaScenariosChainAndAReconciledDay() {
    run("economics");
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("KHR 15,000,000", "USD 750.00", "collective purchase (−11%)", "TJS 1,100.00",
        "KHR 11,040,000", "Mr Panha (collector)", "outside the tolerance of KHR 1,000 — contact the buyer",
        "within the tolerance of KHR 1,000 — matches", "parts + remainder = KHR 559,450 = the amount received");
  }

  @Test
  void actors_buildsKhatlonWithThePapersTotals_andListsSesanByCategory() {
    org.agricluster.cluster.ApexPlatform sfac = ActorsWalkthrough.khatlonPlatform();
    assertThat(sfac.groups()).hasSize(81);
    assertThat(sfac.actors()).hasSize(1496);
    org.agricluster.cluster.InclusionReport report =
        org.agricluster.cluster.InclusionReport.of(sfac, org.agricluster.cluster.InclusionThresholds.OXFAM);
    assertThat(report.womenAmongMembers().toPercent(0, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo("29");
    assertThat(report.womenAmongLeaders().toPercent(0, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo("16");
    assertThat(report.parityIndex().orElseThrow().setScale(2, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.55");
    assertThat(sfac.clusters().stream().map(org.agricluster.cluster.Cluster::totalFarmLand)
        .reduce(org.agricluster.measure.Area.ZERO, org.agricluster.measure.Area::plus))
        .isEqualTo(org.agricluster.measure.Area.ofHectares(new java.math.BigDecimal("1.43")).multipliedBy(1496));
    run("actors");
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("Leadership parity index", "0.55", "Groups performing", "40.7%",
        "local supporter          PDAFF Stung Treng extension staff", "Mrs Sopheary", "Mr Khin Seang");
  }

  @Test
  void calendar_showsTheGapBeforeAndAfterAStaggeredPlan_andWritesTheChart() throws Exception {
    run("calendar");
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).containsPattern("Staggered plan: +Σ\\|gap\\| [\\d,]+ kg, shortfall [\\d,]+ kg, surplus 0 kg, demand met (8[5-9]|9\\d)%, glut weeks \\(> demand \\+ 20 %\\) 0");
    assertThat(text).contains("Everyone planting in the same week",
        "Back-calculation: 1,050 kg of choy sum in 2024-W30", "2. Takeo (ASPIRE)");
    // weights and every household sharing, together
    assertThat(text).containsPattern("The same weights, with every household given a share \\(PlanOptions\\):\\R +[\\d,]+"
        + " plantings by 37 of 37 members; .*; weighted \\(eggplant ×1\\.5, yard-long bean ×2\\): .* Shared with every"
        + " member: 37 of the 37 who grow a demanded crop plant, against \\d+ when shared among the fewest members; this"
        + " costs [\\d,]+ kg more Σ\\|gap\\|, both with the weights\\.");
    java.nio.file.Path svg = java.nio.file.Path.of("target", "takeo-cucumber-calendar.svg");
    assertThat(java.nio.file.Files.readString(svg)).startsWith("<svg").contains("<polyline");
    // well-formed XML, so browsers and converters render it
    javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
  }

  @Test
  void chain_isOneStory_eachStepUsingThePreviousStepsResults() throws Exception {
    ChainWalkthrough.Story story = ChainWalkthrough.story();
    java.util.List<String> priority = story.mapping().priorityAreas().candidates().stream()
        .map(org.agricluster.scoring.Candidate::name).toList();
    java.util.List<String> selected = story.formation().selectedAreas().candidates().stream()
        .map(org.agricluster.scoring.Candidate::name).toList();
    assertThat(priority).containsExactly("Kaphon", "Katout", "Hang Savath", "Samkhuoy");
    assertThat(selected).as("the Annex 4 scoring picks among the priority areas").containsExactly("Kaphon", "Katout", "Hang Savath");
    assertThat(story.formed().groups()).extracting(org.agricluster.cluster.ProducerGroup::id)
        .as("the cluster keeps only the selected villages").containsExactly("PG-Kaphon", "PG-Katout", "PG-Hang-Savath");
    assertThat(story.formed().actors()).noneMatch(a -> a.name().startsWith("Badeum") || a.name().startsWith("Samkhuoy"));
    assertThat(story.meeting().agenda().get(5).presenters()).as("each group's representative presents")
        .hasSize(3).contains(story.formed().group("PG-Kaphon").committee().get(0));
    assertThat(story.file().meetings()).containsExactly(story.meeting());
    assertThat(story.backstopped().step()).isEqualTo(org.agricluster.cluster.DevelopmentStep.BACKSTOPPING);
    run("chain");
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).containsSubsequence("# Rapid mapping report: Sesan", "Interview of Mr Panha", "### Product flows",
        "### Simplified gross margin per actor", "# Cluster selection and mobilisation: Sesan vegetable cluster",
        "the cluster is formed", "# Multi-stakeholder platform meeting", "| 12:25–12:30 | Wrap-up | CHAIN representative |",
        "# Collective business strategy", "Checked against the planned supply calendar", "## 4 Conclusion and initial cluster planning",
        "# Cluster working document", "follow-up visit, Kaphon", "OVERDUE", "## Annex: contact list");
    assertThat(text).contains("Around 150 kg a day, but farmers supply only 100 kg", "| Mr Panha | 500 kg |",
        "about 500 kg a day");
    String html = java.nio.file.Files.readString(java.nio.file.Path.of("target", "chain", "strategy-report.html"));
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg", "Mr Panha").doesNotContain("<script", "src=", "href=");
  }

  @Test
  void takeo_plansTheBuyersTwoTonnes_saysHowMuchMoreLand_andComputesEachHouseholdsMarginFromItsDeliveries() throws Exception {
    java.util.List<org.agricluster.actor.Actor> households = TakeoWalkthrough.households();
    assertThat(households).hasSize(37);
    org.agricluster.calendar.LandNeed need = org.agricluster.calendar.LandNeed.of(TakeoWalkthrough.members(households),
        TakeoWalkthrough.CROPS, TakeoWalkthrough.buyer(), org.agricluster.measure.Share.ofPercent(2));
    assertThat(need.met()).as("today's land falls short of 2 t a day").isFalse();
    assertThat(need.reachable()).isTrue();
    assertThat(TakeoWalkthrough.dailyRange(need.expandedPlan())).as("2 t a day or more, within 2 %")
        .matches("(1,9[6-9]\\d|2,\\d{3})(–2,\\d{3} kg a day| kg every day)");
    run("takeo");
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("37 households", "crop-weeks are more than 2 % short", "m² per household",
        "outside the tolerance of KHR 1,000 — contact the buyer", "Ms Khat Sa Em", "less input advance from LusTmey (iDE)",
        "less loan repayment", "The advances deducted sum to KHR 12,000,000 = the contract's KHR 12,000,000: true",
        "Per 2,000 m² a year: lowest", "\"3 to 4 million riels\" this season");
    String html = java.nio.file.Files.readString(java.nio.file.Path.of("target", "takeo", "season-report.html"));
    assertThat(html).contains("<svg", "Household 37");
  }

  @Test
  void seeds_showsTheSystemTheLocalSeedSavingAndTheUnregisteredProduct() {
    assertThat(SeedsWalkthrough.system().soldBy(SeedsWalkthrough.SMART_AGRO))
        .isEqualTo(org.agricluster.measure.Mass.ofKilograms(5_400));
    run("seeds");
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("Sold by the national producer under the partnership: 5,400 kg",
        "cover-crop seed at KHR 5,000 (seed produced locally)", "KHR 2,850,000 listed, KHR 2,565,000 paid", "UNREGISTERED",
        "Farmers who depend on the unregistered CA cover-crop mix: 12", "hired machinery: KHR 280,000 per ha");
  }

  @Test
  void alliance_checksRolesFinancingTargetsAndRefusesAnEarlyGrant() {
    run("alliance");
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("must be an actor with a marketing function", "must be a public body",
        "The financing sums to exactly the investments", "public grant 60%",
        "refused: Grant for 'Zou pineapple upgrade' paid on 2025-02-01", "women 14 of 30", "young (15–35 years) 10 of 30",
        "A member's expected income change on half a hectare: XOF 874,000", "2025-06  40,000 kg  30,000 kg  10,000 kg");
  }

  @Test
  void audit_findsTheMisprintAtItsSource_andMarksWhatFollowsFromIt() {
    java.util.List<org.agricluster.audit.Audit> audits = AuditWalkthrough.audits();
    assertThat(audits.get(0).wrong()).extracting(org.agricluster.audit.Finding::id).containsExactly("materials");
    assertThat(audits.get(0).consequences()).hasSize(4);
    assertThat(audits.get(3).wrong()).singleElement().satisfies(f -> assertThat(f.label()).isEqualTo("total of Area 5"));
    assertThat(audits.get(4).isClean()).as("Oxfam's 76 % for 76.25 %").isTrue();
    run("audit");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("wrong by +10,000", "follows from materials",
        "tied with Hang Savath but printed with a distinct rank", "wrong by +28", "agrees at the printed precision (0 decimals",
        "+2/13 (≈+15.38%)");
  }

  @Test
  void anUnknownName_listsTheNames() {
    assertThat(run("nope")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("No walkthrough named 'nope'", "measures");
  }
}
