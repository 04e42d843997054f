package org.agricluster.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CHAIN guide §5.2, the cluster-selection example table (CHAIN guide). */
class ChainSelectionReferenceTest {
  static Scorecard chainTable() {
    return Scorecard.builder()
        .criteria(CriteriaTemplates.clusterSelection())
        .scores("Area 1", 3, 2, 2, 1, 4)
        .scores("Area 2", 2, 5, 1, 1, 3)
        .scores("Area 3", 5, 5, 5, 4, 4)
        .scores("Area 4", 1, 2, 2, 3, 2)
        .scores("Area 5", 4, 3, 3, 4, 4)
        .build();
  }

  @Test
  void area5SumsTo18_notThePrinted46() {
    Evaluation e = chainTable().evaluate();
    assertThat(e.totals().values()).extracting(BigDecimal::intValue).containsExactly(12, 12, 23, 10, 18);
  }

  @Test
  void area3First_area5Second_areas1And2TiedThird_area4Fifth() {
    Ranking ranking = chainTable().ranking();
    assertThat(ranking.entries()).extracting(Ranking.Entry::toString)
        .containsExactly("1. Area 3 — 23", "2. Area 5 — 18", "3= Area 1 — 12", "3= Area 2 — 12", "5. Area 4 — 10");
  }

  @Test
  void theAuditFlagsThePrinted46_offBy28() {
    TotalsAudit audit = TotalsAudit.of(chainTable().evaluate(), Map.of(
        "Area 1", BigDecimal.valueOf(12), "Area 2", BigDecimal.valueOf(12), "Area 3", BigDecimal.valueOf(23),
        "Area 4", BigDecimal.valueOf(10), "Area 5", BigDecimal.valueOf(46)));
    assertThat(audit.checked()).hasSize(5);
    assertThat(audit.discrepancies()).singleElement().satisfies(d -> {
      assertThat(d.candidate().name()).isEqualTo("Area 5");
      assertThat(d.difference()).isEqualByComparingTo("28");
    });
    assertThat(audit).hasToString("Area 5: printed 46, computed 18, off by +28");
  }
}
