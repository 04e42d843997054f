package org.agricluster.strategy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.agricluster.actor.Actor;
import org.agricluster.internal.Check;
import org.agricluster.internal.Words;
import org.immutables.value.Value;

/**
 * A semi-structured interview of one actor with an Annex 2 guide (CHAIN guide §5.1 "interview"):
 * the answers recorded against the guide's question numbers.
 *
 * <pre>{@code
 * Interview panha = Interview.builder(panhaActor, LocalDate.of(2018, 9, 12))
 *     .answer(1, "cucumber, luffa gourd, long bean, mustard greens").answer(3, "about 500 kg a day").build();
 * panha.guide();        // TRADERS, from his primary role
 * panha.unanswered();   // the question numbers still open
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class Interview {
  Interview() {}

  /** A builder for an interview of an actor on a date, with the guide for the actor's primary role. */
  public static Builder builder(Actor actor, LocalDate date) {
    return new Builder().actor(actor).date(date).guide(InterviewGuide.forActor(actor));
  }

  /** Who was interviewed. */
  public abstract Actor actor();

  /** When. */
  public abstract LocalDate date();

  /** The guide used. */
  public abstract InterviewGuide guide();

  /** The answers by question number (from 1). */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<Integer, String> answers();

  /**
   * Validates the interview however it is made.
   *
   * @throws IllegalArgumentException if a question number is not in the guide or an answer is blank
   */
  @Value.Check
  void check() {
    for (Map.Entry<Integer, String> a : answers().entrySet()) {
      guide().question(a.getKey());
      Check.text(a.getValue(), "Answer to question " + a.getKey() + " of the interview of " + actor().name());
    }
  }

  /** The answer to question {@code number}, if recorded. */
  public Optional<String> answer(int number) {
    guide().question(number);
    return Optional.ofNullable(answers().get(number));
  }

  /** The question numbers of the guide not yet answered, in order. */
  public ImmutableList<Integer> unanswered() {
    return IntStream.rangeClosed(1, guide().questions().size()).filter(n -> !answers().containsKey(n)).boxed()
        .collect(ImmutableList.toImmutableList());
  }

  /** {@code Interview{Mr Panha 2018-09-12, traders guide, 4 of 25 questions answered}}. */
  @Override
  public String toString() {
    return "Interview{" + actor().name() + " " + date() + ", " + guide().audience() + " guide, " + answers().size() + " of "
        + Words.count(guide().questions().size(), "question") + " answered}";
  }

  /** Builds an {@link Interview}: {@code answer(n, text)} records an answer. */
  public static final class Builder extends ImmutableInterview.Builder {
    Builder() {}

    /** Records the answer to question {@code number}. */
    public Builder answer(int number, String text) {
      putAnswer(number, text);
      return this;
    }
  }
}
