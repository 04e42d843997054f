package org.agricluster.actor;

/** A person's gender, as recorded for inclusion reporting. */
public enum Gender {
  /** A woman. */
  FEMALE,
  /** A man. */
  MALE,
  /** Not recorded or not disclosed; counted in neither share. */
  UNDISCLOSED
}
