package org.agricluster.actor;

import java.util.Locale;

/**
 * The levels of an administrative hierarchy, from country to village, with the names Tajikistan
 * uses where they differ (oblast, jamoat).
 */
public enum AdminLevel {
  /** A country. */
  COUNTRY("country", "country"),
  /** A province (Tajikistan: oblast). */
  PROVINCE("province", "oblast"),
  /** A district. */
  DISTRICT("district", "district"),
  /** A commune (Tajikistan: jamoat). */
  COMMUNE("commune", "jamoat"),
  /** A village. */
  VILLAGE("village", "village");

  private final String label;
  private final String tajikLabel;

  AdminLevel(String label, String tajikLabel) {
    this.label = label;
    this.tajikLabel = tajikLabel;
  }

  /** The level's name in a country: "jamoat" for a commune in Tajikistan, "commune" elsewhere. */
  public String label(String country) {
    return country.toLowerCase(Locale.ROOT).startsWith("tajik") ? tajikLabel : label;
  }
}
