package org.agricluster.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agricluster.scoring.Candidate;
import org.agricluster.scoring.Criterion;
import org.agricluster.scoring.Scale;
import org.agricluster.scoring.Scorecard;
import org.agricluster.scoring.Scorer;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scales, criteria and scorecards. Scores are written in long form, one object per scorer ×
 * candidate × criterion, naming the scorer and the candidate by name and the criterion by id; a
 * whole score is a JSON integer, a score with decimals (on a scale that admits them) an exact
 * decimal string.
 */
final class ScoringJson {
  private ScoringJson() {}

  static ObjectNode scale(Scale scale) {
    ObjectNode o = Out.object();
    o.put("name", scale.name());
    o.put("min", scale.min());
    o.put("max", scale.max());
    o.set("labels", Out.strings(scale.labels()));
    List<String> codes = new ArrayList<>();
    for (int v = scale.min(); v <= scale.max(); v++) {
      scale.code(v).ifPresent(codes::add);
    }
    o.set("codes", Out.strings(codes));
    if (scale.decimals() > 0) {
      o.put("decimals", scale.decimals());
    }
    return o;
  }

  static Scale scale(In in) {
    String name = in.field("name").string();
    int min = in.field("min").integer(Scale.MIN_VALUE, Scale.MAX_VALUE);
    int max = in.field("max").integer(Scale.MIN_VALUE, Scale.MAX_VALUE);
    List<String> labels = in.field("labels").list(In::string);
    List<String> codes = in.field("codes").list(In::string);
    int decimals = in.optional("decimals").map(d -> d.integer(0, Scale.MAX_DECIMALS)).orElse(0);
    in.end();
    Scale scale = in.as(x -> Scale.labelled(name, min, labels, codes).withDecimals(decimals));
    if (scale.max() != max) {
      throw in.refusal("must have one label per value from min " + min + " to max " + max + " but has " + labels.size());
    }
    return scale;
  }

  static ObjectNode criterion(Criterion criterion) {
    ObjectNode o = Out.object();
    o.put("id", criterion.id());
    o.put("name", criterion.name());
    o.put("description", criterion.description());
    o.set("scale", scale(criterion.scale()));
    criterion.weight().ifPresent(w -> o.put("weight", Out.decimal(w)));
    criterion.group().ifPresent(g -> o.put("group", g));
    return o;
  }

  static Criterion criterion(In in) {
    Criterion.Builder b = Criterion.builder();
    b.id(in.field("id").string());
    b.name(in.field("name").string());
    b.description(in.field("description").string());
    b.scale(in.field("scale").as(ScoringJson::scale));
    in.optional("weight").ifPresent(w -> b.weight(w.decimal()));
    in.optional("group").ifPresent(g -> b.group(g.string()));
    in.end();
    return in.as(x -> b.build());
  }

  static ObjectNode scorecard(Scorecard card) {
    ObjectNode o = Out.object();
    o.set("criteria", Out.array(card.criteria(), ScoringJson::criterion));
    o.set("candidates", Out.array(card.candidates(), c -> {
      ObjectNode n = Out.object();
      n.put("name", c.name());
      n.put("description", c.description());
      return n;
    }));
    o.set("scorers", Out.array(card.scorers(), s -> {
      ObjectNode n = Out.object();
      n.put("name", s.name());
      n.put("category", s.category());
      return n;
    }));
    ArrayNode scores = JsonNodeFactory.instance.arrayNode();
    for (Scorer scorer : card.scorers()) {
      for (Candidate candidate : card.candidates()) {
        for (Criterion criterion : card.criteria()) {
          Optional<BigDecimal> score = card.score(scorer, candidate, criterion);
          if (score.isPresent()) {
            ObjectNode n = Out.object();
            n.put("scorer", scorer.name());
            n.put("candidate", candidate.name());
            n.put("criterion", criterion.id());
            if (score.get().scale() == 0) {
              n.put("value", score.get().intValueExact());
            } else {
              n.put("value", Out.decimal(score.get()));
            }
            scores.add(n);
          }
        }
      }
    }
    o.set("scores", scores);
    return o;
  }

  static Scorecard scorecard(In in) {
    Scorecard.Builder b = Scorecard.builder();
    List<Criterion> criteria = in.field("criteria").list(ScoringJson::criterion);
    in.as(x -> b.criteria(criteria));
    List<Candidate> candidates = in.field("candidates").list(c -> {
      String name = c.field("name").string();
      String description = c.field("description").string();
      c.end();
      return c.as(x -> Candidate.of(name, description));
    });
    in.as(x -> b.candidates(candidates));
    Map<String, Scorer> scorers = new HashMap<>();
    List<Scorer> listed = in.field("scorers").list(s -> {
      String name = s.field("name").string();
      String category = s.field("category").string();
      s.end();
      Scorer scorer = s.as(x -> Scorer.of(name, category));
      if (scorers.putIfAbsent(scorer.name(), scorer) != null) {
        throw s.refusal("must name each scorer once but names '" + scorer.name() + "' twice");
      }
      return scorer;
    });
    Map<String, Candidate> byName = new HashMap<>();
    candidates.forEach(c -> byName.put(c.name(), c));
    Map<String, Criterion> byId = new HashMap<>();
    criteria.forEach(c -> byId.put(c.id(), c));
    in.field("scores").list(s -> {
      Scorer scorer = reference(s.field("scorer"), scorers, "scorer");
      Candidate candidate = reference(s.field("candidate"), byName, "candidate");
      Criterion criterion = reference(s.field("criterion"), byId, "criterion");
      In v = s.field("value");
      BigDecimal value = v.isNumber() ? BigDecimal.valueOf(v.integer(Scale.MIN_VALUE, Scale.MAX_VALUE)) : v.decimal();
      s.end();
      return s.as(x -> b.score(scorer, candidate, criterion, value));
    });
    in.end();
    Scorecard card = in.as(x -> b.build());
    if (!card.scorers().equals(listed)) {
      throw in.refusal("must list exactly the scorers who gave a score, in the order of their first score: "
          + card.scorers().stream().map(Scorer::name).toList() + ", but lists " + listed.stream().map(Scorer::name).toList());
    }
    return card;
  }

  private static <T> T reference(In in, Map<String, T> known, String what) {
    String key = in.string();
    T value = known.get(key);
    if (value == null) {
      throw in.refusal("must name a " + what + " of the scorecard but was '" + (key.length() > 200 ? key.substring(0, 200) + "…" : key)
          + "'");
    }
    return value;
  }
}
