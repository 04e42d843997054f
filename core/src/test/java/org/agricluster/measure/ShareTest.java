package org.agricluster.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.agricluster.PropertyTests.qt;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShareTest {
  @Test
  void sharesFromCountsAreExact_andPartitionsSumToExactlyOneHundredPercent() {
    qt().forAll(MeasureGenerators.shares()).checkAssert(s -> {
      assertThat(s.plus(s.complement())).isEqualTo(Share.WHOLE);
      assertThat(s.complement().complement()).isEqualTo(s);
    });
    Share third = Share.ofRatio(1, 3);
    assertThat(third.plus(third).plus(third)).isEqualTo(Share.WHOLE);
  }

  @Test
  void parseOfToStringIsTheSameValue() {
    qt().forAll(MeasureGenerators.shares()).checkAssert(s -> assertThat(Share.parse(s.toString())).isEqualTo(s));
  }

  @Test
  void toString_isPercentWhereItTerminates_elseTheFraction() {
    assertThat(Share.ofPercent(29)).hasToString("29%");
    assertThat(Share.ofPercent(new BigDecimal("28.50"))).hasToString("28.5%");
    assertThat(Share.ofRatio(433, 1496)).hasToString("433/1496 (≈28.94%)");
  }

  @Test
  void khatlonLeadershipParity_isTheRatioOfTheTwoShares() {
    // Oxfam Khatlon paper: 29 % women among members, 16 % among leaders → parity ≈ 0.55
    BigDecimal parity = Share.ofPercent(16).ratioTo(Share.ofPercent(29));
    assertThat(parity.setScale(2, RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.55");
    assertThatThrownBy(() -> Share.ofPercent(16).ratioTo(Share.ZERO))
        .isInstanceOf(ArithmeticException.class).hasMessage("Cannot divide share 16% by a share of 0%");
  }

  @Test
  void toPercent_roundsOnlyWhenAsked() {
    Share women = Share.ofRatio(433, 1496);
    assertThat(women.toPercent(0, RoundingMode.HALF_EVEN)).isEqualByComparingTo("29");
    assertThat(women.toPercent().precision()).isEqualTo(34);
    assertThat(Share.ofPercent(11).toFraction()).isEqualByComparingTo("0.11");
  }

  @ParameterizedTest
  @ValueSource(strings = {"101", "-1", "100.5"})
  void ofPercent_outsideZeroToHundred_isRefused(String percent) {
    assertThatThrownBy(() -> Share.ofPercent(new BigDecimal(percent)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Share must be in 0..100% but was " + percent + "%");
  }

  @Test
  void ofRatio_partAboveWhole_isRefused() {
    assertThatThrownBy(() -> Share.ofRatio(5, 4))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Share must be in 0..100% but was 5/4");
    assertThatThrownBy(() -> Share.ofRatio(0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Whole of share 0/0 must be > 0 but was 0");
    assertThatThrownBy(() -> Share.ofPercent(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Share in percent must be a finite number but was NaN");
  }

  @Test
  void plus_aboveTheWhole_isRefusedWithTheSum() {
    assertThatThrownBy(() -> Share.ofPercent(60).plus(Share.ofPercent(50)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Sum of shares 60% and 50% must be in 0..100% but was 110%");
  }

  @Test
  void arithmetic() {
    assertThat(Share.ofPercent(50).multipliedBy(Share.ofPercent(40))).isEqualTo(Share.ofPercent(20));
    assertThat(Share.ofPercent(50).minus(Share.ofPercent(40))).isEqualTo(Share.ofPercent(10));
    assertThat(Share.ofPercent(25).applyTo(new BigDecimal("3000000"))).isEqualByComparingTo("750000");
    assertThat(Share.ofRatio(new BigDecimal("0.5"), new BigDecimal("2"))).isEqualTo(Share.ofPercent(25));
    assertThat(Share.ofRatio(1, 3).isDecimal()).isFalse();
    assertThat(Share.ofPercent(11).compareTo(Share.ofRatio(1, 9))).isLessThan(0);
  }

  @Test
  void equalsAndHashCode_followTheReducedFraction() {
    new EqualsTester()
        .addEqualityGroup(Share.ofPercent(25), Share.ofRatio(1, 4), Share.ofFraction(new BigDecimal("0.250")),
            Share.parse("25%"), Share.parse("2/8"), Share.ofPercent(0.25 * 100))
        .addEqualityGroup(Share.ZERO, Share.ofRatio(0, 7), Share.ofPercent(0))
        .addEqualityGroup(Share.WHOLE, Share.ofPercent(100))
        .addEqualityGroup(Share.ofRatio(1, 3), Share.parse("1/3 (≈33.33%)"))
        .testEquals();
  }

  @Test
  void nulls_areRefusedByEveryPublicMethod() {
    MeasureTesters.nullPointerTester().testAllPublicStaticMethods(Share.class);
    MeasureTesters.nullPointerTester().testAllPublicInstanceMethods(Share.ofRatio(433, 1496));
  }
}
