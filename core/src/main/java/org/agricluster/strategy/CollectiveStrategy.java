package org.agricluster.strategy;

import static org.agricluster.internal.Check.notNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.agricluster.internal.Check;
import org.immutables.value.Value;

/**
 * The cluster's collective business strategy agreed at the MSP (CHAIN guide §5.3 step 12): a
 * vision, the problem and solution statements, short-term strategic priorities, and the production,
 * marketing and support strategies as lists of {@link Commitment}s, with the guide's step-12
 * questions each answered or left open.
 *
 * <pre>{@code
 * CollectiveStrategy.builder().vision("Sesan supplies its own markets all year.")
 *     .addPriority("Supply 150 kg of leafy vegetables a day from April")
 *     .addMarketing(Commitment.of(panha, "collect all leafy vegetables daily"))
 *     .answer(CollectiveStrategy.QUESTIONS.get(1), "Mr Panha buys daily at market price + 500 riel/kg.")
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; two strategies are equal when every part is.
 */
public abstract class CollectiveStrategy {
  /** The questions of CHAIN guide §5.3 step 12 and Annex 6, to be answered or left open. */
  public static final ImmutableList<String> QUESTIONS = ImmutableList.of(
      "Production: which products, which quality, how much, where, when, with which inputs and equipment, under whose coordination?",
      "Marketing: who will buy, how much, at which price, where, when and under which conditions?",
      "Marketing: what is the final destination of the products (local, provincial, national or international; rural or urban)?",
      "Support: who will provide what support to whom (training, exposure visits, meetings, follow-up)?");

  CollectiveStrategy() {}

  /** A builder; every part is optional, a text part empty until given. */
  public static Builder builder() {
    return new Builder();
  }

  /** The cluster's vision. */
  @Value.Default
  public String vision() {
    return "";
  }

  /** The problem statement. */
  @Value.Default
  public String problem() {
    return "";
  }

  /** The solution statement. */
  @Value.Default
  public String solution() {
    return "";
  }

  /** The short-term strategic priorities. */
  public abstract ImmutableList<String> priorities();

  /** The production strategy. */
  public abstract ImmutableList<Commitment> production();

  /** The marketing strategy. */
  public abstract ImmutableList<Commitment> marketing();

  /** The support strategy. */
  public abstract ImmutableList<Commitment> support();

  /** The answers given, each keyed by one of {@link #QUESTIONS}. */
  public abstract ImmutableMap<String, String> answers();

  @Value.Check
  void check() {
    for (String question : answers().keySet()) {
      if (!QUESTIONS.contains(question)) {
        throw Check.refusal("Question", "one of CollectiveStrategy.QUESTIONS", Check.quoted(question));
      }
    }
  }

  /** The answer to one of {@link #QUESTIONS}; empty while it is open. */
  public Optional<String> answer(String question) {
    return Optional.ofNullable(answers().get(notNull(question, "question")));
  }

  /** The questions still open. */
  public ImmutableList<String> openQuestions() {
    return QUESTIONS.stream().filter(q -> !answers().containsKey(q)).collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "CollectiveStrategy{vision=" + vision() + ", " + production().size() + " production, " + marketing().size()
        + " marketing, " + support().size() + " support commitments, " + openQuestions().size() + " open questions}";
  }

  /**
   * Builds a {@link CollectiveStrategy}: {@code addPriority}, {@code addProduction}, {@code
   * addMarketing} and {@code addSupport} add one line each; {@link #answer} answers a question.
   */
  public static final class Builder extends ImmutableCollectiveStrategy.Builder {
    Builder() {}

    /**
     * Answers one of {@link CollectiveStrategy#QUESTIONS}.
     *
     * @throws IllegalArgumentException if the question is not one of them
     */
    public Builder answer(String question, String answer) {
      notNull(question, "question");
      notNull(answer, "answer");
      if (!QUESTIONS.contains(question)) {
        throw Check.refusal("Question", "one of CollectiveStrategy.QUESTIONS", Check.quoted(question));
      }
      putAnswer(question, answer);
      return this;
    }
  }
}
