package org.agricluster.economics;

import static org.agricluster.internal.Check.notNull;

import org.agricluster.internal.Check;
import org.agricluster.measure.PricePerMass;
import org.agricluster.measure.Share;

/**
 * The part of a budget's marketable produce sold in one quality grade, and its price: {@code 70% as
 * grade A at KHR 1,500/kg}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GradeSale {
  private final String grade;
  private final Share share;
  private final PricePerMass price;

  private GradeSale(String grade, Share share, PricePerMass price) {
    this.grade = grade;
    this.share = share;
    this.price = price;
  }

  /**
   * A grade's share of the marketable produce and its price.
   *
   * @throws IllegalArgumentException if the grade is blank or the price negative
   */
  public static GradeSale of(String grade, Share share, PricePerMass price) {
    notNull(grade, "grade");
    notNull(share, "share");
    notNull(price, "price");
    if (grade.isBlank()) {
      throw Check.refusal("Name of a quality grade", "not blank", "''");
    }
    if (price.perKilogram().isNegative()) {
      throw Check.refusal("Price of grade '" + grade + "'", ">= 0", price);
    }
    return new GradeSale(grade.strip(), share, price);
  }

  /** The grade's name ("grade A"). */
  public String grade() {
    return grade;
  }

  /** The grade's share of the marketable produce. */
  public Share share() {
    return share;
  }

  /** The price of the grade. */
  public PricePerMass price() {
    return price;
  }

  /** This sale at another price. */
  public GradeSale withPrice(PricePerMass newPrice) {
    return of(grade, share, newPrice);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof GradeSale && ((GradeSale) obj).grade.equals(grade) && ((GradeSale) obj).share.equals(share)
        && ((GradeSale) obj).price.equals(price);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(grade, share, price);
  }

  /** {@code grade A 70% at KHR 1,500/kg}. */
  @Override
  public String toString() {
    return grade + " " + share + " at " + price;
  }
}
