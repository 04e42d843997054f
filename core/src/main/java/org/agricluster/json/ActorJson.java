package org.agricluster.json;

import java.util.Optional;
import org.agricluster.actor.Actor;
import org.agricluster.actor.AdminLevel;
import org.agricluster.actor.Contact;
import org.agricluster.actor.Farm;
import org.agricluster.actor.Gender;
import org.agricluster.actor.Location;
import org.agricluster.actor.Role;
import tools.jackson.databind.node.ObjectNode;

/**
 * Actors and places.
 *
 * <pre>
 * location  {"country": "Cambodia", "province": "Stung Treng", "district": "Sesan", "village": "Kaphon"}
 * actor     {"id": "panha", "name": "Mr Panha", "roles": ["COLLECTOR_TRADER"], "primaryRole": "COLLECTOR_TRADER",
 *            "gender": "MALE", "location": {…}, "contact": {"title": …}, "farm": {"land": {…}, "waterSource": …, "crops": […]}}
 * </pre>
 */
final class ActorJson {
  private ActorJson() {}

  static ObjectNode location(Location location) {
    ObjectNode o = Out.object();
    for (AdminLevel level : AdminLevel.values()) {
      location.nameAt(level).ifPresent(name -> o.put(level.name().toLowerCase(java.util.Locale.ROOT), name));
    }
    return o;
  }

  static Location location(In in) {
    Location place = in.field("country").as(c -> Location.country(c.string()));
    for (AdminLevel level : AdminLevel.values()) {
      if (level != AdminLevel.COUNTRY) {
        Optional<In> name = in.optional(level.name().toLowerCase(java.util.Locale.ROOT));
        if (name.isPresent()) {
          Location parent = place;
          place = name.get().as(n -> parent.child(level, n.string()));
        }
      }
    }
    in.end();
    return place;
  }

  static ObjectNode actor(Actor actor) {
    ObjectNode o = Out.object();
    o.put("id", actor.id());
    o.put("name", actor.name());
    o.set("roles", Out.enums(actor.roles()));
    o.put("primaryRole", actor.primaryRole().name());
    actor.gender().ifPresent(g -> o.put("gender", g.name()));
    actor.birthYear().ifPresent(y -> o.put("birthYear", y));
    actor.location().ifPresent(l -> o.set("location", location(l)));
    if (!actor.contact().equals(Contact.NONE)) {
      o.set("contact", contact(actor.contact()));
    }
    actor.farm().ifPresent(f -> o.set("farm", farm(f)));
    return o;
  }

  static Actor actor(In in) {
    Actor.Builder b = Actor.builder();
    b.id(in.field("id").string());
    b.name(in.field("name").string());
    b.addAllRoles(in.field("roles").list(r -> r.enumValue(Role.class)));
    b.primaryRole(in.field("primaryRole").enumValue(Role.class));
    in.optional("gender").ifPresent(g -> b.gender(g.enumValue(Gender.class)));
    in.optional("birthYear").ifPresent(y -> b.birthYear(y.integer(Actor.MIN_BIRTH_YEAR, Actor.MAX_BIRTH_YEAR)));
    in.optional("location").ifPresent(l -> b.location(l.<Location>as(ActorJson::location)));
    in.optional("contact").ifPresent(c -> b.contact(c.as(ActorJson::contact)));
    in.optional("farm").ifPresent(f -> b.farm(f.<Farm>as(ActorJson::farm)));
    in.end();
    return in.as(x -> b.build());
  }

  static ObjectNode contact(Contact contact) {
    ObjectNode o = Out.object();
    contact.phone().ifPresent(v -> o.put("phone", v));
    contact.title().ifPresent(v -> o.put("title", v));
    contact.workplace().ifPresent(v -> o.put("workplace", v));
    contact.address().ifPresent(v -> o.put("address", v));
    return o;
  }

  static Contact contact(In in) {
    Contact.Builder b = Contact.builder();
    in.optional("phone").ifPresent(v -> b.phone(v.string()));
    in.optional("title").ifPresent(v -> b.title(v.string()));
    in.optional("workplace").ifPresent(v -> b.workplace(v.string()));
    in.optional("address").ifPresent(v -> b.address(v.string()));
    in.end();
    return in.as(x -> b.build());
  }

  static ObjectNode farm(Farm farm) {
    ObjectNode o = Out.object();
    o.set("land", MeasureJson.area(farm.land()));
    o.put("waterSource", farm.waterSource());
    o.set("crops", Out.strings(farm.crops()));
    return o;
  }

  static Farm farm(In in) {
    var land = in.field("land").as(MeasureJson::area);
    String water = in.field("waterSource").string();
    var crops = in.field("crops").list(In::string);
    in.end();
    return in.as(x -> Farm.of(land, water, crops));
  }
}
