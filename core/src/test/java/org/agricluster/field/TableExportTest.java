package org.agricluster.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.agricluster.report.Table;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableExportTest {
  @TempDir
  Path dir;

  static Table ranking() {
    return Table.builder("Ranking: Sesan villages / 2024").column("Rank", Table.Align.RIGHT).column("Village", Table.Align.LEFT)
        .column("Total", Table.Align.RIGHT).column("Share", Table.Align.RIGHT).column("Phone", Table.Align.LEFT)
        .column("Income", Table.Align.RIGHT)
        .row("1", "Kaphon, \"upper\"", "1,496", "29%", "012345678", "KHR 3,000,000").row("2", "សុខា", "≈2.33", "0.5%", "", "KHR 0")
        .note("Method: mean of scorers").build();
  }

  @Test
  void aCsvExport_isUtf8WithABom_quotedWhereItMustBe_andReadsBackAsTheSameCells() throws IOException {
    Path file = dir.resolve("ranking.csv");
    TableExport.csv(ranking(), file);
    byte[] bytes = Files.readAllBytes(file);
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("1,\"Kaphon, \"\"upper\"\"\",\"1,496\",29%,012345678,KHR 3,000,000\r\n"
        .replace("KHR 3,000,000", "\"KHR 3,000,000\""));
    try (TabularFile table = TabularFile.open(file, Optional.empty())) {
      assertThat(table.header()).isEqualTo(ranking().headers());
      assertThat(table.next().cells()).isEqualTo(ranking().rows().get(0));
      assertThat(table.next().cells()).isEqualTo(ranking().rows().get(1));
      assertThat(table.hasNext()).isFalse();
    }
  }

  @Test
  void anXlsxExport_hasASheetPerTable_numbersAsNumbers_textAsShown_theHeaderFrozen_andTheNotes() throws IOException {
    Path file = dir.resolve("tables.xlsx");
    TableExport.xlsx(List.of(ranking(), ranking()), file);
    try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
      assertThat(wb.getSheets().map(s -> s.getName()).toList()).containsExactly("Ranking Sesan villages 2024",
          "Ranking Sesan villages 2024 (2)");
      List<Row> rows = wb.getFirstSheet().read();
      Row first = rows.get(1);
      assertThat(first.getCell(0).getType()).isEqualTo(CellType.NUMBER);
      assertThat(first.getCell(2).asNumber()).isEqualByComparingTo(new BigDecimal("1496"));
      assertThat(first.getCell(3).asNumber()).isEqualByComparingTo(new BigDecimal("0.29"));
      assertThat(first.getCell(4).getType()).isEqualTo(CellType.STRING);
      assertThat(first.getCell(4).asString()).isEqualTo("012345678");
      assertThat(first.getCell(5).asNumber()).isEqualByComparingTo(new BigDecimal("3000000"));
      assertThat(first.getCell(5).getDataFormatString()).isEqualTo("\"KHR \"#,##0");
      Cell approx = rows.get(2).getCell(2);
      assertThat(approx.asString()).isEqualTo("≈2.33");
      Row note = rows.get(rows.size() - 1);
      assertThat(note.getRowNum()).as("one blank row under the table").isEqualTo(5);
      assertThat(note.getCell(0).asString()).isEqualTo("Method: mean of scorers");
    }
  }

  @Test
  void sheetNames_areWhatExcelAccepts_uniqueAndShort() {
    Set<String> used = new HashSet<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      names.add(TableExport.sheetName("A very long title: with [brackets] and * stars that goes on", i, used));
    }
    names.add(TableExport.sheetName("", 3, used));
    assertThat(names).containsExactly("A very long title with brackets", "A very long title with brac (2)",
        "A very long title with brac (3)", "Table 4");
    assertThat(names).allSatisfy(n -> assertThat(n.length()).isLessThanOrEqualTo(31));
  }

  @Test
  void aFailedExport_leavesNoFileBehind() {
    Path file = dir.resolve("none.xlsx");
    assertThatThrownBy(() -> TableExport.xlsx(List.of(), file)).hasMessage("Tables of a workbook must be at least one but was none");
    assertThat(file).doesNotExist();
  }
}
