package org.agricluster.actor;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.Set;
import org.agricluster.internal.Check;
import org.immutables.value.Value;

/**
 * A person or organisation in a cluster: a farmer, a producer group, a trader, an input supplier,
 * a PDAFF extension officer, a microfinance institution… with a stable id, a name, one or more
 * {@link Role}s, and what the rapid mapping records of them.
 *
 * <pre>{@code
 * Actor khinSeang = Actor.builder().id("khin-seang").name("Mr Khin Seang")
 *     .addRoles(Role.INPUT_SUPPLIER).gender(Gender.MALE).location(sesan)
 *     .contact(Contact.builder().workplace("Ou Pongmuan market").build()).build();
 * khinSeang.categories();   // [LOCAL_VALUE_CHAIN_ACTOR]
 * }</pre>
 *
 * <p>An actor needs at least one role; a {@link Farm} only makes sense for a farmer. Gender is
 * recorded for persons and left empty for organisations. This class is immutable and thread-safe.
 */
public abstract class Actor {
  Actor() {}

  /** A stable id: letters, digits, '.', '_' or '-' ("panha", "KH-T1-PG01-F001"). */
  public abstract String id();

  /** The name as people use it ("Mr Panha"). */
  public abstract String name();

  /** What the actor does; at least one role. */
  public abstract ImmutableSet<Role> roles();

  /** The person's gender; empty for an organisation or when not recorded. */
  public abstract Optional<Gender> gender();

  /** The person's year of birth, for youth targeting; empty for an organisation or when not recorded. */
  public abstract Optional<Integer> birthYear();

  /** Where the actor lives or works. */
  public abstract Optional<Location> location();

  /** How to reach the actor. */
  @Value.Default
  public Contact contact() {
    return Contact.NONE;
  }

  /** The farm, for a farmer. */
  public abstract Optional<Farm> farm();

  @Value.Check
  void check() {
    if (!id().matches("[A-Za-z0-9._-]+")) {
      throw Check.refusal("Id of actor '" + name() + "'", "letters, digits, '.', '_' or '-'", "'" + id() + "'");
    }
    if (name().isBlank()) {
      throw Check.refusal("Name of actor " + id(), "not blank", "''");
    }
    if (roles().isEmpty()) {
      throw Check.refusal("Roles of actor " + id() + " (" + name() + ")", "at least one", "none");
    }
    if (!roles().contains(primaryRole())) {
      throw Check.refusal("Primary role of actor " + id() + " (" + name() + ")", "one of " + roles(), primaryRole());
    }
    if (birthYear().isPresent() && (birthYear().get() < MIN_BIRTH_YEAR || birthYear().get() > MAX_BIRTH_YEAR)) {
      throw Check.refusal("Birth year of actor " + id() + " (" + name() + ")", MIN_BIRTH_YEAR + ".." + MAX_BIRTH_YEAR,
          birthYear().get());
    }
    if (farm().isPresent() && !roles().contains(Role.FARMER)) {
      throw Check.refusal("Roles of actor " + id() + " (" + name() + "), who has a farm,", "including FARMER", roles());
    }
  }

  /** The earliest birth year accepted: {@value}. */
  public static final int MIN_BIRTH_YEAR = 1900;

  /** The latest birth year accepted: {@value}. */
  public static final int MAX_BIRTH_YEAR = 2100;

  /**
   * The person's age in whole years at the end of a year (the age reached that year), if the birth
   * year is recorded.
   */
  public Optional<Integer> ageIn(int year) {
    return birthYear().map(b -> year - b);
  }

  /** A builder: {@code id}, {@code name} and at least one role are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A person or organisation with one role and nothing else recorded. */
  public static Actor of(String id, String name, Role role) {
    return builder().id(id).name(name).addRoles(role).build();
  }

  /** The stakeholder categories of the actor's roles. */
  public Set<StakeholderCategory> categories() {
    return roles().stream().map(Role::category).collect(ImmutableSet.toImmutableSet());
  }

  /** The chain functions of the actor's roles. */
  public Set<ChainFunction> functions() {
    return roles().stream().map(Role::function).collect(ImmutableSet.toImmutableSet());
  }

  /**
   * The role that stands for the actor where one must (the contact list, counts by category);
   * defaults to the actor's role that comes first in {@link Role}'s order, and must be one of
   * {@link #roles()}.
   */
  @Value.Default
  public Role primaryRole() {
    return roles().stream().sorted().findFirst().orElse(Role.FARMER);
  }

  /** Whether the actor has a role. */
  public boolean has(Role role) {
    return roles().contains(Check.notNull(role, "role"));
  }

  /** Whether the actor is a woman. */
  public boolean isWoman() {
    return gender().equals(Optional.of(Gender.FEMALE));
  }

  /** The farm's size class under a rule; empty for a non-farmer. */
  public Optional<FarmSize> farmSize(FarmSizeRule rule) {
    Check.notNull(rule, "rule");
    return farm().map(f -> f.size(rule));
  }

  /** This actor at another location. */
  public Actor withLocation(Location location) {
    return ImmutableActor.copyOf(this).withLocation(location);
  }

  /** This actor with other contact details. */
  public Actor withContact(Contact contact) {
    return ImmutableActor.copyOf(this).withContact(contact);
  }

  /** This actor with a farm. */
  public Actor withFarm(Farm farm) {
    return ImmutableActor.copyOf(this).withFarm(farm);
  }

  /** Builds an {@link Actor}. */
  public static final class Builder extends ImmutableActor.Builder {
    Builder() {}
  }
}
