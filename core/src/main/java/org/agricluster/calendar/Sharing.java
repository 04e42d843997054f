package org.agricluster.calendar;

/**
 * How the {@link Planner} shares a crop set's planted area among the members who grow that set.
 *
 * <p>The planner decides how much of each crop to plant in which week for the members who grow the
 * same crops together; sharing that area out decides who plants it. Sharing among the fewest
 * members gives each member its whole free land in turn, which loses least land to pieces smaller
 * than a plot, so that a cluster with land to spare may see a few members plant everything (11 to
 * 15 of the 60 Sesan farmers of the CHAIN walkthrough). Sharing with every member gives each a part
 * in proportion to its land, as long as that part is at least its minimum plot; the plan's summary
 * then says how many members plant and what the sharing costs in kg of Σ |supply − demand|.
 */
public enum Sharing {
  /** Each member's whole free land in turn, members taking turns in id order: the smallest gap. */
  FEWEST_MEMBERS,
  /** Every member who grows the crops a part in proportion to its land, where that is at least its minimum plot. */
  EVERY_MEMBER
}
