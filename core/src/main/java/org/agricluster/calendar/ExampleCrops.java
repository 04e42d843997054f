package org.agricluster.calendar;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.agricluster.measure.YieldPerArea;

/**
 * EXAMPLE DATA, to override: crop profiles for the vegetables of CHAIN Annex 3 (Sesan) with typical
 * round figures for lowland Cambodia — weeks to first harvest, harvest weeks and yields. They are
 * not measurements from the field documents; replace them with your own agronomists' figures.
 */
public final class ExampleCrops {
  private ExampleCrops() {}

  private static CropProfile crop(String name, int nursery, int toHarvest, int harvestWeeks, double tonnesPerHectare) {
    return CropProfile.builder(name).nurseryWeeks(nursery).weeksToFirstHarvest(toHarvest).harvestWeeks(harvestWeeks)
        .yield(YieldPerArea.ofTonnesPerHectare(tonnesPerHectare)).build();
  }

  /** Example profile: cucumber, direct seeded, first harvest after 5 weeks, 4 weeks of harvest, 25 t/ha. */
  public static final CropProfile CUCUMBER = crop("cucumber", 0, 5, 4, 25);
  /** Example profile: yard-long bean, 7 weeks, 5 weeks of harvest, 12 t/ha. */
  public static final CropProfile YARD_LONG_BEAN = crop("yard-long bean", 0, 7, 5, 12);
  /** Example profile: tomato, 4 nursery weeks, 10 weeks after transplanting, 6 weeks of harvest, 30 t/ha. */
  public static final CropProfile TOMATO = crop("tomato", 4, 10, 6, 30);
  /** Example profile: eggplant, 5 nursery weeks, 10 weeks, 10 weeks of harvest, 25 t/ha. */
  public static final CropProfile EGGPLANT = crop("eggplant", 5, 10, 10, 25);
  /** Example profile: Chinese mustard, 5 weeks, 1 week of harvest, 15 t/ha. */
  public static final CropProfile CHINESE_MUSTARD = crop("Chinese mustard", 0, 5, 1, 15);
  /** Example profile: choy sum, 5 weeks, 1 week of harvest, 12 t/ha. */
  public static final CropProfile CHOY_SUM = crop("choy sum", 0, 5, 1, 12);
  /** Example profile: lettuce, 6 weeks, 1 week of harvest, 15 t/ha. */
  public static final CropProfile LETTUCE = crop("lettuce", 0, 6, 1, 15);
  /** Example profile: bitter gourd, 8 weeks, 6 weeks of harvest, 15 t/ha. */
  public static final CropProfile BITTER_GOURD = crop("bitter gourd", 0, 8, 6, 15);
  /** Example profile: pumpkin, 12 weeks, 3 weeks of harvest, 20 t/ha. */
  public static final CropProfile PUMPKIN = crop("pumpkin", 0, 12, 3, 20);
  /** Example profile: wax gourd, 12 weeks, 4 weeks of harvest, 25 t/ha. */
  public static final CropProfile WAX_GOURD = crop("wax gourd", 0, 12, 4, 25);
  /** Example profile: chilli, 5 nursery weeks, 12 weeks, 10 weeks of harvest, 10 t/ha. */
  public static final CropProfile CHILLI = crop("chilli", 5, 12, 10, 10);
  /** Example profile: spring onion, 8 weeks, 2 weeks of harvest, 15 t/ha. */
  public static final CropProfile SPRING_ONION = crop("spring onion", 0, 8, 2, 15);

  /** All the example profiles of the Annex 3 crops. */
  public static List<CropProfile> all() {
    return ImmutableList.of(CUCUMBER, YARD_LONG_BEAN, TOMATO, EGGPLANT, CHINESE_MUSTARD, CHOY_SUM, LETTUCE, BITTER_GOURD,
        PUMPKIN, WAX_GOURD, CHILLI, SPRING_ONION);
  }
}
