package org.agricluster.measure;

import static org.agricluster.PropertyTests.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.agricluster.calendar.IsoWeek;
import org.junit.jupiter.api.Test;

/**
 * Values travel between machines (a Spark or Flink worker to another) as Java serialization, always
 * through a proxy that reads them back with the validating factory.
 */
class SerializationTest {
  static byte[] serialize(Object value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return bytes.toByteArray();
  }

  static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }

  static Object roundTrip(Object value) {
    try {
      return deserialize(serialize(value));
    } catch (IOException | ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void valueToJavaSerializationToValueIsEqual() {
    qt().forAll(MeasureGenerators.decimals()).checkAssert(d -> {
      List<Serializable> values = List.of(Money.of(CurrencyUnit.KHR, d.setScale(0, java.math.RoundingMode.DOWN)),
          Money.of(CurrencyUnit.USD, d), Area.ofSquareMetres(d.abs()), Mass.ofKilograms(d.abs()),
          PricePerMass.perKilogram(Money.of(CurrencyUnit.TJS, d)), YieldPerArea.ofKilogramsPerSquareMetre(d.abs()),
          Money.of(CurrencyUnit.KHR, d.setScale(0, java.math.RoundingMode.DOWN)).dividedBy(Area.ofSquareMetres(7)));
      for (Serializable value : values) {
        assertThat(roundTrip(value)).isEqualTo(value);
      }
    });
    qt().forAll(MeasureGenerators.shares()).checkAssert(s -> assertThat(roundTrip(s)).isEqualTo(s));
    for (Serializable value : List.<Serializable>of(CurrencyUnit.KHR, Change.ofPercent(-20),
        Change.between(new BigDecimal("2.60"), new BigDecimal("3.00")), IsoWeek.of(2024, 14),
        ExchangeRate.of(CurrencyUnit.USD, CurrencyUnit.KHR, 4000, LocalDate.of(2020, 1, 1), "ASPIRE"),
        LocalUnit.ofMass("sack", Mass.ofKilograms(50)), LocalUnit.ofPieces("bunch", 10), Area.ofSquareMetres(35_016))) {
      assertThat(roundTrip(value)).isEqualTo(value);
    }
  }

  @Test
  void aStreamCraftedToCarryAValueTheFactoriesRefuse_isRefusedWithInvalidObjectException() {
    byte[] area = serialize(Area.ofSquareMetres(5));
    String text = new String(area, StandardCharsets.ISO_8859_1);
    int at = text.indexOf("5 m");
    area[at] = (byte) 'x';
    assertThatThrownBy(() -> deserialize(area)).isInstanceOf(InvalidObjectException.class)
        .hasMessageStartingWith("Serialized AgriCluster value refused: Area text must be");
    byte[] week = serialize(IsoWeek.of(2024, 14));
    String weekText = new String(week, StandardCharsets.ISO_8859_1);
    week[weekText.indexOf("W14") + 1] = (byte) '9';
    assertThatThrownBy(() -> deserialize(week)).isInstanceOf(InvalidObjectException.class)
        .hasMessage("Serialized ISO week refused: Week of 2024 must be in 1..52 but was 94");
  }
}
