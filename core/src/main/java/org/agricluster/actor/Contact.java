package org.agricluster.actor;

import java.util.Optional;

/**
 * How to reach an actor (CHAIN §5.2 tip 1: collect phone, title, workplace and address at the first
 * meeting). Every part is optional.
 *
 * <pre>{@code
 * Contact.builder().phone("+855 12 345 678").title("vendor").workplace("Orrusey market").build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class Contact {
  /** No contact details. */
  public static final Contact NONE = ImmutableContact.builder().build();

  Contact() {}

  /** A phone number. */
  public abstract Optional<String> phone();

  /** A title or position ("commune chief", "PDAFF officer"). */
  public abstract Optional<String> title();

  /** Where the actor works ("Orrusey market"). */
  public abstract Optional<String> workplace();

  /** A postal or descriptive address. */
  public abstract Optional<String> address();

  /** A builder; every part is optional. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Contact}. */
  public static final class Builder extends ImmutableContact.Builder {
    Builder() {}
  }
}
