package org.agricluster.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.agricluster.PropertyTests.qt;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class LocationTest {
  static final Location CAMBODIA = Location.country("Cambodia");

  /** Places in a small tree: 2 provinces × 2 districts × 2 communes × 2 villages. */
  static Gen<Location> places() {
    return SourceDSL.lists().of(Generate.pick(List.of("a", "b"))).ofSize(4).zip(SourceDSL.integers().between(0, 4),
        (names, depth) -> {
          Location l = CAMBODIA;
          AdminLevel[] levels = {AdminLevel.PROVINCE, AdminLevel.DISTRICT, AdminLevel.COMMUNE, AdminLevel.VILLAGE};
          for (int i = 0; i < depth; i++) {
            l = l.child(levels[i], levels[i].name().toLowerCase() + "-" + names.get(i) + (i > 0 ? "@" + l.name() : ""));
          }
          return l;
        });
  }

  @Test
  void containmentIsTransitive() {
    qt().forAll(places(), places(), places()).checkAssert((a, b, c) -> {
      if (a.contains(b) && b.contains(c)) {
        assertThat(a.contains(c)).isTrue();
      }
      assertThat(a.contains(a)).isTrue();
      if (a.contains(b) && b.contains(a)) {
        assertThat(a).isEqualTo(b);
      }
    });
  }

  @Test
  void aPlaceLiesInEachPlaceOfItsPath_andOnlyThose() {
    qt().forAll(places()).checkAssert(p -> {
      for (Location step : p.path()) {
        assertThat(step.contains(p)).isTrue();
      }
      // only a country has no parent; every other place lies in its parent, the step before it in its path
      if (p.path().size() == 1) {
        assertThat(p.parent()).isEmpty();
      } else {
        Location parent = p.parent().orElseThrow();
        assertThat(parent).isEqualTo(p.path().get(p.path().size() - 2));
        assertThat(parent.contains(p)).isTrue();
      }
    });
  }

  @Test
  void aVillageBelongsToExactlyOneCommune_theGazetteerRefusesASecondParent() {
    Location sesan = CAMBODIA.province("Stung Treng").district("Sesan");
    Location kaphon = sesan.village("Kaphon");
    Gazetteer places = Gazetteer.of(List.of(kaphon, sesan.village("Katout")));
    assertThat(places.find("Cambodia", AdminLevel.VILLAGE, "Kaphon")).contains(kaphon);
    Location wrong = CAMBODIA.province("Stung Treng").district("Siem Bouk").village("Kaphon");
    assertThatThrownBy(() -> places.check(wrong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Kaphon village recorded under Cambodia › Stung Treng › Siem Bouk must be where the gazetteer has it: "
            + "Cambodia › Stung Treng › Sesan but was Cambodia › Stung Treng › Siem Bouk › Kaphon");
    assertThatThrownBy(() -> Gazetteer.of(List.of(kaphon, wrong))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tajikLevelsUseTheirOwnNames() {
    Location dahana = Location.country("Tajikistan").province("Khatlon").district("Kulob").commune("Dahana");
    assertThat(dahana.describe()).isEqualTo("Dahana jamoat, Kulob district, Khatlon oblast, Tajikistan");
    assertThat(dahana.nameAt(AdminLevel.DISTRICT)).contains("Kulob");
    assertThatThrownBy(() -> dahana.district("Jomi")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Level of a place within Tajikistan › Khatlon › Kulob › Dahana must be below jamoat but was district");
  }

  @Test
  void valueSemantics() {
    new EqualsTester().addEqualityGroup(CAMBODIA.district("Sesan"), Location.country("Cambodia").district(" Sesan "))
        .addEqualityGroup(CAMBODIA.province("Sesan")).testEquals();
    assertThat(CAMBODIA.province("Stung Treng").district("Sesan")).hasToString("Cambodia › Stung Treng › Sesan");
    new NullPointerTester().setDefault(Location.class, CAMBODIA).testAllPublicInstanceMethods(CAMBODIA.district("Sesan"));
    new NullPointerTester().testAllPublicStaticMethods(Location.class);
  }
}
