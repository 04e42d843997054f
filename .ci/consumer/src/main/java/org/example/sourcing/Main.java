package org.example.sourcing;

import static org.agricluster.measure.CurrencyUnit.KHR;

import org.agricluster.measure.Area;
import org.agricluster.measure.Money;
import org.agricluster.report.ScoringTables;
import org.agricluster.scoring.CriteriaTemplates;
import org.agricluster.scoring.CutOff;
import org.agricluster.scoring.Scorecard;

/** What a user's program does with the library: a ranked table and a figure per hectare. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Scorecard card = Scorecard.builder().criteria(CriteriaTemplates.preAssessment())
        .scores("Kaphon", 3, 3, 2).scores("Katout", 2, 3, 2).scores("Badeum", 0, 1, 1).build();
    System.out.println(ScoringTables.ranking(card.ranking()).toText());
    System.out.println(card.ranking().top(2, CutOff.INCLUDE_TIES).statement());
    System.out.println(Money.of(KHR, 3_000_000).dividedBy(Area.ofSquareMetres(2000)).amountPerHectare());
    System.out.println("Running on the module path: " + Main.class.getModule().getName() + " reads "
        + Scorecard.class.getModule().getName());
  }
}
