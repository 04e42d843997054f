package org.agricluster.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TableTest {
  private final Table table = Table.builder("Ranking").column("Rank", Table.Align.RIGHT)
      .column("Area", Table.Align.LEFT).column("Total", Table.Align.RIGHT)
      .row("1", "Area 3", "23").row("3=", "Area | 1", "12").note("Method: sum").build();

  @Test
  void toText_alignsColumns() {
    assertThat(table.toText()).isEqualTo(String.join("\n",
        "Ranking",
        "Rank  Area      Total",
        "----  --------  -----",
        "   1  Area 3       23",
        "  3=  Area | 1     12",
        "Method: sum", ""));
  }

  @Test
  void toMarkdown_escapesPipesAndAlignsNumbersRight() {
    assertThat(table.toMarkdown()).isEqualTo(String.join("\n",
        "**Ranking**", "",
        "| Rank | Area | Total |",
        "|---:|---|---:|",
        "| 1 | Area 3 | 23 |",
        "| 3= | Area \\| 1 | 12 |",
        "",
        "- Method: sum", ""));
  }

  @Test
  void number_isExactToTwoDecimalsElseMarkedApproximate() {
    assertThat(Table.number(new BigDecimal("12.00"))).isEqualTo("12");
    assertThat(Table.number(new BigDecimal("2.25"))).isEqualTo("2.25");
    assertThat(Table.number(new BigDecimal("2.333333"))).isEqualTo("≈2.33");
  }

  @Test
  void aRowOfTheWrongWidth_isRefused() {
    assertThatThrownBy(() -> Table.builder("t").column("a", Table.Align.LEFT).row("1", "2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Number of cells in row 1 of table 't' must be 1 (one per column) but was 2");
    assertThatThrownBy(() -> Table.builder("t").build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("Table 't' needs at least one column");
  }

  @Test
  void nulls() {
    new NullPointerTester().testAllPublicStaticMethods(Table.class);
    new NullPointerTester().testAllPublicInstanceMethods(Table.builder("t"));
  }
}
