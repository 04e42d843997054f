package org.agricluster.cluster;

import static org.agricluster.internal.Check.notNull;

import java.math.BigDecimal;
import org.agricluster.actor.FarmSizeRule;
import org.agricluster.measure.Share;

/**
 * The thresholds an {@link InclusionReport} checks against, each configurable.
 *
 * <p>{@link #OXFAM} takes from the Oxfam Khatlon paper: small producers at least 80 % of
 * members, large farmers' share of executive seats no higher than their share of members (the
 * elite-capture guard), committees of five, at least 40 % of groups performing, and the paper's farm
 * size rule. The paper sets no target for women; the 30 % share of members and leaders and the
 * parity index of at least 0.8 are this library's assumptions — set your programme's own with the
 * {@code with…} methods.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InclusionThresholds {
  /** Oxfam Khatlon's thresholds, with assumed targets for women (see above). */
  public static final InclusionThresholds OXFAM = new InclusionThresholds(Share.ofPercent(30), Share.ofPercent(30),
      new BigDecimal("0.8"), Share.ofPercent(80), ProducerGroup.DEFAULT_COMMITTEE_SIZE, Share.ofPercent(40),
      FarmSizeRule.OXFAM_KHATLON);

  private final Share minWomenMembers;
  private final Share minWomenLeaders;
  private final BigDecimal minParity;
  private final Share minSmallProducers;
  private final int committeeSize;
  private final Share minPerforming;
  private final FarmSizeRule farmSizeRule;

  private InclusionThresholds(Share minWomenMembers, Share minWomenLeaders, BigDecimal minParity, Share minSmallProducers,
      int committeeSize, Share minPerforming, FarmSizeRule farmSizeRule) {
    this.minWomenMembers = minWomenMembers;
    this.minWomenLeaders = minWomenLeaders;
    this.minParity = minParity;
    this.minSmallProducers = minSmallProducers;
    this.committeeSize = committeeSize;
    this.minPerforming = minPerforming;
    this.farmSizeRule = farmSizeRule;
  }

  /** The smallest acceptable share of women among members. */
  public Share minWomenMembers() {
    return minWomenMembers;
  }

  /** The smallest acceptable share of women among committee members. */
  public Share minWomenLeaders() {
    return minWomenLeaders;
  }

  /** The smallest acceptable leadership parity index (women's share of leaders ÷ of members). */
  public BigDecimal minParity() {
    return minParity;
  }

  /** The smallest acceptable share of small producers among members with a recorded farm. */
  public Share minSmallProducers() {
    return minSmallProducers;
  }

  /** The committee size every group should have. */
  public int committeeSize() {
    return committeeSize;
  }

  /** The smallest acceptable share of groups in the performing stage. */
  public Share minPerforming() {
    return minPerforming;
  }

  /** The rule deciding small, medium and large farms. */
  public FarmSizeRule farmSizeRule() {
    return farmSizeRule;
  }

  /** These thresholds with another minimum share of women among members. */
  public InclusionThresholds withMinWomenMembers(Share share) {
    return new InclusionThresholds(notNull(share, "share"), minWomenLeaders, minParity, minSmallProducers, committeeSize,
        minPerforming, farmSizeRule);
  }

  /** These thresholds with another minimum share of women among leaders. */
  public InclusionThresholds withMinWomenLeaders(Share share) {
    return new InclusionThresholds(minWomenMembers, notNull(share, "share"), minParity, minSmallProducers, committeeSize,
        minPerforming, farmSizeRule);
  }

  /** These thresholds with another minimum parity index. */
  public InclusionThresholds withMinParity(BigDecimal parity) {
    return new InclusionThresholds(minWomenMembers, minWomenLeaders, notNull(parity, "parity"), minSmallProducers,
        committeeSize, minPerforming, farmSizeRule);
  }

  /** These thresholds with another minimum share of small producers. */
  public InclusionThresholds withMinSmallProducers(Share share) {
    return new InclusionThresholds(minWomenMembers, minWomenLeaders, minParity, notNull(share, "share"), committeeSize,
        minPerforming, farmSizeRule);
  }

  /** These thresholds with another farm size rule. */
  public InclusionThresholds withFarmSizeRule(FarmSizeRule rule) {
    return new InclusionThresholds(minWomenMembers, minWomenLeaders, minParity, minSmallProducers, committeeSize,
        minPerforming, notNull(rule, "rule"));
  }

  /** These thresholds with another minimum share of performing groups. */
  public InclusionThresholds withMinPerforming(Share share) {
    return new InclusionThresholds(minWomenMembers, minWomenLeaders, minParity, minSmallProducers, committeeSize,
        notNull(share, "share"), farmSizeRule);
  }

  @Override
  public String toString() {
    return "InclusionThresholds{women members >= " + minWomenMembers + ", women leaders >= " + minWomenLeaders
        + ", parity >= " + minParity.toPlainString() + ", small producers >= " + minSmallProducers + ", committee = "
        + committeeSize + ", performing >= " + minPerforming + ", " + farmSizeRule + "}";
  }
}
