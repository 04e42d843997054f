package org.agricluster.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Shared QuickTheories generators for scorecards. */
final class ScoringGenerators {
  private ScoringGenerators() {}

  /** The shape and the raw scores of a scorecard, so that it can be rebuilt in any order. */
  record Spec(Scale scale, int scorers, int candidates, int criteria, List<Integer> values) {
    int value(int scorer, int candidate, int criterion) {
      return values.get((scorer * candidates + candidate) * criteria + criterion);
    }

    /** The score a generated number picks, as {@code raisingOneScoreNeverLowersThatCandidatesRank} picks it. */
    int value(int pick) {
      return value(Math.floorMod(pick, scorers), Math.floorMod(pick / 7, candidates), Math.floorMod(pick / 61, criteria));
    }

    Spec with(int scorer, int candidate, int criterion, int value) {
      List<Integer> copy = new ArrayList<>(values);
      copy.set((scorer * candidates + candidate) * criteria + criterion, value);
      return new Spec(scale, scorers, candidates, criteria, copy);
    }

    Candidate candidate(int i) {
      return Candidate.of("Area " + (i + 1));
    }

    Criterion criterion(int k) {
      return Criterion.of("criterion " + (k + 1), scale);
    }

    Scorer scorer(int s) {
      return Scorer.of("scorer " + (s + 1), "category " + (s % 2 + 1));
    }

    Scorecard build() {
      return build(new Random(0), false);
    }

    /** Builds the scorecard, entering candidates, criteria and scorers in a shuffled order if asked. */
    Scorecard build(Random random, boolean shuffle) {
      List<Integer> cand = range(candidates);
      List<Integer> crit = range(criteria);
      List<Integer> scor = range(scorers);
      if (shuffle) {
        Collections.shuffle(cand, random);
        Collections.shuffle(crit, random);
        Collections.shuffle(scor, random);
      }
      Scorecard.Builder builder = Scorecard.builder();
      crit.forEach(k -> builder.criterion(criterion(k)));
      for (int s : scor) {
        for (int c : cand) {
          for (int k : crit) {
            builder.score(scorer(s), candidate(c), criterion(k), value(s, c, k));
          }
        }
      }
      return builder.build();
    }

    private static List<Integer> range(int n) {
      List<Integer> list = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        list.add(i);
      }
      return list;
    }
  }

  static Gen<Scale> smallScales() {
    return Generate.pick(List.of(Scale.POTENTIAL, Scale.SELECTION, Scale.LOW_MEDIUM_HIGH));
  }

  /** Scorecards of 1–3 scorers, 1–8 candidates and 1–5 criteria on one small scale, fully scored. */
  static Gen<Spec> specs() {
    return specs(1, 3);
  }

  /** Scorecards of one scorer, 1–8 candidates and 1–5 criteria on one small scale, fully scored. */
  static Gen<Spec> singleScorerSpecs() {
    return specs(1, 1);
  }

  private static Gen<Spec> specs(int minScorers, int maxScorers) {
    return smallScales().zip(SourceDSL.integers().between(minScorers, maxScorers), SourceDSL.integers().between(1, 8),
        SourceDSL.integers().between(1, 5), (scale, s, c, k) -> new int[] {scale.min(), scale.max(), s, c, k, indexOf(scale)})
        .flatMap(shape -> SourceDSL.lists().of(SourceDSL.integers().between(shape[0], shape[1]))
            .ofSize(shape[2] * shape[3] * shape[4])
            .map(values -> new Spec(scaleAt(shape[5]), shape[2], shape[3], shape[4], values)));
  }

  private static int indexOf(Scale scale) {
    return scale.equals(Scale.POTENTIAL) ? 0 : scale.equals(Scale.SELECTION) ? 1 : 2;
  }

  private static Scale scaleAt(int index) {
    return List.of(Scale.POTENTIAL, Scale.SELECTION, Scale.LOW_MEDIUM_HIGH).get(index);
  }
}
