package org.agricluster.scoring;

import com.google.common.collect.ImmutableList;

/**
 * Ready-made criteria from the CHAIN guide ("Facilitating Agribusiness Cluster Development"),
 * with the guide's own wording. Each call returns the same values; adapt them with
 * {@link Criterion#withWeight}, {@link Criterion#withDescription} or build your own.
 */
public final class CriteriaTemplates {
  private CriteriaTemplates() {}

  /**
   * The rapid-mapping pre-assessment (CHAIN §5.1 step 1–2, Annex 1): production, market and impact
   * potential, each on the {@linkplain Scale#POTENTIAL 0–3 potential scale}.
   */
  public static ImmutableList<Criterion> preAssessment() {
    return ImmutableList.of(
        Criterion.builder().name("production potential").scale(Scale.POTENTIAL).group("production potential")
            .description("Existing volumes and seasonality: Are there a critical mass of producers engaged in the sector? "
                + "Do they have the potential to produce sufficient volumes? (Suitability for producing vegetables, "
                + "availability of water and agricultural inputs, number of semi-commercial and commercial farmers, "
                + "their ability to adapt to new technologies.)")
            .build(),
        Criterion.builder().name("market potential").scale(Scale.POTENTIAL).group("market potential")
            .description("Existing level of consumption: Is there a positive consumption pattern among consumers? "
                + "Existing access to market and infrastructure: Is the area within reach of the target markets? "
                + "(Capacity to reach critical production volumes and the market share achievable by attracting buyers.)")
            .build(),
        Criterion.builder().name("impact potential").scale(Scale.POTENTIAL).group("impact potential")
            .description("Existing and potential income generation: How much are the current income and income "
                + "generation potential of the future market's demand? (Outreach, household income potential, "
                + "sustainability of the inclusive business model, likelihood of specialising in commercial production.)")
            .build());
  }

  /**
   * The five cluster-selection criteria of CHAIN §5.2 and Annex 4, on the
   * {@linkplain Scale#SELECTION 1–5 selection scale}, with Annex 4's full descriptions.
   */
  public static ImmutableList<Criterion> clusterSelection() {
    return ImmutableList.of(
        Criterion.builder().id("private-sector-attraction").name("Potential to attract private sector actors")
            .scale(Scale.SELECTION)
            .description("Potential to attract private sector actors, like processors and traders, to establish business "
                + "value chains. This criterion indicates the presence or potential presence of private sector actors, "
                + "preferably closer to the end market, to invest in the value chain.")
            .build(),
        Criterion.builder().id("quick-wins").name("Scope of short-term interventions to achieve quick wins")
            .scale(Scale.SELECTION)
            .description("Scope for short-term interventions, preferably private sector-driven, to achieve quick wins. "
                + "This criterion captures interventions identified by value chain actors/stakeholders that can be "
                + "implemented immediately and have the potential to improve business performance or the performance "
                + "of the value chain in the short term.")
            .build(),
        Criterion.builder().id("private-sector-leadership")
            .name("Willingness of private sector actors to steer, invest and develop initiatives")
            .scale(Scale.SELECTION)
            .description("This criterion indicates the (potential) presence of a private sector leader, preferably close "
                + "to the end market, who has a clear vision of how to upgrade/improve the overall value chain or the "
                + "sub-sector. This upgrading vision should benefit all value chain actors, so the private sector leader "
                + "should be willing to invest in a way that looks beyond the performance of his/her own enterprise.")
            .build(),
        Criterion.builder().id("creative-interventions")
            .name("Potential interventions in the value chain are creative and profitable")
            .scale(Scale.SELECTION)
            .description("This criterion captures potential interventions that address constraints or explore "
                + "opportunities, such that the dynamics of the value chain can be modified by new or different ways of "
                + "doing things from the perspective of a particular group, organization, business or context.")
            .build(),
        Criterion.builder().id("critical-mass").name("Critical mass of actors to establish an MSP")
            .scale(Scale.SELECTION)
            .description("Critical mass of actors to establish effective multi-stakeholder platforms, with different "
                + "categories represented and potential for ownership. This criterion indicates the presence of "
                + "stakeholders at all functional levels in the value chain, including service/input providers and "
                + "enabling private and public institutions, who as a group can steer value chain development.")
            .build());
  }

  /**
   * The Annex 1 pre-identification sheet for farmer groups, on the
   * {@linkplain Scale#LOW_MEDIUM_HIGH L/M/H scale}.
   */
  public static ImmutableList<Criterion> preIdentification() {
    return ImmutableList.of(
        Criterion.of("Number of producers active in the area", Scale.LOW_MEDIUM_HIGH),
        Criterion.of("Local consumption level", Scale.LOW_MEDIUM_HIGH),
        Criterion.of("Ease of access to markets", Scale.LOW_MEDIUM_HIGH),
        Criterion.of("Existing potential income generation", Scale.LOW_MEDIUM_HIGH));
  }
}
