package org.agricluster.measure;

import static org.agricluster.internal.Check.notNull;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agricluster.internal.Check;
import org.agricluster.internal.Decimals;

/**
 * A unit declared locally by a cluster, defined either by its mass ({@code sack = 50 kg}) or by a
 * count of pieces ({@code bunch = 10 pieces}), converting exactly to and from kilograms or pieces.
 *
 * <p>A piece-counted unit converts to mass only when the caller gives the mass of a piece, since
 * that varies by crop and season.
 *
 * <pre>{@code
 * LocalUnit sack = LocalUnit.ofMass("sack", Mass.ofKilograms(50));
 * sack.toMass(new BigDecimal("3"));          // 150 kg
 * sack.countIn(Mass.ofKilograms(125));       // 2.5
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LocalUnit implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** Serialized as its text, through a proxy that reads it back with the validating factory. */
  private Object writeReplace() {
    return new Ser(Ser.LOCAL_UNIT, toString());
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
    throw Ser.direct();
  }

  /** Words of letters and digits (with ' and -), one space between words. */
  private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{N}'-]*(?: [\\p{L}\\p{N}'-]+)*");
  private static final Pattern PIECES = Pattern.compile("(" + Decimals.NUMBER + ")\\s+pieces?");
  private static final int MAX_NAME_LENGTH = 100;

  private final String name;
  private final Mass mass;
  private final BigDecimal pieces;

  private LocalUnit(String name, Mass mass, BigDecimal pieces) {
    this.name = name;
    this.mass = mass;
    this.pieces = pieces;
  }

  private static String checkName(String name) {
    notNull(name, "name");
    if (name.length() > MAX_NAME_LENGTH || !NAME.matcher(name).matches()) {
      throw Check.refusal("Name of a local unit", "at most " + MAX_NAME_LENGTH + " characters of words such as 'sack' "
          + "or 'bunch', starting with a letter, one space between words and none around them", Check.quoted(name));
    }
    return name;
  }

  /**
   * A unit of a fixed mass: {@code ofMass("sack", Mass.ofKilograms(50))}.
   *
   * @param name a word starting with a letter
   * @param mass the mass of one unit, {@code > 0}
   * @throws IllegalArgumentException if the name is not a word or the mass is zero
   */
  public static LocalUnit ofMass(String name, Mass mass) {
    notNull(mass, "mass");
    checkName(name);
    if (mass.isZero()) {
      throw Check.refusal("Mass of local unit '" + name + "'", "> 0 kg", mass);
    }
    return new LocalUnit(name, mass, null);
  }

  /**
   * A unit of a fixed count of pieces: {@code ofPieces("bunch", 10)}.
   *
   * @param name a word starting with a letter
   * @param pieces the pieces in one unit, {@code > 0}
   * @throws IllegalArgumentException if the name is not a word or the count is not positive
   */
  public static LocalUnit ofPieces(String name, BigDecimal pieces) {
    notNull(pieces, "pieces");
    checkName(name);
    BigDecimal checked = Decimals.checked(pieces, "Pieces in local unit '" + name + "'");
    if (checked.signum() <= 0) {
      throw Check.refusal("Pieces in local unit '" + name + "'", "> 0", checked.toPlainString());
    }
    return new LocalUnit(name, null, checked);
  }

  /** A unit of a whole number of pieces; see {@link #ofPieces(String, BigDecimal)}. */
  public static LocalUnit ofPieces(String name, long pieces) {
    return ofPieces(name, BigDecimal.valueOf(pieces));
  }

  /**
   * Reads {@code "sack = 50 kg"} or {@code "bunch = 10 pieces"}, the forms {@link #toString()}
   * writes.
   *
   * @throws IllegalArgumentException if the text is longer than 1,000 characters or neither form
   */
  public static LocalUnit parse(CharSequence text) {
    String s = Check.parseable(text, "Local unit text");
    int equals = s.indexOf('=');
    if (equals < 0) {
      throw Check.refusal("Local unit text", "like 'sack = 50 kg' or 'bunch = 10 pieces'", Check.quoted(text));
    }
    String name = s.substring(0, equals).strip();
    String definition = s.substring(equals + 1).strip();
    Matcher pieces = PIECES.matcher(definition);
    if (pieces.matches()) {
      return ofPieces(name, Decimals.parse(pieces.group(1), "Pieces in local unit '" + name + "'"));
    }
    return ofMass(name, Mass.parse(definition));
  }

  /** The unit's name ("sack"). */
  public String name() {
    return name;
  }

  /** The mass of one unit, if the unit is defined by mass. */
  public Optional<Mass> mass() {
    return Optional.ofNullable(mass);
  }

  /** The pieces in one unit, if the unit is defined by a count. */
  public Optional<BigDecimal> pieces() {
    return Optional.ofNullable(pieces);
  }

  /**
   * The mass of a number of these units, exact.
   *
   * @param count {@code >= 0}
   * @throws IllegalStateException if the unit counts pieces (use {@link #toMass(BigDecimal, Mass)})
   */
  public Mass toMass(BigDecimal count) {
    notNull(count, "count");
    if (mass == null) {
      throw new IllegalStateException("Local unit '" + name + "' counts pieces; give the mass of a piece");
    }
    return mass.multipliedBy(nonNegative(count));
  }

  /** The mass of a number of piece-counted units, given the mass of one piece. */
  public Mass toMass(BigDecimal count, Mass pieceMass) {
    notNull(count, "count");
    notNull(pieceMass, "pieceMass");
    return mass != null ? toMass(count) : pieceMass.multipliedBy(toPieces(count));
  }

  /**
   * The number of pieces in a number of these units.
   *
   * @throws IllegalStateException if the unit is defined by mass
   */
  public BigDecimal toPieces(BigDecimal count) {
    notNull(count, "count");
    if (pieces == null) {
      throw new IllegalStateException("Local unit '" + name + "' is defined by mass, not by pieces");
    }
    return Decimals.normalize(nonNegative(count).multiply(pieces));
  }

  /**
   * How many of these units a mass makes ({@code 125 kg = 2.5 sacks}); exact where the quotient
   * terminates.
   *
   * @throws IllegalStateException if the unit counts pieces
   */
  public BigDecimal countIn(Mass total) {
    notNull(total, "total");
    if (mass == null) {
      throw new IllegalStateException("Local unit '" + name + "' counts pieces; it has no mass");
    }
    return total.ratioTo(mass);
  }

  /**
   * How many of these units a number of pieces makes.
   *
   * @throws IllegalStateException if the unit is defined by mass
   */
  public BigDecimal countInPieces(BigDecimal totalPieces) {
    notNull(totalPieces, "totalPieces");
    if (pieces == null) {
      throw new IllegalStateException("Local unit '" + name + "' is defined by mass, not by pieces");
    }
    return Decimals.divide(nonNegative(totalPieces), pieces);
  }

  private BigDecimal nonNegative(BigDecimal count) {
    Decimals.checked(count, "Count of '" + name + "'");
    if (count.signum() < 0) {
      throw Check.refusal("Count of '" + name + "'", ">= 0", count.toPlainString());
    }
    return count;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof LocalUnit)) {
      return false;
    }
    LocalUnit other = (LocalUnit) obj;
    return name.equals(other.name) && java.util.Objects.equals(mass, other.mass)
        && java.util.Objects.equals(pieces, other.pieces);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(name, mass, pieces);
  }

  /** {@code sack = 50 kg} or {@code bunch = 10 pieces}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return name + " = " + (mass != null ? mass.toString() : pieces.toPlainString() + " pieces");
  }
}
