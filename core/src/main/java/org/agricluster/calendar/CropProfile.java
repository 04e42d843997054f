package org.agricluster.calendar;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.agricluster.internal.Check;
import org.agricluster.internal.Decimals;
import org.agricluster.internal.Words;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Share;
import org.agricluster.measure.YieldPerArea;

/**
 * How a crop grows for the calendar: weeks in the nursery (if transplanted), weeks from planting in
 * the field to first harvest, how many weeks the harvest lasts and how it spreads over them, and the
 * yield per area.
 *
 * <p>The field is occupied from the planting week to the last harvest week; the nursery weeks come
 * before planting and do not occupy the plot.
 *
 * <pre>{@code
 * CropProfile cucumber = CropProfile.builder("cucumber").weeksToFirstHarvest(5).harvestWeeks(4)
 *     .yield(YieldPerArea.ofTonnesPerHectare(25)).build();   // uniform harvest, 25 % a week
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CropProfile {
  private final String crop;
  private final String variety;
  private final int nurseryWeeks;
  private final int weeksToFirstHarvest;
  private final YieldPerArea yield;
  private final ImmutableList<Share> harvestShares;

  private CropProfile(String crop, String variety, int nurseryWeeks, int weeksToFirstHarvest, YieldPerArea yield,
      ImmutableList<Share> harvestShares) {
    this.crop = crop;
    this.variety = variety;
    this.nurseryWeeks = nurseryWeeks;
    this.weeksToFirstHarvest = weeksToFirstHarvest;
    this.yield = yield;
    this.harvestShares = harvestShares;
  }

  /** A builder for a crop's profile. */
  public static Builder builder(String crop) {
    return new Builder(notNull(crop, "crop"));
  }

  /** The crop ("cucumber"). */
  public String crop() {
    return crop;
  }

  /** The variety; may be empty. */
  public String variety() {
    return variety;
  }

  /** Weeks in the nursery before transplanting; 0 for direct seeding. */
  public int nurseryWeeks() {
    return nurseryWeeks;
  }

  /** Weeks from planting in the field to the first harvest week. */
  public int weeksToFirstHarvest() {
    return weeksToFirstHarvest;
  }

  /** How many weeks the harvest lasts. */
  public int harvestWeeks() {
    return harvestShares.size();
  }

  /** Weeks the plot is occupied: from planting to the end of harvest. */
  public int weeksOccupied() {
    return weeksToFirstHarvest + harvestWeeks();
  }

  /** The yield per area over the whole harvest. */
  public YieldPerArea yield() {
    return yield;
  }

  /** Each harvest week's share of the harvest; they sum to exactly 100 %. */
  public ImmutableList<Share> harvestShares() {
    return harvestShares;
  }

  /** The harvest of a plot, over all its harvest weeks. */
  public Mass harvestOf(Area area) {
    return yield.multipliedBy(notNull(area, "area"));
  }

  /**
   * Back-calculation: the plot to plant, and when, to harvest {@code wanted} in harvest week number
   * {@code harvestWeek} (0 = first) of a planting whose harvest week falls on {@code targetWeek}.
   *
   * @throws IllegalArgumentException if the harvest week number is outside the harvest, or that
   *     week's share is zero
   */
  public BackCalculation toHarvest(Mass wanted, IsoWeek targetWeek, int harvestWeek) {
    notNull(wanted, "wanted");
    notNull(targetWeek, "targetWeek");
    if (harvestWeek < 0 || harvestWeek >= harvestWeeks()) {
      throw Check.refusal("Harvest week of " + crop, "in 0.." + (harvestWeeks() - 1), harvestWeek);
    }
    Share share = harvestShares.get(harvestWeek);
    if (share.isZero()) {
      throw Check.refusal("Share of harvest week " + harvestWeek + " of " + crop, "> 0%", share);
    }
    BigDecimal perSquareMetre = share.applyTo(yield.toKilogramsPerSquareMetre());
    if (perSquareMetre.signum() == 0) {
      throw Check.refusal("Yield of " + crop, "> 0", yield);
    }
    Area area = Area.ofSquareMetres(Decimals.divide(wanted.toKilograms(), perSquareMetre));
    IsoWeek planting = targetWeek.plusWeeks(-(weeksToFirstHarvest + harvestWeek));
    return BackCalculation.of(this, wanted, targetWeek, planting, planting.plusWeeks(-nurseryWeeks), area);
  }

  /** Back-calculation for the first harvest week: {@code toHarvest(wanted, targetWeek, 0)}. */
  public BackCalculation toHarvest(Mass wanted, IsoWeek targetWeek) {
    return toHarvest(wanted, targetWeek, 0);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof CropProfile)) {
      return false;
    }
    CropProfile o = (CropProfile) obj;
    return crop.equals(o.crop) && variety.equals(o.variety) && nurseryWeeks == o.nurseryWeeks
        && weeksToFirstHarvest == o.weeksToFirstHarvest && yield.equals(o.yield) && harvestShares.equals(o.harvestShares);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(crop, variety, nurseryWeeks, weeksToFirstHarvest, yield, harvestShares);
  }

  /** {@code cucumber: first harvest 5 weeks after planting, 4 harvest weeks, 25 t/ha}. */
  @Override
  public String toString() {
    return crop + (variety.isEmpty() ? "" : " (" + variety + ")") + ": " + (nurseryWeeks > 0 ? nurseryWeeks + " nursery weeks, " : "")
        + "first harvest " + Words.count(weeksToFirstHarvest, "week") + " after planting, "
        + Words.count(harvestWeeks(), "harvest week") + ", " + yield;
  }

  /** Builds a {@link CropProfile}; the harvest is uniform unless shares are given. */
  public static final class Builder {
    private final String crop;
    private String variety = "";
    private int nurseryWeeks;
    private int weeksToFirstHarvest = -1;
    private int harvestWeeks = -1;
    private YieldPerArea yield;
    private List<Share> shares;

    private Builder(String crop) {
      this.crop = crop.strip();
    }

    /** The variety. */
    public Builder variety(String name) {
      this.variety = notNull(name, "name").strip();
      return this;
    }

    /** Weeks in the nursery before transplanting (default 0). */
    public Builder nurseryWeeks(int weeks) {
      this.nurseryWeeks = weeks;
      return this;
    }

    /** Weeks from planting in the field to the first harvest week. */
    public Builder weeksToFirstHarvest(int weeks) {
      this.weeksToFirstHarvest = weeks;
      return this;
    }

    /** How many weeks the harvest lasts, spread uniformly. */
    public Builder harvestWeeks(int weeks) {
      this.harvestWeeks = weeks;
      this.shares = null;
      return this;
    }

    /** How the harvest spreads over its weeks; the shares must sum to exactly 100 %. */
    public Builder harvestShares(List<Share> weeklyShares) {
      this.shares = new ArrayList<>(notNull(weeklyShares, "weeklyShares"));
      this.harvestWeeks = shares.size();
      return this;
    }

    /** The yield per area over the whole harvest. */
    public Builder yield(YieldPerArea perArea) {
      this.yield = notNull(perArea, "perArea");
      return this;
    }

    /**
     * Builds the profile.
     *
     * @throws IllegalArgumentException if the crop is blank, a week count is out of range, or the
     *     harvest shares do not sum to 100 %
     * @throws IllegalStateException if the yield, weeks to first harvest or harvest weeks are missing
     */
    public CropProfile build() {
      if (crop.isEmpty()) {
        throw Check.refusal("Crop of a profile", "not blank", "''");
      }
      if (yield == null || weeksToFirstHarvest < 0 || harvestWeeks < 0) {
        throw new IllegalStateException("The " + crop + " profile needs a yield, weeks to first harvest and harvest weeks");
      }
      if (weeksToFirstHarvest < 1 || weeksToFirstHarvest > 104) {
        throw Check.refusal("Weeks to first harvest of " + crop, "in 1..104", weeksToFirstHarvest);
      }
      if (harvestWeeks < 1 || harvestWeeks > 52) {
        throw Check.refusal("Harvest weeks of " + crop, "in 1..52", harvestWeeks);
      }
      if (nurseryWeeks < 0 || nurseryWeeks > 26) {
        throw Check.refusal("Nursery weeks of " + crop, "in 0..26", nurseryWeeks);
      }
      List<Share> weekly = shares;
      if (weekly == null) {
        weekly = new ArrayList<>();
        for (int i = 0; i < harvestWeeks; i++) {
          weekly.add(Share.ofRatio(1, harvestWeeks));
        }
      } else {
        Share sum = Share.ZERO;
        for (Share s : weekly) {
          notNull(s, "share");
          try {
            sum = sum.plus(s);
          } catch (IllegalArgumentException over) {
            throw Check.refusal("Harvest shares of " + crop, "100% in total", "more than 100%: " + weekly);
          }
        }
        if (!sum.equals(Share.WHOLE)) {
          throw Check.refusal("Harvest shares of " + crop, "100% in total", sum + " " + weekly);
        }
      }
      return new CropProfile(crop, variety, nurseryWeeks, weeksToFirstHarvest, yield, ImmutableList.copyOf(weekly));
    }
  }
}
