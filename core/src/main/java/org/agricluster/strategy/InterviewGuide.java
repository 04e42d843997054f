package org.agricluster.strategy;

import com.google.common.collect.ImmutableList;
import org.agricluster.actor.Actor;
import org.agricluster.actor.ChainFunction;
import org.agricluster.actor.Role;

/**
 * The guiding questions of the CHAIN guide, Annex 2, as interview templates per kind of actor,
 * numbered from 1 in the guide's order (the input suppliers' and service providers' unnumbered
 * follow-up questions take the next numbers).
 */
public enum InterviewGuide {
  /** Wholesalers, traders and processors: 25 questions. */
  TRADERS("wholesalers, traders and processors", ImmutableList.of(
      "What are the main products you are interested in?",
      "Specify the quality you are interested in.",
      "What is the amount/volume of each specific product that you aim to sell?",
      "When/how often do you need these products?",
      "Can you tell us about the seasonality of demand-supply conditions? (periods of lower/higher demand, periods of lower/higher supply)",
      "Can you tell us about price fluctuations? (periods with lower/higher prices)",
      "What geographical area of production do you think is suitable for sourcing and transportation?",
      "Are you already working with groups of farmers? If not, would you be interested in working more closely with farmers? If yes, please explain (where, how, how much, how often, whether you're satisfied).",
      "What arrangements do you have with your current suppliers?",
      "What problems do you face with your current suppliers?",
      "What requirements do you have for new suppliers?",
      "Are you part of a network of wholesalers? If so, why is the network important to you?",
      "Are you already linked to credit/loan institutions and other financial services?",
      "Based on your experience and market demand, is there any specific market segment that you see as having potential for expansion?",
      "Where and to whom do you sell (market name and type, number of buyers, quantities, etc.)?",
      "For each buyer type, how is the price of your goods determined?",
      "What are your sales volumes per buyer type? (per year / month / season)",
      "Compared to last year, have sales volumes increased? Please give a separate answer for each buyer type.",
      "How do you expect the market to develop in the next three years? What would make you invest in the value chain?",
      "If demand is strong, what is preventing buyers from buying more or giving a better price?",
      "What do you do to promote your products?",
      "Do you have problems selling your products? If so, which ones? What do you suggest to minimize these problems?",
      "What do you see as opportunities to create more value in the value chain in terms of potential market segments, quality, or other considerations?",
      "What are the key opportunities and constraints in wholesale?",
      "What solutions can you propose to address constraints and enable access to opportunities?")),
  /** Producers (farmer group business and production plan): 13 questions. */
  PRODUCERS("producers", ImmutableList.of(
      "Which products do you have for sale? In what quantities?",
      "Which interventions would make you increase your commercial production?",
      "What are your immediate requirements to improve production?",
      "Are you cooperating with other farmers in the area? If yes, for what purpose?",
      "Are you cooperating with specific input suppliers, collectors, traders or buyers? If so, can you share their names?",
      "Do you receive any incentives from other actors?",
      "Do you do anything to your product before selling it?",
      "Can you tell us about the seasonality of demand-supply conditions? (periods of lower/higher demand, periods of lower/higher supply)",
      "Do you see any potential for expansion in a specific market segment?",
      "What would make you invest in this value chain?",
      "Do you have any plans to upgrade your business? If so, how?",
      "Can you tell us about price fluctuations? (periods with lower/higher prices)",
      "What are common constraints you see in production and marketing? What solutions can you propose to address these constraints?")),
  /** Input suppliers: 12 questions. */
  INPUT_SUPPLIERS("input suppliers", ImmutableList.of(
      "What are the main inputs you sell? In what quantities?",
      "What is the amount/volume per specific product you are selling?",
      "Are you already providing inputs to farmers?",
      "If yes, please explain (where, how, how much, how often, whether you are satisfied).",
      "If yes, what kind of arrangements do you have with these farmers?",
      "Do you have a network of input providers in the area?",
      "Are you selling on credit?",
      "Are you already linked to certain traders or wholesalers to provide inputs to farmers? If so, who?",
      "What would make you invest in the value chain?",
      "What do you see as opportunities to create more value in the value chain?",
      "What are the key opportunities and constraints in the input supply?",
      "What solutions can you propose to address constraints and enable access to opportunities?")),
  /** Service providers: 12 questions. */
  SERVICE_PROVIDERS("service providers", ImmutableList.of(
      "What are the main services you provide?",
      "How often do you provide each service?",
      "Are you already providing services to farmers?",
      "If yes, please explain (where, how, how much, how often, whether you are satisfied).",
      "If yes, what kind of arrangements do you have with these farmers?",
      "Do you have a network of service providers in the area?",
      "Are you selling on credit?",
      "Are you already linked to certain traders or wholesalers in providing services to farmers? If so, who?",
      "What would make you invest in the value chain?",
      "What do you see as opportunities to create more value in the value chain?",
      "What are the key opportunities and constraints in service provision?",
      "What solutions can you propose to address constraints and enable access to opportunities?"));

  private final String audience;
  private final ImmutableList<String> questions;

  InterviewGuide(String audience, ImmutableList<String> questions) {
    this.audience = audience;
    this.questions = questions;
  }

  /** Whom the guide is for: {@code wholesalers, traders and processors}. */
  public String audience() {
    return audience;
  }

  /** The questions, question 1 first. */
  public ImmutableList<String> questions() {
    return questions;
  }

  /**
   * Question {@code number}, counted from 1.
   *
   * @throws IllegalArgumentException if there is no such question
   */
  public String question(int number) {
    if (number < 1 || number > questions.size()) {
      throw org.agricluster.internal.Check.refusal("Question number of the guide for " + audience, "1.." + questions.size(),
          number);
    }
    return questions.get(number - 1);
  }

  /**
   * The guide for an actor, by its primary role: input suppliers and seed companies get {@link
   * #INPUT_SUPPLIERS}, other production actors {@link #PRODUCERS}, marketing actors {@link #TRADERS},
   * supporters and enablers {@link #SERVICE_PROVIDERS}.
   */
  public static InterviewGuide forActor(Actor actor) {
    Role role = org.agricluster.internal.Check.notNull(actor, "actor").primaryRole();
    if (role == Role.INPUT_SUPPLIER || role == Role.SEED_COMPANY) {
      return INPUT_SUPPLIERS;
    }
    ChainFunction function = role.function();
    return function == ChainFunction.PRODUCTION ? PRODUCERS : function == ChainFunction.MARKETING ? TRADERS : SERVICE_PROVIDERS;
  }
}
