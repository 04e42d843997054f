package org.agricluster.calendar;

import org.agricluster.measure.Area;
import org.agricluster.measure.Mass;

/**
 * When to sow and plant, and how much, to have a quantity of a crop in a given week: the answer to
 * "the trader needs 150 kg of choy sum in week 30 — what do we plant, and when?".
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BackCalculation {
  private final CropProfile profile;
  private final Mass wanted;
  private final IsoWeek harvestWeek;
  private final IsoWeek plantingWeek;
  private final IsoWeek sowingWeek;
  private final Area area;

  BackCalculation(CropProfile profile, Mass wanted, IsoWeek harvestWeek, IsoWeek plantingWeek, IsoWeek sowingWeek, Area area) {
    this.profile = profile;
    this.wanted = wanted;
    this.harvestWeek = harvestWeek;
    this.plantingWeek = plantingWeek;
    this.sowingWeek = sowingWeek;
    this.area = area;
  }

  /** The crop's profile. */
  public CropProfile profile() {
    return profile;
  }

  /** The quantity wanted. */
  public Mass wanted() {
    return wanted;
  }

  /** The week it is wanted in. */
  public IsoWeek harvestWeek() {
    return harvestWeek;
  }

  /** The week to plant in the field. */
  public IsoWeek plantingWeek() {
    return plantingWeek;
  }

  /** The week to sow in the nursery (the planting week for a direct-seeded crop). */
  public IsoWeek sowingWeek() {
    return sowingWeek;
  }

  /** The area to plant. */
  public Area area() {
    return area;
  }

  /** {@code 150 kg of choy sum in 2024-W30: sow 2024-W25, plant 2024-W25 on 1000 m²}. */
  @Override
  public String toString() {
    return wanted + " of " + profile.crop() + " in " + harvestWeek + ": sow " + sowingWeek + ", plant " + plantingWeek
        + " on " + area.toSquareMetres().setScale(0, java.math.RoundingMode.CEILING).toPlainString() + " m²";
  }
}
