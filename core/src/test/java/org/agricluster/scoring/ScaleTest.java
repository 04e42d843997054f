package org.agricluster.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScaleTest {
  static List<Scale> smallScales() {
    return List.of(Scale.POTENTIAL, Scale.SELECTION, Scale.LOW_MEDIUM_HIGH);
  }

  @ParameterizedTest
  @MethodSource("smallScales")
  void everyValueOnASmallScaleIsAcceptedAndEveryValueJustOffItIsRefused(Scale scale) {
    Criterion criterion = Criterion.of("market potential", scale);
    for (int v = scale.min() - 2; v <= scale.max() + 2; v++) {
      int value = v;
      Scorecard.Builder builder = Scorecard.builder().criteria(criterion);
      if (scale.contains(v)) {
        assertThat(builder.scores("Area 3", v).build().score(Scorer.SOLE, Candidate.of("Area 3"), criterion)).contains(BigDecimal.valueOf(v));
      } else {
        assertThatThrownBy(() -> builder.scores("Area 3", value))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("Score for criterion 'market potential' of candidate 'Area 3' must be in " + scale.range()
                + " but was " + value);
      }
    }
  }

  @Test
  void potentialScale_isChainsZeroToThree() {
    assertThat(Scale.POTENTIAL.range()).isEqualTo("0..3");
    assertThat(Scale.POTENTIAL.labels()).containsExactly("no potential", "low potential", "medium potential", "high potential");
    assertThat(Scale.SELECTION.label(5)).isEqualTo("high");
    assertThat(Scale.SELECTION.label(1)).isEqualTo("low");
  }

  @Test
  void lowMediumHigh_readsItsCodes() {
    assertThat(Scale.LOW_MEDIUM_HIGH.valueOf("h")).contains(3);
    assertThat(Scale.LOW_MEDIUM_HIGH.code(1)).contains("L");
    assertThat(Scale.LOW_MEDIUM_HIGH.valueOf("X")).isEmpty();
  }

  @Test
  void userDefinedScale() {
    Scale marks = Scale.of("marks", 0, 20);
    assertThat(marks.size()).isEqualTo(21);
    assertThat(marks).hasToString("marks 0..20");
    assertThatThrownBy(() -> Scale.of("flat", 3, 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Maximum of scale 'flat' must be > its minimum 3 but was 3");
    assertThatThrownBy(() -> marks.label(21)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Value on scale marks 0..20 must be in 0..20 but was 21");
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(Scale.POTENTIAL, Scale.labelled("potential", 0,
            List.of("no potential", "low potential", "medium potential", "high potential"), List.of()))
        .addEqualityGroup(Scale.SELECTION)
        .addEqualityGroup(Scale.of("marks", 0, 20), Scale.of("marks", 0, 20))
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(Scale.class);
    new NullPointerTester().testAllPublicInstanceMethods(Scale.LOW_MEDIUM_HIGH);
  }
}
