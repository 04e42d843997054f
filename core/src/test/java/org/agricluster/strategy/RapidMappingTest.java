package org.agricluster.strategy;

import static org.agricluster.strategy.StrategyFixtures.DAY;
import static org.agricluster.strategy.StrategyFixtures.EXTENSION;
import static org.agricluster.strategy.StrategyFixtures.SUPPLIER;
import static org.agricluster.strategy.StrategyFixtures.TRADER;
import static org.agricluster.strategy.StrategyFixtures.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.agricluster.actor.Actor;
import org.agricluster.actor.Role;
import org.agricluster.measure.Mass;
import org.agricluster.scoring.Candidate;
import org.agricluster.scoring.CriteriaTemplates;
import org.agricluster.scoring.CutOff;
import org.agricluster.scoring.Scorecard;
import org.junit.jupiter.api.Test;

class RapidMappingTest {

  @Test
  void annex2Guides_haveTheGuidesQuestions_andAreChosenByRole() {
    assertThat(InterviewGuide.TRADERS.questions()).hasSize(25);
    assertThat(InterviewGuide.PRODUCERS.questions()).hasSize(13);
    assertThat(InterviewGuide.INPUT_SUPPLIERS.questions()).hasSize(12);
    assertThat(InterviewGuide.SERVICE_PROVIDERS.questions()).hasSize(12);
    assertThat(InterviewGuide.TRADERS.question(3)).isEqualTo("What is the amount/volume of each specific product that you aim to sell?");
    assertThat(InterviewGuide.forActor(TRADER)).isEqualTo(InterviewGuide.TRADERS);
    assertThat(InterviewGuide.forActor(SUPPLIER)).isEqualTo(InterviewGuide.INPUT_SUPPLIERS);
    assertThat(InterviewGuide.forActor(Actor.of("s", "Seed co", Role.SEED_COMPANY))).isEqualTo(InterviewGuide.INPUT_SUPPLIERS);
    assertThat(InterviewGuide.forActor(Actor.of("f", "Farmer", Role.FARMER))).isEqualTo(InterviewGuide.PRODUCERS);
    assertThat(InterviewGuide.forActor(EXTENSION)).isEqualTo(InterviewGuide.SERVICE_PROVIDERS);
    assertThatThrownBy(() -> InterviewGuide.TRADERS.question(26)).hasMessage(
        "Question number of the guide for wholesalers, traders and processors must be 1..25 but was 26");
  }

  @Test
  void anInterview_recordsAnswersAgainstTheGuide_andRefusesQuestionsItHasNot() {
    Interview i = Interview.builder(TRADER, DAY).answer(3, "500 kg a day").answer(1, "cucumber").build();
    assertThat(i.guide()).isEqualTo(InterviewGuide.TRADERS);
    assertThat(i.answers().keySet()).containsExactly(1, 3);
    assertThat(i.answer(3)).contains("500 kg a day");
    assertThat(i.answer(2)).isEmpty();
    assertThat(i.unanswered()).hasSize(23).startsWith(2, 4);
    assertThat(i).hasToString("Interview{Mr Panha 2018-09-11, wholesalers, traders and processors guide, 2 of 25 questions answered}");
    assertThatThrownBy(() -> Interview.builder(TRADER, DAY).answer(0, "x").build()).hasMessageContaining("must be 1..25 but was 0");
    assertThatThrownBy(() -> Interview.builder(TRADER, DAY).answer(2, " ").build())
        .hasMessage("Answer to question 2 of the interview of Mr Panha must be not blank but was ' '");
  }

  @Test
  void aFieldVisit_interviewsOnlyWhomItMet_onItsDay() {
    Interview i = Interview.builder(TRADER, DAY).answer(1, "cucumber").build();
    assertThatThrownBy(() -> FieldVisit.builder(DAY, "market", MappingActivity.INTERVIEW).addInterviews(i).build())
        .hasMessage("Interview on the field visit of 2018-09-11 must be of someone met on the visit but was Mr Panha");
    assertThatThrownBy(() -> FieldVisit.builder(DAY.plusDays(1), "market", MappingActivity.INTERVIEW).addMet(TRADER).addInterviews(i)
        .build()).hasMessageContaining("must be 2018-09-12 but was 2018-09-11");
    assertThatThrownBy(() -> FieldVisit.builder(DAY, "market", MappingActivity.DISCUSS).addMet(TRADER, TRADER).build())
        .hasMessageContaining("each listed once");
    assertThatThrownBy(() -> FieldVisit.builder(DAY, "two\nlines", MappingActivity.OBSERVE).build())
        .hasMessageContaining("a single line");
    assertThat(FieldVisit.builder(DAY, "market", MappingActivity.INTERVIEW).addMet(TRADER).addInterviews(i).build())
        .hasToString("FieldVisit{2018-09-11 market, interview, 1 met, 0 findings, 1 interview}");
  }

  @Test
  void profilesAndFlows_areChecked() {
    assertThatThrownBy(() -> ActorProfile.builder(TRADER).addRelationships(TRADER).build())
        .hasMessage("Relationships in the profile of Mr Panha must be other actors but was Mr Panha itself");
    assertThatThrownBy(() -> ProductFlow.of("Mr Panha", "Mr Panha", "vegetables", Mass.ofKilograms(1)))
        .hasMessageContaining("between two different actors");
    assertThatThrownBy(() -> ProductFlow.of("farmers", "Mr Panha", "vegetables", Mass.ZERO))
        .hasMessage("Volume of the flow farmers → Mr Panha must be more than 0 kg a day but was 0 kg");
    RapidMapping m = StrategyFixtures.mapping();
    assertThat(m.profiles().get(0).productsOrCrops()).containsExactly("cucumber", "long bean");
    assertThat(m.profiles().get(0).grossMargin()).isPresent();
    assertThat(m.profiles().get(1).grossMargin()).isPresent();
    assertThat(m.profiles().get(2).grossMargin()).isEmpty();
    assertThat(m.producers()).hasSize(1);
    assertThat(m.traders()).hasSize(1);
    assertThat(m.inputSuppliers()).hasSize(1);
    assertThat(m.supporters()).isEmpty();
  }

  @Test
  void priorityAreas_areTheAssessmentsTopN_underTheCutOffRule() {
    RapidMapping m = StrategyFixtures.mapping();
    assertThat(m.priorityAreas().candidates()).extracting(Candidate::name).containsExactly("Kaphon", "Katout", "Hang Savath",
        "Samkhuoy");
    assertThat(m.priorityAreas()).isEqualTo(m.assessment().ranking().top(4, CutOff.INCLUDE_TIES));
    assertThat(m.interviews()).hasSize(1);
    assertThat(m.validated()).isTrue();
    assertThat(m).hasToString("RapidMapping{Sesan, 5 areas, 4 priority, 3 visits, 3 profiles, 1 flow}");
  }

  @Test
  void aMapping_scoresAtLeastFiveAreasOnZeroToThree_andKeepsUpToFive() {
    Scorecard four = Scorecard.builder().criteria(CriteriaTemplates.preAssessment()).scores("a", 1, 1, 1).scores("b", 1, 1, 1)
        .scores("c", 1, 1, 1).scores("d", 1, 1, 1).build();
    assertThatThrownBy(() -> RapidMapping.builder(ZONE, four.evaluate(), 1).start(DAY).end(DAY).build())
        .hasMessage("Areas scored in the rapid mapping of Sesan must be at least 5 (CHAIN guide §5.1) but was 4");
    Scorecard oneToFive = Scorecard.builder().criteria(CriteriaTemplates.clusterSelection()).scores("a", 1, 1, 1, 1, 1)
        .scores("b", 1, 1, 1, 1, 1).scores("c", 1, 1, 1, 1, 1).scores("d", 1, 1, 1, 1, 1).scores("e", 1, 1, 1, 1, 1).build();
    assertThatThrownBy(() -> RapidMapping.builder(ZONE, oneToFive.evaluate(), 1).start(DAY).end(DAY).build())
        .hasMessageContaining("must be 0–3 (0 none … 3 high potential) but was 1..5");
    assertThatThrownBy(() -> RapidMapping.builder(ZONE, StrategyFixtures.assessment(), 6).start(DAY).end(DAY).build())
        .hasMessage("Number of priority areas must be 1..5 but was 6");
    assertThatThrownBy(() -> RapidMapping.builder(ZONE, StrategyFixtures.assessment(), 0).start(DAY).end(DAY).build())
        .hasMessage("Number of priority areas must be 1..5 but was 0");
    assertThatThrownBy(() -> RapidMapping.builder(ZONE, StrategyFixtures.assessment(), 3).start(DAY).end(DAY.minusDays(1)).build())
        .hasMessageContaining("start on or before end");
    assertThatThrownBy(() -> RapidMapping.builder(ZONE, StrategyFixtures.assessment(), 3).start(DAY).end(DAY)
        .addVisits(FieldVisit.builder(DAY.plusDays(3), "late", MappingActivity.OBSERVE).build()).build())
        .hasMessageContaining("Date of the visit to late must be from 2018-09-11 to 2018-09-11, in date order");
    assertThatThrownBy(() -> RapidMapping.builder(ZONE, StrategyFixtures.assessment(), 3).start(DAY).end(DAY)
        .addProfiles(ActorProfile.builder(TRADER).build(), ActorProfile.builder(TRADER).build()).build())
        .hasMessage("Profiles of the rapid mapping must be one per actor but was Mr Panha twice");
    assertThat(List.of(MappingActivity.values())).extracting(MappingActivity::label)
        .containsExactly("observe", "discuss", "interview", "validate", "follow-up");
  }
}
