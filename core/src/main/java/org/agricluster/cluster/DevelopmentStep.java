package org.agricluster.cluster;

/** The four steps of agribusiness cluster development (CHAIN guide §4). */
public enum DevelopmentStep {
  /** 1: rapid mapping of areas, actors, constraints and opportunities. */
  RAPID_MAPPING(1, "rapid mapping"),
  /** 2: cluster selection and social mobilisation. */
  SELECTION_AND_MOBILISATION(2, "cluster selection and social mobilisation"),
  /** 3: the multi-stakeholder platform and the collective business strategy. */
  MSP_AND_STRATEGY(3, "multi-stakeholder platform and collective business strategy"),
  /** 4: backstopping: follow-up visits and keeping the working document up to date. */
  BACKSTOPPING(4, "backstopping");

  private final int number;
  private final String label;

  DevelopmentStep(int number, String label) {
    this.number = number;
    this.label = label;
  }

  /** The step's number, 1 to 4. */
  public int number() {
    return number;
  }

  /** The step in words. */
  public String label() {
    return label;
  }
}
