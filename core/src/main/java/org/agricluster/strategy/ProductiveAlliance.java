package org.agricluster.strategy;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.agricluster.actor.Actor;
import org.agricluster.internal.Check;
import org.agricluster.measure.Money;
import org.agricluster.measure.Share;

/**
 * A productive alliance (FAO Productive Alliances note): a producer organisation and a buyer, joined by a business plan
 * that public funds co-finance. The financing shares — producers, buyer, public grant, others —
 * sum to exactly 100 %, and the buyer's purchase agreement must be signed before the grant is
 * paid.
 *
 * <pre>{@code
 * ProductiveAlliance a = ProductiveAlliance.builder(cooperative, buyer, "Dairy upgrade plan", Money.of(USD, 100_000))
 *     .share("producers", Share.ofPercent(20)).share("buyer", Share.ofPercent(10)).share("public grant", Share.ofPercent(70))
 *     .purchaseAgreementSigned(LocalDate.of(2024, 3, 1)).grantPaid(LocalDate.of(2024, 4, 1)).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProductiveAlliance {
  private final Actor producers;
  private final Actor buyer;
  private final String businessPlan;
  private final Money cost;
  private final ImmutableMap<String, Share> shares;
  private final Optional<LocalDate> agreementSigned;
  private final Optional<LocalDate> grantPaid;

  private ProductiveAlliance(Builder b) {
    this.producers = b.producers;
    this.buyer = b.buyer;
    this.businessPlan = b.businessPlan;
    this.cost = b.cost;
    this.shares = ImmutableMap.copyOf(b.shares);
    this.agreementSigned = b.agreementSigned;
    this.grantPaid = b.grantPaid;
  }

  /** A builder for an alliance around a business plan of a total cost. */
  public static Builder builder(Actor producers, Actor buyer, String businessPlan, Money cost) {
    return new Builder(notNull(producers, "producers"), notNull(buyer, "buyer"), notNull(businessPlan, "businessPlan"),
        notNull(cost, "cost"));
  }

  /** The producer organisation. */
  public Actor producers() {
    return producers;
  }

  /** The buyer. */
  public Actor buyer() {
    return buyer;
  }

  /** The business plan's name. */
  public String businessPlan() {
    return businessPlan;
  }

  /** The business plan's total cost. */
  public Money cost() {
    return cost;
  }

  /** Who finances what share; the shares sum to exactly 100 %. */
  public ImmutableMap<String, Share> shares() {
    return shares;
  }

  /** Each financer's amount, splitting the cost exactly by the shares. */
  public ImmutableMap<String, Money> amounts() {
    var parts = cost.rounded(java.math.RoundingMode.HALF_EVEN).allocateByShares(shares.values().asList());
    Map<String, Money> result = new LinkedHashMap<>();
    int i = 0;
    for (String financer : shares.keySet()) {
      result.put(financer, parts.get(i++));
    }
    return ImmutableMap.copyOf(result);
  }

  /** When the buyer's purchase agreement was signed, if it has been. */
  public Optional<LocalDate> agreementSigned() {
    return agreementSigned;
  }

  /** When the public grant was paid, if it has been. */
  public Optional<LocalDate> grantPaid() {
    return grantPaid;
  }

  @Override
  public String toString() {
    return "ProductiveAlliance{" + producers.name() + " + " + buyer.name() + ", " + businessPlan + ", " + cost + ", " + shares
        + agreementSigned.map(d -> ", agreement " + d).orElse("") + grantPaid.map(d -> ", grant " + d).orElse("") + "}";
  }

  /** Builds a {@link ProductiveAlliance}. */
  public static final class Builder {
    private final Actor producers;
    private final Actor buyer;
    private final String businessPlan;
    private final Money cost;
    private final Map<String, Share> shares = new LinkedHashMap<>();
    private Optional<LocalDate> agreementSigned = Optional.empty();
    private Optional<LocalDate> grantPaid = Optional.empty();

    private Builder(Actor producers, Actor buyer, String businessPlan, Money cost) {
      this.producers = producers;
      this.buyer = buyer;
      this.businessPlan = businessPlan;
      this.cost = cost;
    }

    /** A financer's share of the cost. */
    public Builder share(String financer, Share share) {
      shares.put(notNull(financer, "financer"), notNull(share, "share"));
      return this;
    }

    /** The buyer signed the purchase agreement on a date. */
    public Builder purchaseAgreementSigned(LocalDate date) {
      this.agreementSigned = Optional.of(notNull(date, "date"));
      return this;
    }

    /** The public grant was paid on a date. */
    public Builder grantPaid(LocalDate date) {
      this.grantPaid = Optional.of(notNull(date, "date"));
      return this;
    }

    /**
     * Builds the alliance.
     *
     * @throws IllegalArgumentException if the shares do not sum to exactly 100 %, or a grant is paid
     *     without, or before, the buyer's purchase agreement
     */
    public ProductiveAlliance build() {
      Share sum = Share.ZERO;
      for (Share s : shares.values()) {
        try {
          sum = sum.plus(s);
        } catch (IllegalArgumentException over) {
          throw Check.refusal("Financing shares of '" + businessPlan + "'", "exactly 100% in total", "more than 100%: " + shares);
        }
      }
      if (!sum.equals(Share.WHOLE)) {
        throw Check.refusal("Financing shares of '" + businessPlan + "'", "exactly 100% in total", sum);
      }
      if (grantPaid.isPresent()
          && (agreementSigned.isEmpty() || agreementSigned.get().isAfter(grantPaid.get()))) {
        throw Check.refusal("Grant for '" + businessPlan + "' paid on " + grantPaid.get(),
            "after " + buyer.name() + "'s purchase agreement", agreementSigned.map(d -> "agreement signed " + d)
                .orElse("no agreement signed"));
      }
      return new ProductiveAlliance(this);
    }
  }
}
