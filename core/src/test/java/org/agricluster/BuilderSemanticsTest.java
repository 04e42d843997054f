package org.agricluster;

import static org.agricluster.PropertyTests.qt;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.agricluster.actor.Actor;
import org.agricluster.actor.Role;
import org.agricluster.cluster.Cluster;
import org.agricluster.cluster.GroupStage;
import org.agricluster.cluster.ProducerGroup;
import org.agricluster.economics.CostCategory;
import org.agricluster.economics.CostLine;
import org.agricluster.economics.CropBudget;
import org.agricluster.measure.Area;
import org.agricluster.measure.CurrencyUnit;
import org.agricluster.measure.Money;
import org.agricluster.strategy.Meeting;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Builders mean one thing everywhere: {@code x(list)} replaces what was there, {@code addX} adds.
 * So giving the same list twice is the same as giving it once, and adding one by one is the same as
 * giving the list.
 */
class BuilderSemanticsTest {
  private static final LocalDate DAY = LocalDate.of(2024, 1, 15);

  private static List<Actor> farmers(int n, String prefix) {
    List<Actor> farmers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      farmers.add(Actor.of(prefix + i, "Farmer " + prefix + i, Role.FARMER));
    }
    return farmers;
  }

  @Test
  void buildersAreIdempotentInReplaceSemantics_andAddingOneByOneEqualsGivingTheList() {
    qt().forAll(SourceDSL.integers().between(0, 12), SourceDSL.integers().between(0, 12)).checkAssert((n, m) -> {
      List<Actor> first = farmers(m, "x");
      List<Actor> list = farmers(n, "f");
      ProducerGroup.Builder added = ProducerGroup.builder("PG", "g").addStage(GroupStage.FORMING, DAY);
      list.forEach(added::addMember);
      ProducerGroup once = ProducerGroup.builder("PG", "g").members(list).addStage(GroupStage.FORMING, DAY).build();
      assertThat(ProducerGroup.builder("PG", "g").members(first).members(list).members(list)
          .addStage(GroupStage.FORMING, DAY).build()).isEqualTo(once).isEqualTo(added.build());

      Cluster cluster = Cluster.builder("c", "rice").directActors(list).build();
      assertThat(Cluster.builder("c", "rice").directActors(first).directActors(list).build()).isEqualTo(cluster);

      List<CostLine> costs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        costs.add(CostLine.lumpSum(CostCategory.SEED, "seed " + i, Money.of(CurrencyUnit.KHR, 1_000L * (i + 1))));
      }
      CropBudget budget = CropBudget.builder("rice", Area.ofSquareMetres(100)).currency(CurrencyUnit.KHR).costs(costs).build();
      assertThat(CropBudget.builder("rice", Area.ofSquareMetres(100)).currency(CurrencyUnit.KHR).costs(costs).costs(costs)
          .build()).isEqualTo(budget);
      CropBudget.Builder one = CropBudget.builder("rice", Area.ofSquareMetres(100)).currency(CurrencyUnit.KHR);
      costs.forEach(one::addCost);
      assertThat(one.build()).isEqualTo(budget);

      Meeting meeting = Meeting.builder(DAY, "hall").attendees(list).build();
      assertThat(Meeting.builder(DAY, "hall").attendees(first).attendees(list).build()).isEqualTo(meeting);
    });
  }
}
