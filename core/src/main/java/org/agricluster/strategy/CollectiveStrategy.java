package org.agricluster.strategy;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cluster's collective business strategy agreed at the MSP (CHAIN §5.3 step 12): a vision,
 * the problem and solution statements, short-term strategic priorities, and the production,
 * marketing and support strategies as lists of {@link Commitment}s, with the guide's step-12
 * questions each answered or marked open.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CollectiveStrategy {
  /** The questions of CHAIN §5.3 step 12 and Annex 6, to be answered or left open. */
  public static final ImmutableList<String> QUESTIONS = ImmutableList.of(
      "Production: which products, which quality, how much, where, when, with which inputs and equipment, under whose coordination?",
      "Marketing: who will buy, how much, at which price, where, when and under which conditions?",
      "Marketing: what is the final destination of the products (local, provincial, national or international; rural or urban)?",
      "Support: who will provide what support to whom (training, exposure visits, meetings, follow-up)?");

  private final String vision;
  private final String problem;
  private final String solution;
  private final ImmutableList<String> priorities;
  private final ImmutableList<Commitment> production;
  private final ImmutableList<Commitment> marketing;
  private final ImmutableList<Commitment> support;
  private final ImmutableMap<String, String> answers;

  private CollectiveStrategy(Builder b) {
    this.vision = b.vision;
    this.problem = b.problem;
    this.solution = b.solution;
    this.priorities = ImmutableList.copyOf(b.priorities);
    this.production = ImmutableList.copyOf(b.production);
    this.marketing = ImmutableList.copyOf(b.marketing);
    this.support = ImmutableList.copyOf(b.support);
    this.answers = ImmutableMap.copyOf(b.answers);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The cluster's vision. */
  public String vision() {
    return vision;
  }

  /** The problem statement. */
  public String problem() {
    return problem;
  }

  /** The solution statement. */
  public String solution() {
    return solution;
  }

  /** The short-term strategic priorities. */
  public ImmutableList<String> priorities() {
    return priorities;
  }

  /** The production strategy. */
  public ImmutableList<Commitment> production() {
    return production;
  }

  /** The marketing strategy. */
  public ImmutableList<Commitment> marketing() {
    return marketing;
  }

  /** The support strategy. */
  public ImmutableList<Commitment> support() {
    return support;
  }

  /** The answer to one of {@link #QUESTIONS}; empty while it is open. */
  public Optional<String> answer(String question) {
    return Optional.ofNullable(answers.get(notNull(question, "question")));
  }

  /** The questions still open. */
  public ImmutableList<String> openQuestions() {
    return QUESTIONS.stream().filter(q -> !answers.containsKey(q)).collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "CollectiveStrategy{vision=" + vision + ", " + production.size() + " production, " + marketing.size()
        + " marketing, " + support.size() + " support commitments, " + openQuestions().size() + " open questions}";
  }

  /** Builds a {@link CollectiveStrategy}. */
  public static final class Builder {
    private String vision = "";
    private String problem = "";
    private String solution = "";
    private final List<String> priorities = new ArrayList<>();
    private final List<Commitment> production = new ArrayList<>();
    private final List<Commitment> marketing = new ArrayList<>();
    private final List<Commitment> support = new ArrayList<>();
    private final Map<String, String> answers = new LinkedHashMap<>();

    private Builder() {}

    /** The vision. */
    public Builder vision(String text) {
      this.vision = notNull(text, "text");
      return this;
    }

    /** The problem statement. */
    public Builder problem(String text) {
      this.problem = notNull(text, "text");
      return this;
    }

    /** The solution statement. */
    public Builder solution(String text) {
      this.solution = notNull(text, "text");
      return this;
    }

    /** Adds a short-term priority. */
    public Builder priority(String text) {
      priorities.add(notNull(text, "text"));
      return this;
    }

    /** Adds a production commitment. */
    public Builder production(Commitment c) {
      production.add(notNull(c, "c"));
      return this;
    }

    /** Adds a marketing commitment. */
    public Builder marketing(Commitment c) {
      marketing.add(notNull(c, "c"));
      return this;
    }

    /** Adds a support commitment. */
    public Builder support(Commitment c) {
      support.add(notNull(c, "c"));
      return this;
    }

    /**
     * Answers one of {@link CollectiveStrategy#QUESTIONS}.
     *
     * @throws IllegalArgumentException if the question is not one of them
     */
    public Builder answer(String question, String answer) {
      notNull(question, "question");
      notNull(answer, "answer");
      if (!QUESTIONS.contains(question)) {
        throw org.agricluster.internal.Check.refusal("Question", "one of CollectiveStrategy.QUESTIONS", "'" + question + "'");
      }
      answers.put(question, answer);
      return this;
    }

    /** Builds the strategy. */
    public CollectiveStrategy build() {
      return new CollectiveStrategy(this);
    }
  }
}
