package org.agricluster.field;

import static org.agricluster.PropertyTests.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.agricluster.scoring.Candidate;
import org.agricluster.scoring.CriteriaTemplates;
import org.agricluster.scoring.Criterion;
import org.agricluster.scoring.Scale;
import org.agricluster.scoring.Scorecard;
import org.agricluster.scoring.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.generators.SourceDSL;

class XlsFormTest {
  @TempDir
  Path dir;

  static Scorecard villagesExercise() {
    return Scorecard.builder().criteria(CriteriaTemplates.preAssessment())
        .candidates(List.of(Candidate.of("Kaphon", "Sesan, Stung Treng"), Candidate.of("Katout"), Candidate.of("Hang Savath")))
        .build();
  }

  @Test
  void aScoringForm_hasTheScorer_category_candidate_andOneQuestionPerCriterion_andMeetsTheSpecification() {
    XlsForm form = XlsForm.scoring(villagesExercise(), "sesan_villages", "2024-02");
    assertThat(form.questionNames()).containsExactly("scorer", "category", "candidate", "c1_production_potential",
        "c2_market_potential", "c3_impact_potential");
    assertThat(form.choices("candidates")).containsExactly(java.util.Map.entry("k1_kaphon", "Kaphon (Sesan, Stung Treng)"),
        java.util.Map.entry("k2_katout", "Katout"), java.util.Map.entry("k3_hang_savath", "Hang Savath"));
    assertThat(form.choices("scale_1")).containsOnlyKeys("0", "1", "2", "3");
    assertThat(form.choices("categories")).containsOnlyKeys("local_value_chain_actor", "local_supporter", "enabler");
    assertThat(form.settings()).containsEntry("form_id", "sesan_villages").containsEntry("version", "2024-02");
    assertThat(form.problems()).isEmpty();
    assertThat(form).hasToString("XlsForm{sesan_villages 2024-02: 6 questions, 18 choices}");
  }

  @Test
  void anUnlabelledScale_becomesAnIntegerQuestion_constrainedToTheScale() {
    Scorecard exercise = Scorecard.builder().criterion(Criterion.of("yield", Scale.of("marks", 1, 5)))
        .candidate(Candidate.of("A")).build();
    XlsForm form = XlsForm.scoring(exercise, "marks", "1");
    assertThat(form.survey().get(3)).containsEntry("type", "integer").containsEntry("constraint", ". >= 1 and . <= 5")
        .containsEntry("constraint_message", "A score from 1 to 5");
    assertThat(form.problems()).isEmpty();
  }

  @Test
  void aFormWrittenAsXlsx_readsBackEqual_withItsThreeSheets() {
    XlsForm form = XlsForm.scoring(villagesExercise(), "sesan_villages", "2024-02");
    Path file = dir.resolve("form.xlsx");
    form.write(file);
    XlsForm back = XlsForm.read(file);
    assertThat(back).isEqualTo(form);
    assertThat(back.problems()).isEmpty();
  }

  @Test
  void theSpecificationCheck_findsWhatPyxformWouldRefuse() {
    XlsForm form = XlsForm.scoring(villagesExercise(), "sesan_villages", "2024-02");
    var survey = new ArrayList<>(form.survey());
    survey.add(com.google.common.collect.ImmutableMap.of("type", "select_one nowhere", "name", "scorer", "label", "",
        "constraint", "(. > 1", "relevant", "and ${x} = 'a"));
    survey.add(com.google.common.collect.ImmutableMap.of("type", "picture", "name", "2bad", "label", "x"));
    XlsForm broken = XlsForm.read(writeRaw(survey, form));
    assertThat(broken.problems()).contains("survey row 8: list nowhere is not defined in choices",
        "survey row 8: name scorer appears twice", "survey row 8: question scorer needs a label",
        "survey row 8: constraint '(. > 1' leaves a bracket open", "survey row 8: relevant 'and ${x} = 'a' leaves a quote open",
        "survey row 9: type 'picture' is not a question type",
        "survey row 9: name '2bad' is not an XML name (a letter or _, then letters, digits, _ - .)");
  }

  private Path writeRaw(List<? extends java.util.Map<String, String>> survey, XlsForm form) {
    Path file = dir.resolve("raw.xlsx");
    Xlsx.write(file, wb -> {
      write(wb.newWorksheet("survey"), XlsForm.SURVEY_COLUMNS, survey);
      write(wb.newWorksheet("choices"), XlsForm.CHOICES_COLUMNS, form.choices());
      write(wb.newWorksheet("settings"), XlsForm.SETTINGS_COLUMNS, List.of(form.settings()));
    });
    return file;
  }

  private static void write(org.dhatim.fastexcel.Worksheet ws, List<String> columns, List<? extends java.util.Map<String, String>> rows) {
    for (int c = 0; c < columns.size(); c++) {
      ws.value(0, c, columns.get(c));
    }
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.size(); c++) {
        String v = rows.get(r).getOrDefault(columns.get(c), "");
        if (!v.isEmpty()) {
          ws.value(r + 1, c, v);
        }
      }
    }
  }

  @Test
  void badArguments_areRefused_withWhatWasAllowed() {
    assertThatThrownBy(() -> XlsForm.scoring(villagesExercise(), "1st form", "1"))
        .hasMessage("Form id must be letters, digits and underscores, starting with a letter (at most 100) but was '1st form'");
    assertThatThrownBy(() -> XlsForm.scoring(villagesExercise(), "f", " "))
        .hasMessage("Version of a form must be not blank and at most 200 characters but was ' '");
  }

  /**
   * What KoboToolbox exports for a scoring form (CSV, XML values and headers, group-free): the
   * submission columns around the questions, choice names as values.
   */
  static String koboExport(XlsForm form, Scorecard exercise, List<Object[]> submissions) {
    StringBuilder csv = new StringBuilder("start;end;");
    csv.append(String.join(";", form.questionNames())).append(";_id;_uuid;_submission_time;_index\n");
    int id = 1;
    for (Object[] s : submissions) {
      csv.append("2024-02-20T09:00:00+07:00;2024-02-20T09:05:00+07:00;").append(s[0]).append(';').append(s[1]).append(';')
          .append(XlsForm.candidateChoice(exercise.candidates().get((Integer) s[2]), (Integer) s[2]));
      for (int v : (int[]) s[3]) {
        csv.append(';').append(v);
      }
      csv.append(';').append(id).append(";uuid-").append(id).append(";2024-02-20T02:05:00;").append(id++).append('\n');
    }
    return csv.toString();
  }

  @Test
  void theRoundTrip_designFillInImport_givesTheRankedTable_withNoHandEditing() throws IOException {
    Scorecard exercise = villagesExercise();
    XlsForm form = XlsForm.scoring(exercise, "sesan_villages", "2024-02");
    String export = koboExport(form, exercise, List.of(
        new Object[] {"Mr Panha", "local_value_chain_actor", 0, new int[] {3, 3, 2}},
        new Object[] {"Mr Panha", "local_value_chain_actor", 1, new int[] {2, 3, 2}},
        new Object[] {"Mr Panha", "local_value_chain_actor", 2, new int[] {1, 1, 0}},
        new Object[] {"PDAFF officer", "local_supporter", 0, new int[] {2, 3, 1}},
        new Object[] {"PDAFF officer", "local_supporter", 1, new int[] {2, 2, 2}},
        new Object[] {"PDAFF officer", "local_supporter", 2, new int[] {0, 1, 0}},
        new Object[] {"PDAFF officer", "local_supporter", 2, new int[] {3, 3, 3}}));
    Path file = dir.resolve("export.csv");
    Files.writeString(file, export, StandardCharsets.UTF_8);
    ImportResult<Scorecard> result = FieldImport.defaults().scores(file, exercise);
    assertThat(result.acceptedRows()).isEqualTo(6);
    assertThat(result.rejected()).singleElement().satisfies(r -> {
      assertThat(r.where()).isEqualTo("line 8");
      assertThat(r.rule()).isEqualTo("A second score by PDAFF officer for Hang Savath on production potential (each is given once)");
    });
    Scorecard card = result.records().get(0);
    assertThat(card.scorers()).containsExactly(Scorer.of("Mr Panha", "local value-chain actor"),
        Scorer.of("PDAFF officer", "local supporter"));
    assertThat(card.scoreCount()).isEqualTo(18);
    assertThat(card.ranking().toString()).startsWith("1. Kaphon — 7; 2. Katout — 6.5; 3. Hang Savath — 1.5");
  }

  @Test
  void generatedForms_listExactlyTheCriteria_scaleValues_andCandidates_ofTheExercise() {
    qt(100).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      Scorecard.Builder b = Scorecard.builder();
      List<Scale> scales = List.of(Scale.POTENTIAL, Scale.SELECTION, Scale.LOW_MEDIUM_HIGH, Scale.of("marks", -2, 7));
      int criteria = 1 + r.nextInt(8);
      for (int i = 0; i < criteria; i++) {
        b.criterion(Criterion.of("criterion " + i + " " + "ñ€សុ".charAt(r.nextInt(4)), scales.get(r.nextInt(scales.size()))));
      }
      int candidates = 1 + r.nextInt(10);
      for (int i = 0; i < candidates; i++) {
        b.candidate(Candidate.of("village " + i + (r.nextBoolean() ? " Зарина" : "")));
      }
      Scorecard exercise = b.build();
      XlsForm form = XlsForm.scoring(exercise, "f" + Math.abs(seed % 1000), "v" + seed);
      assertThat(form.problems()).isEmpty();
      assertThat(form.questionNames()).hasSize(3 + criteria);
      assertThat(form.choices("candidates")).hasSize(candidates);
      for (int i = 0; i < criteria; i++) {
        Criterion c = exercise.criteria().get(i);
        assertThat(form.questionNames().get(3 + i)).isEqualTo(XlsForm.questionName(c, i));
        if (c.scale() != scales.get(3)) {
          assertThat(form.choices("scale_" + (i + 1))).hasSize(c.scale().size());
        }
      }
    });
  }
}
