package org.agricluster.json;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agricluster.actor.Actor;
import org.agricluster.calendar.DemandCalendar;
import org.agricluster.calendar.IsoWeek;
import org.agricluster.measure.Money;
import org.agricluster.strategy.Action;
import org.agricluster.strategy.ActionStatus;
import org.agricluster.strategy.CollectiveStrategy;
import org.agricluster.strategy.Commitment;
import org.agricluster.strategy.ContractFarmingAgreement;
import org.agricluster.strategy.CoordinationFee;
import org.agricluster.strategy.Direction;
import org.agricluster.strategy.FieldVisit;
import org.agricluster.strategy.Interview;
import org.agricluster.strategy.InterviewGuide;
import org.agricluster.strategy.MappingActivity;
import org.agricluster.strategy.Meeting;
import org.agricluster.strategy.PriceTerms;
import org.agricluster.strategy.ValueProposition;
import org.agricluster.strategy.WorkingFile;
import tools.jackson.databind.node.ObjectNode;

/**
 * A working file on a cluster's strategy. Every actor it mentions is written once in {@code
 * actors}; propositions, commitments, agreements, agenda items' presenters, attendees, actions and
 * visits name them by id. Actions agreed at a meeting are written in full there, as they stood that day.
 */
final class StrategyJson {
  private StrategyJson() {}

  /** The actors of a file, by id, and the reading of a reference to one of them. */
  private record Actors(Map<String, Actor> byId) {
    Actor ref(In in) {
      String id = in.string();
      Actor actor = byId.get(id);
      if (actor == null) {
        throw in.refusal("must be the id of an actor in actors " + (byId.size() <= 12 ? byId.keySet().toString()
            : "(" + byId.size() + " of them)") + " but was '" + id + "'");
      }
      return actor;
    }
  }

  static ObjectNode file(WorkingFile file) {
    ObjectNode o = Out.object();
    o.set("actors", Out.array(file.actors(), ActorJson::actor));
    o.put("rationale", file.rationale());
    o.set("propositions", Out.array(file.propositions(), StrategyJson::proposition));
    o.set("strategy", strategy(file.strategy()));
    o.set("agreements", Out.array(file.agreements(), StrategyJson::agreement));
    o.set("meetings", Out.array(file.meetings(), StrategyJson::meeting));
    o.set("actions", Out.array(file.actions(), StrategyJson::action));
    o.set("visits", Out.array(file.visits(), StrategyJson::visit));
    return o;
  }

  static WorkingFile file(In in) {
    Map<String, Actor> byId = new LinkedHashMap<>();
    in.field("actors").list(a -> {
      Actor actor = ActorJson.actor(a);
      if (byId.putIfAbsent(actor.id(), actor) != null) {
        throw a.refusal("must have an id no other actor has but repeats '" + actor.id() + "'");
      }
      return actor;
    });
    Actors actors = new Actors(byId);
    WorkingFile.Builder b = WorkingFile.builder();
    b.rationale(in.field("rationale").string());
    b.propositions(in.field("propositions").list(p -> proposition(p, actors)));
    b.strategy(in.field("strategy").as(s -> strategy(s, actors)));
    b.agreements(in.field("agreements").list(a -> agreement(a, actors)));
    b.meetings(in.field("meetings").list(m -> meeting(m, actors)));
    b.actions(in.field("actions").list(a -> action(a, actors)));
    in.optional("visits").ifPresent(v -> b.visits(v.list(x -> visit(x, actors))));
    in.end();
    WorkingFile file = in.as(x -> b.build());
    if (!file.actors().equals(List.copyOf(byId.values()))) {
      throw in.field("actors").refusal("must list exactly the actors the file mentions, in order of first mention: "
          + file.actors().stream().map(Actor::id).toList() + ", but lists " + byId.keySet());
    }
    return file;
  }

  private static ObjectNode proposition(ValueProposition p) {
    ObjectNode o = Out.object();
    o.put("proposer", p.proposer().id());
    o.set("targets", Out.strings(p.targets().stream().map(Actor::id).toList()));
    o.put("direction", p.direction().name());
    o.put("offer", p.offer());
    p.crop().ifPresent(c -> o.put("crop", c));
    p.grade().ifPresent(g -> o.put("grade", g));
    p.volumePerWeek().ifPresent(v -> o.set("volumePerWeek", MeasureJson.mass(v)));
    p.firstWeek().ifPresent(w -> o.put("firstWeek", w.toString()));
    p.lastWeek().ifPresent(w -> o.put("lastWeek", w.toString()));
    o.set("priceTerms", priceTerms(p.priceTerms()));
    o.put("paymentTerms", p.paymentTerms());
    o.put("conditions", p.conditions());
    o.put("pitch", p.pitch());
    return o;
  }

  private static ValueProposition proposition(In in, Actors actors) {
    ValueProposition.Builder b = ValueProposition.builder();
    b.proposer(in.field("proposer").as(actors::ref));
    b.targets(in.field("targets").list(actors::ref));
    b.direction(in.field("direction").enumValue(Direction.class));
    b.offer(in.field("offer").string());
    in.optional("crop").ifPresent(c -> b.crop(c.string()));
    in.optional("grade").ifPresent(g -> b.grade(g.string()));
    in.optional("volumePerWeek").ifPresent(v -> b.volumePerWeek(v.<org.agricluster.measure.Mass>as(MeasureJson::mass)));
    in.optional("firstWeek").ifPresent(w -> b.firstWeek(w.as(StrategyJson::week)));
    in.optional("lastWeek").ifPresent(w -> b.lastWeek(w.as(StrategyJson::week)));
    b.priceTerms(in.field("priceTerms").as(StrategyJson::priceTerms));
    b.paymentTerms(in.field("paymentTerms").string());
    b.conditions(in.field("conditions").string());
    b.pitch(in.field("pitch").string());
    in.end();
    return in.as(x -> b.build());
  }

  private static IsoWeek week(In in) {
    return in.as(w -> IsoWeek.parse(w.string()));
  }

  private static ObjectNode priceTerms(PriceTerms terms) {
    ObjectNode o = Out.object();
    o.put("kind", terms.kind().name());
    terms.price().ifPresent(p -> o.set("price", MeasureJson.price(p)));
    return o;
  }

  private static PriceTerms priceTerms(In in) {
    PriceTerms.Kind kind = in.field("kind").enumValue(PriceTerms.Kind.class);
    Optional<In> price = in.optional("price");
    in.end();
    return in.as(x -> switch (kind) {
      case FIXED -> PriceTerms.fixed(price.orElseThrow(() -> in.refusal("must have the field 'price' for FIXED terms"))
          .as(MeasureJson::price));
      case PREMIUM_OVER_MARKET -> PriceTerms.premiumOverMarket(price.orElseThrow(
          () -> in.refusal("must have the field 'price' for PREMIUM_OVER_MARKET terms")).as(MeasureJson::price));
      case MARKET_LINKED, NONE_STATED -> {
        if (price.isPresent()) {
          throw price.get().refusal("must be absent for " + kind + " terms");
        }
        yield kind == PriceTerms.Kind.MARKET_LINKED ? PriceTerms.marketLinked() : PriceTerms.noneStated();
      }
    });
  }

  private static ObjectNode strategy(CollectiveStrategy s) {
    ObjectNode o = Out.object();
    o.put("vision", s.vision());
    o.put("problem", s.problem());
    o.put("solution", s.solution());
    o.set("priorities", Out.strings(s.priorities()));
    o.set("production", Out.array(s.production(), StrategyJson::commitment));
    o.set("marketing", Out.array(s.marketing(), StrategyJson::commitment));
    o.set("support", Out.array(s.support(), StrategyJson::commitment));
    ObjectNode answers = o.putObject("answers");
    for (String question : CollectiveStrategy.QUESTIONS) {
      s.answer(question).ifPresent(a -> answers.put(question, a));
    }
    return o;
  }

  private static CollectiveStrategy strategy(In in, Actors actors) {
    CollectiveStrategy.Builder b = CollectiveStrategy.builder();
    b.vision(in.field("vision").string());
    b.problem(in.field("problem").string());
    b.solution(in.field("solution").string());
    b.priorities(in.field("priorities").list(In::string));
    b.production(in.field("production").list(c -> commitment(c, actors)));
    b.marketing(in.field("marketing").list(c -> commitment(c, actors)));
    b.support(in.field("support").list(c -> commitment(c, actors)));
    In answers = in.field("answers");
    answers.map(In::string).forEach((question, answer) -> answers.as(x -> b.answer(question, answer)));
    in.end();
    return in.as(x -> b.build());
  }

  private static ObjectNode commitment(Commitment c) {
    ObjectNode o = Out.object();
    o.put("who", c.who().id());
    o.put("what", c.what());
    c.howMuch().ifPresent(v -> o.put("howMuch", v));
    c.where().ifPresent(v -> o.put("where", v));
    c.when().ifPresent(v -> o.put("when", v));
    c.price().ifPresent(v -> o.put("price", v));
    c.conditions().ifPresent(v -> o.put("conditions", v));
    return o;
  }

  private static Commitment commitment(In in, Actors actors) {
    Commitment.Builder b = in.as(x -> Commitment.builder(in.field("who").as(actors::ref), in.field("what").string()));
    in.optional("howMuch").ifPresent(v -> b.howMuch(v.string()));
    in.optional("where").ifPresent(v -> b.where(v.string()));
    in.optional("when").ifPresent(v -> b.when(v.string()));
    in.optional("price").ifPresent(v -> b.price(v.string()));
    in.optional("conditions").ifPresent(v -> b.conditions(v.string()));
    in.end();
    return in.as(x -> b.build());
  }

  private static ObjectNode agreement(ContractFarmingAgreement a) {
    ObjectNode o = Out.object();
    o.put("buyer", a.buyer().id());
    o.put("seller", a.seller().id());
    o.put("product", a.product());
    o.put("grade", a.grade());
    o.set("schedule", CalendarJson.schedule(a.schedule()));
    o.set("price", priceTerms(a.price()));
    a.inputAdvances().ifPresent(m -> o.set("inputAdvances", MeasureJson.money(m)));
    a.coordinationFee().ifPresent(f -> {
      ObjectNode fee = Out.object();
      if (!f.perTonne()) {
        fee.set("lumpSum", MeasureJson.money(f.low()));
      } else if (f.high().isEmpty()) {
        fee.set("perTonne", MeasureJson.money(f.low()));
      } else {
        fee.set("perTonneFrom", MeasureJson.money(f.low()));
        fee.set("perTonneTo", MeasureJson.money(f.high().get()));
      }
      o.set("coordinationFee", fee);
    });
    return o;
  }

  private static ContractFarmingAgreement agreement(In in, Actors actors) {
    Actor buyer = in.field("buyer").as(actors::ref);
    Actor seller = in.field("seller").as(actors::ref);
    String product = in.field("product").string();
    String grade = in.field("grade").string();
    DemandCalendar schedule = in.field("schedule").as(CalendarJson::schedule);
    PriceTerms price = in.field("price").as(StrategyJson::priceTerms);
    Optional<Money> advances = in.optional("inputAdvances").map(m -> m.as(MeasureJson::money));
    Optional<CoordinationFee> fee = in.optional("coordinationFee").map(StrategyJson::coordinationFee);
    in.end();
    return in.as(x -> ContractFarmingAgreement.of(buyer, seller, product, grade, schedule, price, advances, fee));
  }

  private static CoordinationFee coordinationFee(In in) {
    Optional<Money> lump = in.optional("lumpSum").map(m -> m.<Money>as(MeasureJson::money));
    Optional<Money> rate = in.optional("perTonne").map(m -> m.<Money>as(MeasureJson::money));
    Optional<Money> from = in.optional("perTonneFrom").map(m -> m.<Money>as(MeasureJson::money));
    Optional<Money> to = in.optional("perTonneTo").map(m -> m.<Money>as(MeasureJson::money));
    in.end();
    return in.as(x -> {
      if (lump.isPresent() && rate.isEmpty() && from.isEmpty() && to.isEmpty()) {
        return CoordinationFee.lumpSum(lump.get());
      }
      if (rate.isPresent() && lump.isEmpty() && from.isEmpty() && to.isEmpty()) {
        return CoordinationFee.perTonne(rate.get());
      }
      if (from.isPresent() && to.isPresent() && lump.isEmpty() && rate.isEmpty()) {
        return CoordinationFee.perTonneRange(from.get(), to.get());
      }
      throw new IllegalArgumentException("A coordination fee must be one of lumpSum, perTonne, or perTonneFrom with perTonneTo");
    });
  }

  private static ObjectNode meeting(Meeting m) {
    ObjectNode o = Out.object();
    o.put("date", m.date().toString());
    o.put("place", m.place());
    o.set("agenda", Out.array(m.agenda(), item -> {
      ObjectNode n = Out.object();
      n.put("start", item.start().toString());
      n.put("minutes", item.minutes());
      n.put("title", item.title());
      n.put("responsible", item.responsible());
      n.set("presenters", Out.strings(item.presenters().stream().map(Actor::id).toList()));
      if (!item.part().isEmpty()) {
        n.put("part", item.part());
      }
      return n;
    }));
    o.set("attendees", Out.strings(m.attendees().stream().map(Actor::id).toList()));
    o.put("womenSpoke", m.womenSpoke());
    o.set("decisions", Out.strings(m.decisions()));
    o.set("actions", Out.array(m.actions(), StrategyJson::action));
    return o;
  }

  private static Meeting meeting(In in, Actors actors) {
    LocalDate date = in.field("date").date();
    String place = in.field("place").string();
    Meeting.Builder b = in.as(x -> Meeting.builder(date, place));
    b.agenda(in.field("agenda").list(item -> {
      var start = item.field("start").time();
      int minutes = item.field("minutes").integer(0, 24 * 60);
      String title = item.field("title").string();
      String responsible = item.field("responsible").string();
      List<Actor> presenters = item.field("presenters").list(actors::ref);
      String part = item.optional("part").map(In::string).orElse("");
      item.end();
      return item.as(x -> Meeting.AgendaItem.builder(start, minutes, title, responsible).presenters(presenters).part(part).build());
    }));
    b.attendees(in.field("attendees").list(actors::ref));
    b.womenSpoke(in.field("womenSpoke").bool());
    b.decisions(in.field("decisions").list(In::string));
    b.actions(in.field("actions").list(a -> action(a, actors)));
    in.end();
    return in.as(x -> b.build());
  }

  private static ObjectNode action(Action a) {
    ObjectNode o = Out.object();
    o.put("id", a.id());
    o.put("description", a.description());
    o.put("owner", a.owner().id());
    o.put("due", a.due().toString());
    o.set("history", Out.array(a.history(), u -> {
      ObjectNode n = Out.object();
      n.put("status", u.status().name());
      n.put("date", u.date().toString());
      n.put("note", u.note());
      n.put("reopened", u.reopened());
      return n;
    }));
    return o;
  }

  private static Action action(In in, Actors actors) {
    String id = in.field("id").string();
    String description = in.field("description").string();
    Actor owner = in.field("owner").as(actors::ref);
    LocalDate due = in.field("due").date();
    List<Action.Update> history = in.field("history").list(u -> {
      ActionStatus status = u.field("status").enumValue(ActionStatus.class);
      LocalDate date = u.field("date").date();
      String note = u.field("note").string();
      boolean reopened = u.field("reopened").bool();
      u.end();
      return u.as(x -> Action.Update.of(status, date, note, reopened));
    });
    in.end();
    return in.as(x -> Action.of(id, description, owner, due, history));
  }

  private static ObjectNode visit(FieldVisit v) {
    ObjectNode o = Out.object();
    o.put("date", v.date().toString());
    o.put("place", v.place());
    o.put("activity", v.activity().name());
    o.set("met", Out.strings(v.met().stream().map(Actor::id).toList()));
    o.set("findings", Out.strings(v.findings()));
    o.set("interviews", Out.array(v.interviews(), i -> {
      ObjectNode n = Out.object();
      n.put("actor", i.actor().id());
      n.put("guide", i.guide().name());
      ObjectNode answers = Out.object();
      i.answers().forEach((q, a) -> answers.put(Integer.toString(q), a));
      n.set("answers", answers);
      return n;
    }));
    return o;
  }

  private static FieldVisit visit(In in, Actors actors) {
    LocalDate date = in.field("date").date();
    String place = in.field("place").string();
    MappingActivity activity = in.field("activity").enumValue(MappingActivity.class);
    FieldVisit.Builder b = in.as(x -> FieldVisit.builder(date, place, activity));
    b.met(in.field("met").list(actors::ref));
    b.findings(in.field("findings").list(In::string));
    b.interviews(in.field("interviews").list(i -> {
      Actor actor = i.field("actor").as(actors::ref);
      InterviewGuide guide = i.field("guide").enumValue(InterviewGuide.class);
      Map<String, String> answers = i.field("answers").map(In::string);
      i.end();
      return i.as(x -> {
        Interview.Builder ib = Interview.builder(actor, date).guide(guide);
        answers.forEach((q, a) -> {
          if (!q.matches("[1-9][0-9]{0,2}")) {
            throw new IllegalArgumentException("Question number '" + q + "' must be a whole number from 1");
          }
          ib.answer(Integer.parseInt(q), a);
        });
        return ib.build();
      });
    }));
    in.end();
    return in.as(x -> b.build());
  }
}
