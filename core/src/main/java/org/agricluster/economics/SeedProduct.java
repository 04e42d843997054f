package org.agricluster.economics;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.agricluster.actor.Actor;
import org.agricluster.internal.Check;
import org.immutables.value.Value;

/**
 * A seed product — a cover-crop mix, a variety — with its producer and whether it is registered. The
 * <i>KropuchKasekor (Seeds to farmers)</i> note names registration as the bottleneck: without it,
 * farmers beyond the projects doubt the product.
 *
 * <pre>{@code
 * SeedProduct mix = SeedProduct.of("CA cover-crop mix", List.of("sunn hemp", "pearl millet"), smartAgro);
 * SeedProduct registered = mix.registered(Registration.of("Department of Crop Seeds", LocalDate.of(2024, 5, 2)));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class SeedProduct {
  SeedProduct() {}

  /** An unregistered product of a producer. */
  public static SeedProduct of(String name, java.util.List<String> crops, Actor producer) {
    return ImmutableSeedProduct.builder().name(name).crops(crops).producer(producer).build();
  }

  /** The product's name. */
  public abstract String name();

  /** The crops in it (one for a variety, several for a mix). */
  public abstract ImmutableList<String> crops();

  /** Who produces it. */
  public abstract Actor producer();

  /** Its registration, if it is registered. */
  public abstract Optional<Registration> registration();

  /** This product, registered. */
  public SeedProduct registered(Registration registration) {
    return ImmutableSeedProduct.builder().from(this).registration(registration).build();
  }

  /** Whether it is registered. */
  public boolean isRegistered() {
    return registration().isPresent();
  }

  @Value.Check
  void check() {
    Check.name(name(), "Name of a seed product");
    if (crops().isEmpty()) {
      throw Check.refusal("Crops of seed product '" + name() + "'", "at least one", "none");
    }
    crops().forEach(c -> Check.name(c, "Crop of seed product '" + name() + "'"));
  }

  /** {@code CA cover-crop mix (sunn hemp, pearl millet) by Smart Agro, unregistered}. */
  @Override
  public String toString() {
    return name() + " (" + String.join(", ", crops()) + ") by " + producer().name() + ", "
        + registration().map(Registration::toString).orElse("unregistered");
  }

  /**
   * A seed registration: by which authority, when.
   *
   * <p>This class is immutable and thread-safe.
   */
  public abstract static class Registration {
    Registration() {}

    /** A registration by an authority on a date. */
    public static Registration of(String authority, LocalDate date) {
      return ImmutableRegistration.builder().authority(authority).date(date).build();
    }

    /** The registering authority. */
    public abstract String authority();

    /** When. */
    public abstract LocalDate date();

    @Value.Check
    void check() {
      Check.name(authority(), "Authority of a seed registration");
    }

    /** {@code registered by Department of Crop Seeds on 2024-05-02}. */
    @Override
    public String toString() {
      return "registered by " + authority() + " on " + date();
    }
  }
}
