package org.agricluster.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.agricluster.PropertyTests.qt;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class LocalUnitTest {
  private final LocalUnit sack = LocalUnit.ofMass("sack", Mass.ofKilograms(50));
  private final LocalUnit bunch = LocalUnit.ofPieces("bunch", 10);

  @Test
  void localUnitConversionsRoundTripExactly() {
    qt().forAll(MeasureGenerators.nonNegativeDecimals(), SourceDSL.longs().between(1, 1000)).checkAssert((count, kg) -> {
      LocalUnit unit = LocalUnit.ofMass("basket", Mass.ofKilograms(kg));
      assertThat(unit.countIn(unit.toMass(count))).isEqualByComparingTo(count);
      assertThat(bunch.countInPieces(bunch.toPieces(count))).isEqualByComparingTo(count);
    });
  }

  @Test
  void sack_convertsToKilogramsAndBack() {
    assertThat(sack.toMass(new BigDecimal("3"))).isEqualTo(Mass.ofKilograms(150));
    assertThat(sack.countIn(Mass.ofKilograms(125))).isEqualByComparingTo("2.5");
  }

  @Test
  void bunch_needsThePieceMassToBecomeKilograms() {
    assertThat(bunch.toPieces(new BigDecimal("4"))).isEqualByComparingTo("40");
    assertThat(bunch.toMass(new BigDecimal("4"), Mass.ofKilograms(new BigDecimal("0.2")))).isEqualTo(Mass.ofKilograms(8));
    assertThatThrownBy(() -> bunch.toMass(BigDecimal.ONE))
        .isInstanceOf(IllegalStateException.class).hasMessage("Local unit 'bunch' counts pieces; give the mass of a piece");
    assertThatThrownBy(() -> sack.toPieces(BigDecimal.ONE))
        .isInstanceOf(IllegalStateException.class).hasMessage("Local unit 'sack' is defined by mass, not by pieces");
  }

  @Test
  void parseOfToStringIsTheSameValue() {
    assertThat(LocalUnit.parse(sack.toString())).isEqualTo(sack);
    assertThat(LocalUnit.parse(bunch.toString())).isEqualTo(bunch);
    assertThat(sack).hasToString("sack = 50 kg");
    assertThat(bunch).hasToString("bunch = 10 pieces");
  }

  @Test
  void badDefinitions_areRefused() {
    assertThatThrownBy(() -> LocalUnit.ofMass("sack", Mass.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Mass of local unit 'sack' must be > 0 kg but was 0 kg");
    assertThatThrownBy(() -> LocalUnit.ofPieces("", 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Name of a local unit must be at most 100 characters of words such as 'sack' or 'bunch', starting with a letter, one space between words and none around them but was ''");
    assertThatThrownBy(() -> LocalUnit.ofPieces("bunch", 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Pieces in local unit 'bunch' must be > 0 but was 0");
    assertThatThrownBy(() -> sack.toMass(new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Count of 'sack' must be >= 0 but was -1");
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(sack, LocalUnit.ofMass("sack", Mass.ofTonnes(0.05)), LocalUnit.parse("sack = 50 kg"))
        .addEqualityGroup(LocalUnit.ofMass("sack", Mass.ofKilograms(25)))
        .addEqualityGroup(bunch, LocalUnit.ofPieces("bunch", new BigDecimal("10.0")))
        .testEquals();
  }

  @Test
  void nulls_areRefusedByEveryPublicMethod() {
    MeasureTesters.nullPointerTester().testAllPublicStaticMethods(LocalUnit.class);
    MeasureTesters.nullPointerTester().testAllPublicInstanceMethods(sack);
    MeasureTesters.nullPointerTester().testAllPublicInstanceMethods(bunch);
  }
}
