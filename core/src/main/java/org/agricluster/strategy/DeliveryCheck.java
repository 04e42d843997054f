package org.agricluster.strategy;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.agricluster.calendar.IsoWeek;
import org.agricluster.calendar.SupplyCalendar;
import org.agricluster.internal.Check;
import org.agricluster.internal.Words;
import org.agricluster.measure.Mass;
import org.immutables.value.Value;

/**
 * The propositions checked against the calendar, week by week (CHAIN §5.3): can the cluster deliver
 * what its production propositions promise, and do the production offers cover what buyers say they
 * want? Only propositions that name a crop and a weekly volume are checked; their delivery weeks
 * default to the whole horizon.
 *
 * <pre>{@code
 * DeliveryCheck check = DeliveryCheck.of(propositions, plan.balance().supply());
 * check.undeliverable();   // production offers the planned supply cannot meet
 * check.unmetDemand();     // buyers' wants the production offers do not cover
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DeliveryCheck {
  private final ImmutableList<Gap> undeliverable;
  private final ImmutableList<Gap> unmetDemand;

  private DeliveryCheck(ImmutableList<Gap> undeliverable, ImmutableList<Gap> unmetDemand) {
    this.undeliverable = undeliverable;
    this.unmetDemand = unmetDemand;
  }

  /** Checks propositions against a planned supply over its horizon. */
  public static DeliveryCheck of(List<ValueProposition> propositions, SupplyCalendar supply) {
    notNull(propositions, "propositions");
    notNull(supply, "supply");
    List<Gap> undeliverable = new ArrayList<>();
    List<Gap> unmet = new ArrayList<>();
    for (ValueProposition p : propositions) {
      if (p.crop().isEmpty() || p.volumePerWeek().isEmpty()) {
        continue;
      }
      String crop = p.crop().get();
      Mass wanted = p.volumePerWeek().get();
      for (IsoWeek w : supply.horizon().allWeeks()) {
        if (!delivers(p, w)) {
          continue;
        }
        if (p.direction() == Direction.PRODUCTION_TO_MARKETING) {
          Mass planned = supply.week(crop, w);
          if (planned.isLessThan(wanted)) {
            undeliverable.add(Gap.of(p, w, wanted, planned));
          }
        } else if (p.direction() == Direction.MARKETING_TO_PRODUCTION) {
          Mass offered = offered(propositions, crop, w);
          if (offered.isLessThan(wanted)) {
            unmet.add(Gap.of(p, w, wanted, offered));
          }
        }
      }
    }
    return new DeliveryCheck(ImmutableList.copyOf(undeliverable), ImmutableList.copyOf(unmet));
  }

  private static boolean delivers(ValueProposition p, IsoWeek week) {
    return p.firstWeek().map(first -> !week.isBefore(first)).orElse(true)
        && p.lastWeek().map(last -> !week.isAfter(last)).orElse(true);
  }

  private static Mass offered(List<ValueProposition> propositions, String crop, IsoWeek week) {
    Mass total = Mass.ZERO;
    for (ValueProposition p : propositions) {
      if (p.direction() == Direction.PRODUCTION_TO_MARKETING && p.crop().equals(Optional.of(crop)) && delivers(p, week)) {
        total = total.plus(p.volumePerWeek().orElse(Mass.ZERO));
      }
    }
    return total;
  }

  /** Weeks in which a production proposition promises more than the planned supply. */
  public ImmutableList<Gap> undeliverable() {
    return undeliverable;
  }

  /** Weeks in which a buyer wants more than the production propositions offer. */
  public ImmutableList<Gap> unmetDemand() {
    return unmetDemand;
  }

  @Override
  public String toString() {
    return "DeliveryCheck{" + Words.count(undeliverable.size(), "undeliverable proposition-week") + ", "
        + Words.count(unmetDemand.size(), "week") + " of unmet demand}";
  }

  /**
   * A proposition's week in which what is promised or wanted exceeds what is available: {@code Mr
   * Panha in 2024-W12: wants 3,500 kg, 1,050 kg available}.
   *
   * <p>This class is immutable and thread-safe.
   */
  public abstract static class Gap {
    Gap() {}

    /**
     * A gap.
     *
     * @throws IllegalArgumentException if nothing is missing
     */
    public static Gap of(ValueProposition proposition, IsoWeek week, Mass wanted, Mass available) {
      return ImmutableGap.builder().proposition(proposition).week(week).wanted(wanted).available(available).build();
    }

    /** The proposition. */
    public abstract ValueProposition proposition();

    /** The week. */
    public abstract IsoWeek week();

    /** What the proposition promises (production) or wants (buyer). */
    public abstract Mass wanted();

    /** What the plan supplies, or the production offers in total. */
    public abstract Mass available();

    @Value.Check
    void check() {
      if (!available().isLessThan(wanted())) {
        throw Check.refusal("What is available in " + week() + " to " + proposition().proposer().name(),
            "less than the " + wanted() + " wanted (else there is no gap)", available());
      }
    }

    /** {@code wanted − available}. */
    public Mass missing() {
      return wanted().minus(available());
    }

    @Override
    public String toString() {
      return proposition().proposer().name() + " in " + week() + ": wants " + wanted() + ", " + available() + " available";
    }
  }
}
