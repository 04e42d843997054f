package org.agricluster.strategy;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.agricluster.calendar.Horizon;
import org.agricluster.calendar.SupplyCalendar;
import org.agricluster.internal.Check;
import org.agricluster.internal.Words;
import org.agricluster.measure.Mass;

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
    Horizon horizon = supply.horizon();
    List<Gap> undeliverable = new ArrayList<>();
    List<Gap> unmet = new ArrayList<>();
    for (ValueProposition p : propositions) {
      if (p.crop().isEmpty() || p.volumePerWeek().isEmpty()) {
        continue;
      }
      String crop = p.crop().get();
      int first = Math.max(0, p.firstWeek().orElse(0));
      int last = Math.min(horizon.weeks() - 1, p.lastWeek().orElse(horizon.weeks() - 1));
      for (int w = first; w <= last; w++) {
        Mass wanted = p.volumePerWeek().get();
        if (p.direction() == Direction.PRODUCTION_TO_MARKETING) {
          Mass planned = supply.week(crop, w);
          if (planned.isLessThan(wanted)) {
            undeliverable.add(new Gap(p, w, wanted, planned));
          }
        } else if (p.direction() == Direction.MARKETING_TO_PRODUCTION) {
          Mass offered = offered(propositions, crop, w);
          if (offered.isLessThan(wanted)) {
            unmet.add(new Gap(p, w, wanted, offered));
          }
        }
      }
    }
    return new DeliveryCheck(ImmutableList.copyOf(undeliverable), ImmutableList.copyOf(unmet));
  }

  private static Mass offered(List<ValueProposition> propositions, String crop, int week) {
    Mass total = Mass.ZERO;
    for (ValueProposition p : propositions) {
      boolean inWeek = p.firstWeek().orElse(0) <= week && week <= p.lastWeek().orElse(Integer.MAX_VALUE);
      if (p.direction() == Direction.PRODUCTION_TO_MARKETING && p.crop().equals(java.util.Optional.of(crop)) && inWeek) {
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
   * A proposition's week in which what is promised or wanted exceeds what is available.
   *
   * @param proposition the proposition
   * @param week the week index
   * @param wanted what the proposition promises (production) or wants (buyer)
   * @param available what the plan supplies, or the production offers total
   */
  public record Gap(ValueProposition proposition, int week, Mass wanted, Mass available) {
    /**
     * Validates the gap.
     *
     * @throws IllegalArgumentException if the week is negative or nothing is missing
     */
    public Gap {
      notNull(proposition, "proposition");
      notNull(wanted, "wanted");
      notNull(available, "available");
      if (week < 0) {
        throw Check.refusal("Week of a gap of " + proposition.proposer().name(), ">= 0", week);
      }
      if (!available.isLessThan(wanted)) {
        throw Check.refusal("What is available in week " + week + " of a gap", "less than the " + wanted + " wanted",
            available);
      }
    }

    /** {@code wanted − available}. */
    public Mass missing() {
      return wanted.minus(available);
    }

    /** {@code Mr Panha, week 12: wants 3500 kg, 1050 kg available}. */
    @Override
    public String toString() {
      return proposition.proposer().name() + ", week " + week + ": " + wanted + " against " + available + " available";
    }
  }
}
