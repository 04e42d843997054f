package org.agricluster.internal;

import static org.agricluster.PropertyTests.qt;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class WordsTest {
  @Test
  void namesWithNumbersSortAsPeopleExpect() {
    List<String> names = new ArrayList<>(List.of("farmer 10", "farmer 2", "farmer 1", "Area 3", "farmer 02", "farmer",
        "Area 12b", "Area 12a"));
    names.sort(Words.NATURAL_ORDER);
    assertThat(names).containsExactly("Area 3", "Area 12a", "Area 12b", "farmer", "farmer 1", "farmer 02", "farmer 2",
        "farmer 10");
  }

  @Test
  void theNaturalOrderComparesNumbersAsNumbers_andIsConsistentWithEquals() {
    qt().forAll(SourceDSL.integers().between(0, 100_000), SourceDSL.integers().between(0, 100_000)).checkAssert((m, n) -> {
      int c = Words.NATURAL_ORDER.compare("farmer " + m, "farmer " + n);
      assertThat(Integer.signum(c)).isEqualTo(Integer.compare(m, n));
      assertThat(Integer.signum(Words.NATURAL_ORDER.compare("farmer " + n, "farmer " + m))).isEqualTo(-Integer.signum(c));
    });
    qt().forAll(SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 8), SourceDSL.strings().numeric())
        .checkAssert((a, b) -> {
          int c = Words.NATURAL_ORDER.compare(a, b);
          assertThat(c == 0).isEqualTo(a.equals(b));
          assertThat(Integer.signum(Words.NATURAL_ORDER.compare(b, a))).isEqualTo(-Integer.signum(c));
        });
  }

  @Test
  void countsTakeTheRightNumber() {
    assertThat(Words.count(1, "criterion", "criteria")).isEqualTo("1 criterion");
    assertThat(Words.count(0, "criterion", "criteria")).isEqualTo("0 criteria");
    assertThat(Words.count(1_496, "member")).isEqualTo("1,496 members");
  }
}
