package org.agricluster.calendar;

import java.math.RoundingMode;
import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;

/**
 * When to sow and plant, and how much, to have a quantity of a crop in a given week: the answer to
 * "the trader needs 150 kg of choy sum in week 30 — what do we plant, and when?".
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class BackCalculation {
  BackCalculation() {}

  static BackCalculation of(CropProfile profile, Mass wanted, IsoWeek harvestWeek, IsoWeek plantingWeek, IsoWeek sowingWeek,
      Area area) {
    return ImmutableBackCalculation.builder().profile(profile).wanted(wanted).harvestWeek(harvestWeek)
        .plantingWeek(plantingWeek).sowingWeek(sowingWeek).area(area).build();
  }

  /** The crop's profile. */
  public abstract CropProfile profile();

  /** The quantity wanted. */
  public abstract Mass wanted();

  /** The week it is wanted in. */
  public abstract IsoWeek harvestWeek();

  /** The week to plant in the field. */
  public abstract IsoWeek plantingWeek();

  /** The week to sow in the nursery (the planting week for a direct-seeded crop). */
  public abstract IsoWeek sowingWeek();

  /** The area to plant. */
  public abstract Area area();

  /** {@code 150 kg of choy sum in 2024-W30: sow 2024-W25, plant 2024-W25 on 1000 m²}. */
  @Override
  public String toString() {
    return wanted() + " of " + profile().crop() + " in " + harvestWeek() + ": sow " + sowingWeek() + ", plant "
        + plantingWeek() + " on " + area().toSquareMetres().setScale(0, RoundingMode.CEILING).toPlainString() + " m²";
  }
}
