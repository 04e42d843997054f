package org.agricluster.actor;

/**
 * What an actor does in a cluster. Every role belongs to exactly one {@link StakeholderCategory}
 * and one {@link ChainFunction}, following CHAIN guide §5.2 (categories) and §5.3 step 11
 * (functions).
 */
public enum Role {
  /** A farmer or producer. */
  FARMER("farmer", StakeholderCategory.LOCAL_VALUE_CHAIN_ACTOR, ChainFunction.PRODUCTION),
  /** A producer group acting as one actor (selling together, buying inputs together). */
  PRODUCER_GROUP("producer group", StakeholderCategory.LOCAL_VALUE_CHAIN_ACTOR, ChainFunction.PRODUCTION),
  /** An input supplier or agro-dealer depot. */
  INPUT_SUPPLIER("input supplier", StakeholderCategory.LOCAL_VALUE_CHAIN_ACTOR, ChainFunction.PRODUCTION),
  /** A seed company or seed producer, cover-crop seed producers included (KropuchKasekor, Seeds to farmers). */
  SEED_COMPANY("seed company", StakeholderCategory.LOCAL_VALUE_CHAIN_ACTOR, ChainFunction.PRODUCTION),
  /** A collector or trader who buys at the farm gate. */
  COLLECTOR_TRADER("collector/trader", StakeholderCategory.LOCAL_VALUE_CHAIN_ACTOR, ChainFunction.MARKETING),
  /** A wholesaler. */
  WHOLESALER("wholesaler", StakeholderCategory.LOCAL_VALUE_CHAIN_ACTOR, ChainFunction.MARKETING),
  /** A retailer or market vendor. */
  RETAILER("retailer", StakeholderCategory.LOCAL_VALUE_CHAIN_ACTOR, ChainFunction.MARKETING),
  /** A processor. */
  PROCESSOR("processor", StakeholderCategory.LOCAL_VALUE_CHAIN_ACTOR, ChainFunction.MARKETING),
  /** A buying company (a contract-farming buyer, a chain store). */
  BUYING_COMPANY("buying company", StakeholderCategory.LOCAL_VALUE_CHAIN_ACTOR, ChainFunction.MARKETING),
  /** A private service provider (spraying, ploughing, business development, certification). */
  SERVICE_PROVIDER("service provider", StakeholderCategory.LOCAL_SUPPORTER, ChainFunction.SUPPORT),
  /** Public extension staff (PDAFF in Cambodia). */
  EXTENSION_AGENT("extension agent", StakeholderCategory.LOCAL_SUPPORTER, ChainFunction.SUPPORT),
  /** A financial institution: microfinance institution or bank. */
  FINANCIAL_INSTITUTION("financial institution", StakeholderCategory.LOCAL_SUPPORTER, ChainFunction.SUPPORT),
  /** A local authority: commune chief, village chief, district office. */
  LOCAL_AUTHORITY("local authority", StakeholderCategory.ENABLER, ChainFunction.SUPPORT),
  /** A government department or public programme: a seed department, a ministry's project, a public co-financier. */
  GOVERNMENT_AGENCY("government agency", StakeholderCategory.ENABLER, ChainFunction.SUPPORT),
  /** An NGO or development partner. */
  NGO("NGO/development partner", StakeholderCategory.ENABLER, ChainFunction.SUPPORT),
  /** A research institute. */
  RESEARCH_INSTITUTE("research institute", StakeholderCategory.ENABLER, ChainFunction.SUPPORT),
  /** A professional association, network, round table or union. */
  ASSOCIATION("association/network", StakeholderCategory.ENABLER, ChainFunction.SUPPORT);

  private final String label;
  private final StakeholderCategory category;
  private final ChainFunction function;

  Role(String label, StakeholderCategory category, ChainFunction function) {
    this.label = label;
    this.category = category;
    this.function = function;
  }

  /** The role in words ("collector/trader"). */
  public String label() {
    return label;
  }

  /** The stakeholder category the role belongs to. */
  public StakeholderCategory category() {
    return category;
  }

  /** The chain function of the role. */
  public ChainFunction function() {
    return function;
  }
}
