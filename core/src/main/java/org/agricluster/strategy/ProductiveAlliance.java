package org.agricluster.strategy;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.agricluster.actor.Actor;
import org.agricluster.actor.ChainFunction;
import org.agricluster.actor.Role;
import org.agricluster.calendar.IsoWeek;
import org.agricluster.cluster.ProducerGroup;
import org.agricluster.economics.CropBudget;
import org.agricluster.economics.Delivery;
import org.agricluster.internal.Check;
import org.agricluster.measure.Mass;
import org.agricluster.measure.Money;
import org.agricluster.measure.Share;
import org.agricluster.strategy.BusinessPlan.Financing;
import org.agricluster.strategy.BusinessPlan.FinancingSource;
import org.immutables.value.Value;

/**
 * A productive alliance (FAO <i>Productive Alliances</i> note): a producer organisation and a buyer
 * joined by a business plan that the public sector co-finances, optionally with technical partners.
 * The roles are checked when it is made: the buyer has a marketing function and is not one of the
 * producers; the co-financier is a public body (a government agency or local authority); each line
 * of financing names who pays, and that payer fits its source (the grant from the co-financier, the
 * buyer's share from the buyer, the producers' share from the organisation or its members, credit
 * from a financial institution). The grant is paid only after the buyer's purchase agreement is
 * signed, and only if the alliance records it.
 *
 * <pre>{@code
 * ProductiveAlliance a = ProductiveAlliance.builder(cooperative, buyer, ministry, plan)
 *     .purchaseAgreement(agreement).agreementSigned(LocalDate.of(2024, 3, 1)).grantPaid(LocalDate.of(2024, 4, 1))
 *     .womenTarget(Share.ofPercent(40)).youthTarget(Share.ofPercent(30)).build();
 * a.targeting(2024);                 // women and young people among the members, against the targets
 * a.incomeChange();                  // the producers' margin after the plan less before
 * a.monitoring(deliveries);          // delivered against agreed, month by month
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class ProductiveAlliance {
  ProductiveAlliance() {}

  /** A builder for an alliance of a producer organisation, a buyer and a public co-financier around a business plan. */
  public static Builder builder(ProducerGroup producers, Actor buyer, Actor coFinancier, BusinessPlan plan) {
    return new Builder().producers(producers).buyer(buyer).coFinancier(coFinancier).plan(plan);
  }

  /** The producer organisation: a producer group or cooperative with its members. */
  public abstract ProducerGroup producers();

  /** The buyer. */
  public abstract Actor buyer();

  /** The public co-financier. */
  public abstract Actor coFinancier();

  /** Technical partners, if any. */
  public abstract ImmutableList<Actor> technicalPartners();

  /** The business plan. */
  public abstract BusinessPlan plan();

  /** The buyer's purchase agreement (volumes by week, quality, price rule, period), once drafted. */
  public abstract Optional<ContractFarmingAgreement> purchaseAgreement();

  /** When the buyer signed the purchase agreement. */
  public abstract Optional<LocalDate> agreementSigned();

  /** When the public grant was paid. */
  public abstract Optional<LocalDate> grantPaid();

  /** The target share of women among the members, if set. */
  public abstract Optional<Share> womenTarget();

  /** The target share of young people among the members, if set. */
  public abstract Optional<Share> youthTarget();

  /** The ages that count as young; 15–35 unless set. */
  @Value.Default
  public YouthBracket youthBracket() {
    return YouthBracket.DEFAULT;
  }

  /** A typical member's crop budget before the plan, for the expected income change. */
  public abstract Optional<CropBudget> budgetBefore();

  /** The same member's crop budget with the plan's investments. */
  public abstract Optional<CropBudget> budgetAfter();

  /** The producer organisation as an actor, the payer of the producers' own contribution. */
  public Actor organisation() {
    return Actor.of(producers().id(), producers().name(), Role.PRODUCER_GROUP);
  }

  /**
   * Validates the alliance however it is made.
   *
   * @throws IllegalArgumentException if the buyer has no marketing function or is one of the
   *     producers, the co-financier is not a public body, a technical partner is the buyer or a
   *     member, a payer does not fit its source, the agreement is not between the buyer and the
   *     organisation, a signing date is given without an agreement, the grant is paid without or
   *     before the signed agreement, or only one of the two budgets is given
   */
  @Value.Check
  void check() {
    String plan = "'" + plan().name() + "'";
    Set<String> members = new HashSet<>();
    producers().members().forEach(m -> members.add(m.id()));
    members.add(producers().id());
    if (!buyer().functions().contains(ChainFunction.MARKETING)) {
      throw Check.refusal("Buyer of the alliance " + plan, "an actor with a marketing function", buyer().name() + " "
          + buyer().roles());
    }
    if (members.contains(buyer().id())) {
      throw Check.refusal("Buyer of the alliance " + plan, "not one of the producers", buyer().name());
    }
    Role publicRole = coFinancier().primaryRole();
    if (publicRole != Role.GOVERNMENT_AGENCY && publicRole != Role.LOCAL_AUTHORITY) {
      throw Check.refusal("Co-financier of the alliance " + plan, "a public body (government agency or local authority)",
          coFinancier().name() + " (" + publicRole.label() + ")");
    }
    if (coFinancier().id().equals(buyer().id()) || members.contains(coFinancier().id())) {
      throw Check.refusal("Co-financier of the alliance " + plan, "neither the buyer nor a producer", coFinancier().name());
    }
    for (Actor partner : technicalPartners()) {
      if (partner.id().equals(buyer().id()) || members.contains(partner.id())) {
        throw Check.refusal("Technical partner of the alliance " + plan, "neither the buyer nor a producer", partner.name());
      }
    }
    for (Financing f : plan().financing()) {
      String payer = f.payer().id();
      boolean fits = switch (f.source()) {
        case PUBLIC_GRANT -> payer.equals(coFinancier().id());
        case BUYER -> payer.equals(buyer().id());
        case PRODUCERS_CASH, PRODUCERS_IN_KIND -> members.contains(payer);
        case CREDIT -> f.payer().has(Role.FINANCIAL_INSTITUTION);
        case OTHER -> !payer.equals(buyer().id()) && !members.contains(payer);
      };
      if (!fits) {
        throw Check.refusal("Payer of the " + f.source().label() + " in " + plan, payerRule(f.source()), f.payer().name());
      }
    }
    purchaseAgreement().ifPresent(a -> {
      if (!a.buyer().id().equals(buyer().id()) || !a.seller().id().equals(producers().id())) {
        throw Check.refusal("Purchase agreement of the alliance " + plan, "between " + buyer().name() + " and "
            + producers().name(), a.buyer().name() + " and " + a.seller().name());
      }
    });
    if (agreementSigned().isPresent() && purchaseAgreement().isEmpty()) {
      throw Check.refusal("Signing date of the purchase agreement of " + plan, "with the agreement recorded", "no agreement");
    }
    if (grantPaid().isPresent() && (agreementSigned().isEmpty() || agreementSigned().get().isAfter(grantPaid().get()))) {
      throw Check.refusal("Grant for " + plan + " paid on " + grantPaid().get(), "on or after " + buyer().name()
          + "'s signed purchase agreement", agreementSigned().map(d -> "agreement signed " + d).orElse("no agreement signed"));
    }
    if (budgetBefore().isPresent() != budgetAfter().isPresent()) {
      throw Check.refusal("Budgets of the alliance " + plan, "both before and after, or neither", "only one");
    }
  }

  private String payerRule(FinancingSource source) {
    return switch (source) {
      case PUBLIC_GRANT -> "the co-financier, " + coFinancier().name();
      case BUYER -> "the buyer, " + buyer().name();
      case PRODUCERS_CASH, PRODUCERS_IN_KIND -> producers().name() + " or one of its members";
      case CREDIT -> "a financial institution";
      case OTHER -> "neither the buyer nor a producer";
    };
  }

  /**
   * Whether the grant may be paid on a day: only once the buyer's purchase agreement is recorded and
   * signed on or before that day.
   */
  public boolean grantPayableOn(LocalDate day) {
    notNull(day, "day");
    return purchaseAgreement().isPresent() && agreementSigned().map(d -> !d.isAfter(day)).orElse(false);
  }

  /**
   * The members' shares of women and of young people in a year, each member counted once, against
   * the alliance's targets.
   */
  public Targeting targeting(int year) {
    List<Actor> members = producers().members();
    int women = (int) members.stream().filter(Actor::isWoman).count();
    int withAge = (int) members.stream().filter(a -> a.birthYear().isPresent()).count();
    int young = (int) members.stream().filter(a -> a.ageIn(year).map(youthBracket()::contains).orElse(false)).count();
    return new Targeting(year, members.size(), women, withAge, young, youthBracket(), womenTarget(), youthTarget());
  }

  /**
   * The expected change in a typical member's simplified gross margin: after the plan less before.
   *
   * @throws IllegalStateException if the alliance records no budgets
   */
  public Money incomeChange() {
    CropBudget before = budgetBefore().orElseThrow(() -> new IllegalStateException("No budgets recorded for '" + plan().name() + "'"));
    return budgetAfter().orElseThrow().margin().sgm().minus(before.margin().sgm());
  }

  /**
   * Deliveries of the agreement's product against its schedule, month by month (a week counts in the
   * month of its Monday), over the months the schedule or the deliveries cover.
   *
   * @throws IllegalStateException if the alliance records no purchase agreement
   */
  public ImmutableList<PeriodCheck> monitoring(List<Delivery> deliveries) {
    notNull(deliveries, "deliveries");
    ContractFarmingAgreement agreement = purchaseAgreement().orElseThrow(() -> new IllegalStateException(
        "No purchase agreement recorded for '" + plan().name() + "'"));
    Map<YearMonth, Mass> agreed = new TreeMap<>();
    Map<YearMonth, Mass> delivered = new TreeMap<>();
    for (IsoWeek w : agreement.schedule().horizon().allWeeks()) {
      Mass wanted = agreement.schedule().week(agreement.product(), w);
      if (!wanted.isZero()) {
        agreed.merge(YearMonth.from(w.monday()), wanted, Mass::plus);
      }
    }
    for (Delivery d : deliveries) {
      notNull(d, "delivery");
      if (d.crop().equals(agreement.product()) && (agreement.grade().isEmpty() || d.grade().equals(agreement.grade()))) {
        delivered.merge(YearMonth.from(IsoWeek.from(d.date()).monday()), d.mass(), Mass::plus);
      }
    }
    Set<YearMonth> months = new java.util.TreeSet<>(agreed.keySet());
    months.addAll(delivered.keySet());
    return months.stream().map(m -> new PeriodCheck(m, agreed.getOrDefault(m, Mass.ZERO), delivered.getOrDefault(m, Mass.ZERO)))
        .collect(ImmutableList.toImmutableList());
  }

  /** {@code ProductiveAlliance{Zou pineapple cooperative + Fruitex, co-financed by PADAAM, plan USD 100,000.00}}. */
  @Override
  public String toString() {
    return "ProductiveAlliance{" + producers().name() + " + " + buyer().name() + ", co-financed by " + coFinancier().name()
        + ", plan " + plan().total() + agreementSigned().map(d -> ", agreement " + d).orElse("")
        + grantPaid().map(d -> ", grant " + d).orElse("") + "}";
  }

  /**
   * Builds a {@link ProductiveAlliance}: {@code addTechnicalPartners} adds; the rest set.
   */
  public static final class Builder extends ImmutableProductiveAlliance.Builder {
    Builder() {}
  }

  /**
   * Women and young people among an alliance's members in a year, against its targets. Each member
   * counts once; members whose birth year is not recorded count as not young, and how many they are
   * is reported.
   *
   * @param year the year ages are reckoned in
   * @param members the number of members
   * @param women how many are women
   * @param withAge how many have a birth year recorded
   * @param young how many are in the youth bracket that year
   * @param bracket the youth bracket
   * @param womenTarget the target share of women, if any
   * @param youthTarget the target share of young people, if any
   */
  public record Targeting(int year, int members, int women, int withAge, int young, YouthBracket bracket,
      Optional<Share> womenTarget, Optional<Share> youthTarget) {
    /** The women's share of members; zero for no members. */
    public Share womenShare() {
      return members == 0 ? Share.ZERO : Share.ofRatio(women, members);
    }

    /** The young people's share of members; zero for no members. */
    public Share youthShare() {
      return members == 0 ? Share.ZERO : Share.ofRatio(young, members);
    }

    /** Whether the women's share reaches its target; empty without a target. */
    public Optional<Boolean> womenTargetMet() {
      return womenTarget.map(t -> womenShare().compareTo(t) >= 0);
    }

    /** Whether the young people's share reaches its target; empty without a target. */
    public Optional<Boolean> youthTargetMet() {
      return youthTarget.map(t -> youthShare().compareTo(t) >= 0);
    }

    /** {@code 2024: women 14 of 30 (46.67%) against 40% — met; young (15–35 years) 8 of 30 (26.67%) against 30% — not met; 2 without a birth year}. */
    @Override
    public String toString() {
      return year + ": women " + women + " of " + members + " (" + womenShare().toPercent(2, java.math.RoundingMode.HALF_EVEN)
          .stripTrailingZeros().toPlainString() + "%)" + womenTarget.map(t -> " against " + t + (womenTargetMet().get() ? " — met"
              : " — not met")).orElse("") + "; young (" + bracket + ") " + young + " of " + members + " ("
          + youthShare().toPercent(2, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "%)"
          + youthTarget.map(t -> " against " + t + (youthTargetMet().get() ? " — met" : " — not met")).orElse("")
          + (withAge < members ? "; " + (members - withAge) + " without a birth year" : "");
    }
  }

  /**
   * A month's deliveries against the purchase agreement.
   *
   * @param month the month
   * @param agreed what the schedule asks for in its weeks that begin in the month
   * @param delivered what was delivered of the product and grade
   */
  public record PeriodCheck(YearMonth month, Mass agreed, Mass delivered) {
    /** What is missing; zero if the agreement is met. */
    public Mass shortfall() {
      return delivered.isLessThan(agreed) ? agreed.minus(delivered) : Mass.ZERO;
    }

    /** Delivered as a percentage of agreed, to one decimal (above 100 when more was delivered); empty when nothing was agreed. */
    public Optional<java.math.BigDecimal> percentDelivered() {
      return agreed.isZero() ? Optional.empty() : Optional.of(delivered.toKilograms().multiply(java.math.BigDecimal.valueOf(100))
          .divide(agreed.toKilograms(), 1, java.math.RoundingMode.HALF_EVEN));
    }

    @Override
    public String toString() {
      return month + ": " + delivered + " of " + agreed + (shortfall().isZero() ? "" : ", short " + shortfall());
    }
  }
}
