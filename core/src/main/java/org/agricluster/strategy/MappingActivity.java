package org.agricluster.strategy;

/**
 * What a field visit was for: the four steps of rapid mapping (CHAIN guide §5.1: observe → discuss →
 * interview → validate) and the follow-up visits of backstopping (§5.4).
 */
public enum MappingActivity {
  /** Note the infrastructure, the farming and the distance to market. */
  OBSERVE("observe"),
  /** Hear actors' experience of production, markets and relationships. */
  DISCUSS("discuss"),
  /** Semi-structured interviews with the Annex 2 guiding questions. */
  INTERVIEW("interview"),
  /** Validate the findings with key informants and local authorities. */
  VALIDATE("validate"),
  /** A backstopping follow-up visit (§5.4). */
  FOLLOW_UP("follow-up");

  private final String label;

  MappingActivity(String label) {
    this.label = label;
  }

  /** The activity in words: {@code observe}, {@code follow-up}. */
  public String label() {
    return label;
  }
}
