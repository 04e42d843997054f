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
import org.agricluster.cluster.Cluster;
import org.agricluster.measure.Area;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldImportTest {
  @TempDir
  Path dir;

  /** A KoboToolbox export (legacy CSV: semicolons, group paths, BOM, 0/1 columns per crop). */
  static final String KOBO = "\uFEFFstart;end;group_member/member_id;group_member/name;group_member/gender;"
      + "group_place/province;group_place/district;group_place/village;group_farm/land_m2;group_farm/water_source;"
      + "group_farm/crops/choy_sum;group_farm/crops/cucumber;group_member/group_id;group_member/group_name;_id;_uuid;_submission_time;_index\n"
      + "2024-01-10T08:00:00.000+07:00;2024-01-10T08:05:00.000+07:00;kaphon-f1;សុខា;ស្រី;Stung Treng;Sesan;Kaphon;437.5;river;1;0;PG-Kaphon;\"Kaphon farmers' group\";1;a1;2024-01-10;1\n"
      + "2024-01-10T08:10:00.000+07:00;;kaphon-f2;\"Dara, Sok\";m;Stung Treng;Sesan;Kaphon;n/a;;0;0;PG-Kaphon;;2;a2;2024-01-10;2\n"
      + "2024-01-10T08:20:00.000+07:00;;kaphon-f3;\"Chenda\nSrey\";x;Stung Treng;Sesan;Kaphon;300;river;0;1;PG-Kaphon;;3;a3;2024-01-10;3\n"
      + ";;;;;;;;;;;;;;;;;\n"
      + "2024-01-10T08:30:00.000+07:00;;kaphon-f4;Vanna;f;Stung Treng;Sesan;Kaphon;-5;river;0;1;PG-Kaphon;;4;a4;2024-01-10;4\n"
      + "2024-01-10T08:40:00.000+07:00;;katout-f1;Зарина;ж;Stung Treng;Sesan;Katout;1200;well;1;1;PG-Katout;Katout group;5;a5;2024-01-10;5\n";

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aKoboExportReadsIntoMembers_withEveryRowAcceptedOrRejected_andTheUnusedColumnsSaid() throws IOException {
    ImportResult<Member> result = FieldImport.defaults().withCountry("Cambodia").members(write("members.csv", KOBO));
    assertThat(result.rowsRead()).isEqualTo(5);
    assertThat(result.acceptedRows()).isEqualTo(3);
    assertThat(result.records()).extracting(m -> m.actor().id()).containsExactly("kaphon-f1", "kaphon-f2", "katout-f1");
    Member sokha = result.records().get(0);
    assertThat(sokha.actor().name()).isEqualTo("សុខា");
    assertThat(sokha.actor().gender()).contains(Gender.FEMALE);
    assertThat(sokha.actor().roles()).containsExactly(Role.FARMER);
    assertThat(sokha.actor().location().orElseThrow().describe()).contains("Kaphon", "Sesan", "Stung Treng", "Cambodia");
    assertThat(sokha.actor().farm().orElseThrow().land()).isEqualTo(Area.ofSquareMetres(new BigDecimal("437.5")));
    assertThat(sokha.actor().farm().orElseThrow().crops()).containsExactly("choy_sum");
    assertThat(sokha.groupName()).contains("Kaphon farmers' group");
    assertThat(result.records().get(1).actor().name()).isEqualTo("Dara, Sok");
    assertThat(result.records().get(1).actor().farm()).isEmpty();
    assertThat(result.records().get(2).actor().gender()).contains(Gender.FEMALE);
    assertThat(result.rejected()).extracting(RejectedRow::where).containsExactly("line 4", "line 7");
    assertThat(result.rejected().get(0)).hasToString("members.csv line 4, column group_member/gender: 'x' — Gender must be one "
        + "of the codes [female, male, undisclosed, f, woman, w, ស្រី, ж, женский, m, man, ប្រុស, м, мужской] but was 'x'");
    assertThat(result.rejected().get(1).column()).isEqualTo("group_farm/land_m2");
    assertThat(result.rejected().get(1).rule()).isEqualTo("Area must be >= 0 m² but was -5 m²");
    assertThat(result.unusedColumns()).containsExactly("start", "end", "_id", "_uuid", "_submission_time", "_index");
    assertThat(result.report()).startsWith("members.csv: 5 rows read, 3 accepted, 2 rejected; columns not used: start, end,")
        .contains("  line 4, column group_member/gender: 'x'");
    Cluster cluster = Member.cluster("Sesan", "vegetables", result.records(), LocalDate.of(2024, 1, 10));
    assertThat(cluster.groups()).extracting(g -> g.name()).containsExactly("Kaphon farmers' group", "Katout group");
    assertThat(cluster.group("PG-Kaphon").members()).hasSize(2);
  }

  @Test
  void aBudgetSurvey_readsOnePlotPerRow_theAspireTakeoMargin_andRejectsAHalfGivenGrade() throws IOException {
    Path file = write("survey.csv", "plot,crop,area_m2,currency,harvested_kg,price_per_kg,grade_A_percent,grade_A_price_per_kg,"
        + "cost_seed,cost_fertiliser,cost_pesticides\n"
        + "T-01,mixed vegetables,2000,KHR,3000,1200,,,150000,300000,150000\n"
        + "T-02,cucumber,1000,KHR,1500,,60,,,,\n");
    ImportResult<org.agricluster.economics.CropBudget> survey = FieldImport.defaults().budgets(file);
    assertThat(survey.records()).hasSize(1);
    var takeo = survey.records().get(0);
    assertThat(takeo.margin(org.agricluster.economics.MarginPolicy.SIMPLIFIED_GROSS_MARGIN).sgm())
        .as("ASPIRE Takeo story: about 3 million riel on 2,000 m²").isEqualTo(org.agricluster.measure.Money.of(
            org.agricluster.measure.CurrencyUnit.KHR, 3_000_000));
    assertThat(survey.rejected()).singleElement().satisfies(r -> {
      assertThat(r.column()).isEqualTo("grade_A_price_per_kg");
      assertThat(r.rule()).isEqualTo("A grade's share and price are given together (grade A)");
    });
    assertThat(survey.unusedColumns()).containsExactly("plot");
  }

  @Test
  void strictMode_stopsAtTheFirstBadRow_withItsPlace() throws IOException {
    Path file = write("members.csv", KOBO);
    assertThatThrownBy(() -> FieldImport.defaults().withCountry("Cambodia").onError(FieldImport.OnError.STOP).members(file))
        .isInstanceOf(FieldFormatException.class)
        .hasMessageStartingWith("members.csv line 4: column group_member/gender: 'x' — Gender must be one of the codes");
  }

  @Test
  void declaredColumnsAndCodes_readAnExportWithLabelsAsHeaders() throws IOException {
    Path file = write("labels.csv", "Member ID,Full name,Sex (1=female 2=male)\nm1,Sokha,1\nm2,Dara,2\nm3,Vanna,3\n");
    ImportResult<Member> result = FieldImport.defaults()
        .withMapping(ColumnMapping.defaults().column("member_id", "Member ID").column("name", "Full name")
            .column("gender", "Sex (1=female 2=male)"))
        .withGenderCodes(Codes.of(Gender.class).with("1", Gender.FEMALE).with("2", Gender.MALE)).members(file);
    assertThat(result.records()).extracting(m -> m.actor().gender().orElseThrow()).containsExactly(Gender.FEMALE, Gender.MALE);
    assertThat(result.rejected()).singleElement().extracting(RejectedRow::value).isEqualTo("3");
  }

  @Test
  void cropsWithoutTheFarmsLand_areARejectedRow_notDroppedSilently() throws IOException {
    Path file = write("m.csv", "member_id,name,land_m2,crops\nm1,Sokha,,choy_sum\nm2,Dara,,\n");
    ImportResult<Member> result = FieldImport.defaults().members(file);
    assertThat(result.records()).extracting(m -> m.actor().id()).containsExactly("m2");
    assertThat(result.rejected()).singleElement().hasToString(
        "m.csv line 2, column land_m2: (empty) — A farm's land in m² (land_m2), which its crops and water source need");
  }

  @Test
  void aPlaceBelowTheCountry_withoutACountry_isARejectedRow_notAGuess() throws IOException {
    Path file = write("m.csv", "member_id,name,village\nm1,Sokha,Kaphon\n");
    ImportResult<Member> result = FieldImport.defaults().members(file);
    assertThat(result.rejected()).singleElement().extracting(RejectedRow::rule)
        .isEqualTo("A place below the country needs the country: a column country, or FieldImport.withCountry");
  }

  @Test
  void structuralFaults_refuseTheFile_withWhereAndWhat() throws IOException {
    assertThatThrownBy(() -> FieldImport.defaults().members(write("a.csv", "member_id,gender\nm1,f\n")))
        .isInstanceOf(FieldFormatException.class).hasMessageStartingWith("a.csv header: must have a column for the field name");
    assertThatThrownBy(() -> FieldImport.defaults().members(write("b.csv", "member_id,name,Name\nm1,a,b\n")))
        .hasMessage("b.csv header: names the column 'Name' twice (columns 2 and 3)");
    assertThatThrownBy(() -> FieldImport.defaults().members(write("c.csv", "")))
        .hasMessage("c.csv line 1: must be a header row but the file is empty");
    Path binary = dir.resolve("d.csv");
    Files.write(binary, new byte[] {'m', 0, 1, 2, 3, '\n'});
    assertThatThrownBy(() -> FieldImport.defaults().members(binary))
        .hasMessage("d.csv line 1: must be CSV text but holds a NUL byte: a binary file?");
    assertThatThrownBy(() -> FieldImport.defaults().members(write("e.xlsx", "member_id,name\n")))
        .hasMessage("e.xlsx: must be an XLSX workbook (a zip file) but does not start like one");
    assertThatThrownBy(() -> FieldImport.defaults().members(write("f.csv", "member_id,name\nm1,\"Sokha\n")))
        .isInstanceOf(FieldFormatException.class).hasMessageStartingWith("f.csv: is not well-formed CSV");
    // an old binary Excel file (an OLE2 compound file), whatever its name says
    Path xls = dir.resolve("g.csv");
    Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
    assertThatThrownBy(() -> FieldImport.defaults().members(xls)).isInstanceOf(FieldFormatException.class)
        .hasMessage("g.csv: is an old binary Excel file (.xls); save it as .xlsx or .csv");
    // a zip file read as a workbook, whatever its name says
    Path zip = dir.resolve("h.csv");
    Files.write(zip, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
    assertThatThrownBy(() -> FieldImport.defaults().members(zip)).isInstanceOf(FieldFormatException.class)
        .hasMessageStartingWith("h.csv: is not a readable XLSX workbook");
  }

  @Test
  void aRowWithTooManyFields_isRejected_asTheSignOfADelimiterOutOfPlace() throws IOException {
    ImportResult<Member> result = FieldImport.defaults().members(write("g.csv", "member_id,name\nm1,Sokha\nm2,Dara,Sok\n"));
    assertThat(result.records()).hasSize(1);
    assertThat(result.rejected()).singleElement().extracting(RejectedRow::rule)
        .isEqualTo("A row must have as many fields as the header (2) but has 3: a delimiter or quote out of place?");
  }

  @Test
  void aLineLongerThanTheLimit_refusesTheFile_insteadOfFillingMemory() throws IOException {
    Path file = dir.resolve("long.csv");
    Files.writeString(file, "member_id,name\nm1,\"" + "x".repeat(TabularFile.MAX_FIELD_LENGTH + 10) + "\"\n");
    assertThatThrownBy(() -> FieldImport.defaults().members(file)).isInstanceOf(FieldFormatException.class)
        .hasMessageContaining("fields longer than 1,048,576 characters are refused");
  }

  @Test
  void anXlsxDateCell_readsAsItsIsoDate_notAsExcelsDayNumber() {
    Path file = dir.resolve("dates.xlsx");
    Xlsx.write(file, wb -> {
      var ws = wb.newWorksheet("deliveries");
      List<String> header = List.of("date", "member", "crop", "grade", "kg");
      for (int c = 0; c < header.size(); c++) {
        ws.value(0, c, header.get(c));
      }
      ws.value(1, 0, LocalDate.of(2024, 3, 4));
      ws.style(1, 0).format("yyyy-mm-dd").set();
      ws.value(1, 1, "sokha");
      ws.value(1, 2, "cucumber");
      ws.value(1, 3, "A");
      ws.value(1, 4, 120);
      ws.value(2, 0, java.time.LocalDateTime.of(2024, 3, 5, 7, 15));
      ws.style(2, 0).format("dd/mm/yyyy hh:mm").set();
      ws.value(2, 1, "dara");
      ws.value(2, 2, "cucumber");
      ws.value(2, 3, "B");
      ws.value(2, 4, 30.5);
    });
    ImportResult<org.agricluster.economics.Delivery> day = FieldImport.defaults().deliveries(file);
    assertThat(day.rejected()).isEmpty();
    assertThat(day.records()).extracting(org.agricluster.economics.Delivery::date)
        .containsExactly(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 5));
  }

  /** Found by the explore profile's fuzzing: FastExcel's own exception escaped for a workbook without its sheet. */
  @Test
  void aWorkbookMissingItsSheetPart_isRefusedWithFieldFormatException() throws IOException {
    Path whole = dir.resolve("whole.xlsx");
    TableExport.xlsx(List.of(FieldExport.members(List.of())), whole);
    Path broken = dir.resolve("broken.xlsx");
    try (var in = new java.util.zip.ZipFile(whole.toFile());
        var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(broken))) {
      for (var entry : java.util.Collections.list(in.entries())) {
        if (!entry.getName().equals("xl/worksheets/sheet1.xml")) {
          out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
          try (var part = in.getInputStream(entry)) {
            part.transferTo(out);
          }
          out.closeEntry();
        }
      }
    }
    assertThatThrownBy(() -> FieldImport.defaults().members(broken)).isInstanceOf(FieldFormatException.class)
        .hasMessageStartingWith("broken.xlsx: is not a readable XLSX workbook");
  }

  /**
   * Found by the explore profile's workbook fuzzing: java.util.zip lists a part whose comment is not
   * valid UTF-8 by throwing IllegalArgumentException, which escaped while the parts were checked.
   */
  @Test
  void aWorkbookWithAPartCommentThatIsNotUtf8_isRefusedWithFieldFormatException() throws IOException {
    Path whole = dir.resolve("whole.xlsx");
    TableExport.xlsx(List.of(FieldExport.members(List.of())), whole);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (var in = new java.util.zip.ZipFile(whole.toFile()); var out = new java.util.zip.ZipOutputStream(bytes)) {
      for (var entry : java.util.Collections.list(in.entries())) {
        java.util.zip.ZipEntry copy = new java.util.zip.ZipEntry(entry.getName());
        copy.setComment("QQQQ");
        out.putNextEntry(copy);
        try (var part = in.getInputStream(entry)) {
          part.transferTo(out);
        }
        out.closeEntry();
      }
    }
    byte[] zip = bytes.toByteArray();
    String latin = new String(zip, StandardCharsets.ISO_8859_1);
    int at = latin.indexOf("QQQQ");
    assertThat(at).as("the comment is written in the central directory").isPositive();
    for (int i = 0; i < 4; i++) {
      zip[at + i] = (byte) 0xFF;   // never valid in UTF-8, and the entry is flagged UTF-8
    }
    Path broken = dir.resolve("broken.xlsx");
    Files.write(broken, zip);
    assertThatThrownBy(() -> FieldImport.defaults().members(broken)).isInstanceOf(FieldFormatException.class)
        .hasMessageStartingWith("broken.xlsx: is not a readable XLSX workbook");
  }

  @Test
  void anXlsxZipBomb_isRefusedBeforeAnythingIsInflated() throws IOException {
    Path bomb = dir.resolve("bomb.xlsx");
    try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(bomb))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new java.util.zip.ZipEntry("xl/sharedStrings.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThat(Files.size(bomb)).isLessThan(200_000);
    assertThatThrownBy(() -> FieldImport.defaults().members(bomb)).isInstanceOf(FieldFormatException.class)
        .hasMessageContaining("part xl/sharedStrings.xml would inflate").hasMessageContaining("a zip bomb?");
  }

  @Test
  void anXlsxWorkbook_readsLikeTheCsv_numbersAndStringsAlike() throws IOException {
    Path file = dir.resolve("members.xlsx");
    Xlsx.write(file, wb -> {
      var ws = wb.newWorksheet("members");
      List<String> header = List.of("member_id", "name", "gender", "land_m2", "water_source", "crops");
      for (int c = 0; c < header.size(); c++) {
        ws.value(0, c, header.get(c));
      }
      ws.value(1, 0, "m1");
      ws.value(1, 1, "សុខា");
      ws.value(1, 2, "f");
      ws.value(1, 3, new BigDecimal("437.5"));
      ws.value(1, 4, "river");
      ws.value(1, 5, "choy_sum cucumber");
      ws.value(2, 0, "m2");
      ws.value(2, 1, "Dara");
      ws.value(2, 3, 1200);
      ws.value(3, 0, "m3");
      ws.value(3, 1, "Vanna");
      ws.formula(3, 3, "1+1");
    });
    assertThatThrownBy(() -> FieldImport.defaults().members(file)).isInstanceOf(FieldFormatException.class)
        .hasMessageContaining("holds a formula");
    Path clean = dir.resolve("clean.xlsx");
    Xlsx.write(clean, wb -> {
      var ws = wb.newWorksheet("members");
      ws.value(0, 0, "member_id");
      ws.value(0, 1, "name");
      ws.value(0, 2, "land_m2");
      ws.value(1, 0, "m1");
      ws.value(1, 1, "សុខា");
      ws.value(1, 2, new BigDecimal("437.5"));
      ws.value(2, 0, "m2");
      ws.value(2, 1, "Dara");
      ws.value(2, 2, 1200);
    });
    ImportResult<Member> result = FieldImport.defaults().members(clean);
    assertThat(result.file()).isEqualTo("clean.xlsx sheet 'members'");
    assertThat(result.records()).extracting(m -> m.actor().farm().orElseThrow().land())
        .containsExactly(Area.ofSquareMetres(new BigDecimal("437.5")), Area.ofSquareMetres(1200));
  }
}
