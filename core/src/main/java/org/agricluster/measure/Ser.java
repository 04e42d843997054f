package org.agricluster.measure;

import java.io.Externalizable;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.ObjectStreamException;

/**
 * The serialized form of every value of this package, as {@code java.time} does it: a kind and the
 * value's own text, read back through the type's validating {@code parse}, so a crafted stream can
 * never make a value the factories would refuse ({@link InvalidObjectException} instead).
 */
final class Ser implements Externalizable {
  private static final long serialVersionUID = 1L;

  static final byte MONEY = 1;
  static final byte CURRENCY = 2;
  static final byte AREA = 3;
  static final byte MASS = 4;
  static final byte SHARE = 5;
  static final byte CHANGE = 6;
  static final byte PRICE_PER_MASS = 7;
  static final byte YIELD_PER_AREA = 8;
  static final byte MONEY_PER_AREA = 9;
  static final byte EXCHANGE_RATE = 10;
  static final byte LOCAL_UNIT = 11;

  private byte type;
  private String text;

  /** For deserialization only. */
  public Ser() {}

  Ser(byte type, String text) {
    this.type = type;
    this.text = text;
  }

  @Override
  public void writeExternal(ObjectOutput out) throws IOException {
    out.writeByte(type);
    out.writeUTF(text);
  }

  @Override
  public void readExternal(ObjectInput in) throws IOException {
    type = in.readByte();
    text = in.readUTF();
  }

  private Object readResolve() throws ObjectStreamException {
    try {
      return switch (type) {
        case MONEY -> Money.parse(text);
        case CURRENCY -> CurrencyUnit.of(text);
        case AREA -> Area.parse(text);
        case MASS -> Mass.parse(text);
        case SHARE -> Share.parse(text);
        case CHANGE -> Change.parse(text);
        case PRICE_PER_MASS -> PricePerMass.parse(text);
        case YIELD_PER_AREA -> YieldPerArea.parse(text);
        case MONEY_PER_AREA -> MoneyPerArea.parse(text);
        case EXCHANGE_RATE -> ExchangeRate.parse(text);
        case LOCAL_UNIT -> LocalUnit.parse(text);
        default -> throw new InvalidObjectException("Unknown kind of serialized AgriCluster measure: " + type);
      };
    } catch (IllegalArgumentException refused) {
      InvalidObjectException e = new InvalidObjectException("Serialized AgriCluster value refused: " + refused.getMessage());
      e.initCause(refused);
      throw e;
    }
  }

  /** What a value's own {@code readObject} says: values arrive only through this proxy. */
  static InvalidObjectException direct() {
    return new InvalidObjectException("Deserialization goes through the serialization proxy, never the class itself");
  }
}
