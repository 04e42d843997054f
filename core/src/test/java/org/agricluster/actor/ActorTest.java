package org.agricluster.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.EnumSet;
import java.util.List;
import org.agricluster.measure.Area;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActorTest {
  static final Location SESAN = Location.country("Cambodia").province("Stung Treng").district("Sesan");

  @ParameterizedTest
  @EnumSource(Role.class)
  void everyRoleHasExactlyOneStakeholderCategoryAndOneChainFunction(Role role) {
    assertThat(role.category()).isNotNull();
    assertThat(role.function()).isNotNull();
    assertThat(EnumSet.allOf(StakeholderCategory.class).stream().filter(c -> c == role.category())).hasSize(1);
  }

  @Test
  void chainCategories_followTheGuide() {
    // CHAIN §5.2: value-chain actors include input companies and traders; supporters include extension
    // and financial institutions; enablers include NGOs, government agencies and associations.
    assertThat(Role.INPUT_SUPPLIER.category()).isEqualTo(StakeholderCategory.LOCAL_VALUE_CHAIN_ACTOR);
    assertThat(Role.INPUT_SUPPLIER.function()).isEqualTo(ChainFunction.PRODUCTION);
    assertThat(Role.COLLECTOR_TRADER.function()).isEqualTo(ChainFunction.MARKETING);
    assertThat(Role.EXTENSION_AGENT.category()).isEqualTo(StakeholderCategory.LOCAL_SUPPORTER);
    assertThat(Role.FINANCIAL_INSTITUTION.category()).isEqualTo(StakeholderCategory.LOCAL_SUPPORTER);
    assertThat(Role.LOCAL_AUTHORITY.category()).isEqualTo(StakeholderCategory.ENABLER);
    assertThat(Role.NGO.category()).isEqualTo(StakeholderCategory.ENABLER);
  }

  @Test
  void actor_builder_validatesInOnePlace() {
    Actor panha = Actor.builder().id("panha").name("Mr Panha").addRoles(Role.COLLECTOR_TRADER, Role.FARMER)
        .primaryRole(Role.COLLECTOR_TRADER)
        .gender(Gender.MALE).location(SESAN.village("Kaphon"))
        .contact(Contact.builder().workplace("Orrusey market").title("wholesaler and vendor").build())
        .farm(Farm.of(Area.ofSquareMetres(268), "", List.of("cucumber"))).build();
    assertThat(panha.categories()).containsExactly(StakeholderCategory.LOCAL_VALUE_CHAIN_ACTOR);
    assertThat(panha.functions()).containsExactlyInAnyOrder(ChainFunction.MARKETING, ChainFunction.PRODUCTION);
    assertThat(panha.primaryRole()).isEqualTo(Role.COLLECTOR_TRADER);
    assertThat(panha.farmSize(FarmSizeRule.OXFAM_KHATLON)).contains(FarmSize.SMALL);
    assertThat(panha.toString()).contains("id=panha", "name=Mr Panha", "workplace=Orrusey market");
    assertThatThrownBy(() -> Actor.builder().id("x y").name("X").addRoles(Role.NGO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Id of actor 'X' must be letters, digits, '.', '_' or '-' but was 'x y'");
    assertThatThrownBy(() -> Actor.builder().id("x").name("X").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Roles of actor x (X) must be at least one but was none");
    assertThatThrownBy(() -> Actor.builder().id("x").name("X").addRoles(Role.NGO).farm(Farm.of(Area.ofHectares(1))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Roles of actor x (X), who has a farm, must be including FARMER but was [NGO]");
    assertThatThrownBy(() -> Actor.builder().name("X").addRoles(Role.NGO).build()).isInstanceOf(IllegalStateException.class);
    new EqualsTester().addEqualityGroup(Actor.of("a", "A", Role.NGO), Actor.builder().id("a").name("A").addRoles(Role.NGO).build())
        .addEqualityGroup(Actor.of("a", "A", Role.NGO).withLocation(SESAN)).testEquals();
  }

  @Test
  void farmSizeRule_isConfigurable_andOxfamsSmallMeansBelowOneHectare() {
    assertThat(FarmSizeRule.OXFAM_KHATLON.classify(Area.ofHectares(0.99))).isEqualTo(FarmSize.SMALL);
    assertThat(FarmSizeRule.OXFAM_KHATLON.classify(Area.ofHectares(1.43))).isEqualTo(FarmSize.MEDIUM);
    assertThat(FarmSizeRule.OXFAM_KHATLON.classify(Area.ofHectares(5))).isEqualTo(FarmSize.LARGE);
    FarmSizeRule cambodia = FarmSizeRule.of(Area.ofSquareMetres(2000), Area.ofHectares(1));
    assertThat(cambodia.classify(Area.ofSquareMetres(1000))).isEqualTo(FarmSize.SMALL);
    assertThatThrownBy(() -> FarmSizeRule.of(Area.ofHectares(2), Area.ofHectares(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Large-farm threshold must be >= the small-farm threshold 20,000 m² (2.00 ha) but was 10,000 m² (1.00 ha)");
  }

  @Test
  void nulls() {
    NullPointerTester tester = new NullPointerTester().setDefault(Area.class, Area.ofHectares(1))
        .setDefault(Location.class, SESAN).setDefault(String.class, "x");
    tester.testAllPublicStaticMethods(Actor.class);
    tester.testAllPublicInstanceMethods(Actor.of("a", "A", Role.FARMER));
    tester.testAllPublicStaticMethods(Farm.class);
    tester.testAllPublicStaticMethods(FarmSizeRule.class);
    tester.testAllPublicInstanceMethods(FarmSizeRule.OXFAM_KHATLON);
  }
}
