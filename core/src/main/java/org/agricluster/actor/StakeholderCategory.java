package org.agricluster.actor;

/** CHAIN's three stakeholder categories (guide §5.2, step 2). */
public enum StakeholderCategory {
  /**
   * Directly involved in producing, processing and marketing the product, from input provision to
   * final consumption: farmers, input companies and dealers, traders, buyers, wholesalers, retailers.
   */
  LOCAL_VALUE_CHAIN_ACTOR("local value-chain actor"),
  /**
   * Provide financial, technical or information services to the primary actors: extension and
   * training providers, financial institutions, business developers, certification and market
   * intelligence services.
   */
  LOCAL_SUPPORTER("local supporter"),
  /**
   * Empower actors and supporters to play their roles: development partners, NGOs and research
   * institutes; government agencies; professional associations, networks and unions.
   */
  ENABLER("enabler");

  private final String label;

  StakeholderCategory(String label) {
    this.label = label;
  }

  /** The category in words ("local supporter"). */
  public String label() {
    return label;
  }
}
