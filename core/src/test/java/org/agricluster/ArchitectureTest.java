package org.agricluster;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The one-way package dependencies of DESIGN.md:
 *
 * <pre>
 * measure ─┬─&gt; actor ──&gt; cluster ──┐
 *          ├─&gt; economics ──────────┤
 *          ├─&gt; calendar ───────────┼─&gt; strategy ──&gt; report
 * scoring (generic, depends on nothing of ours) ─┘
 * </pre>
 *
 * {@code calendar} and {@code economics} may refer to actors; {@code report} may read everything and
 * nothing reads {@code report}. Layers that do not exist yet are declared optional so that the rule
 * already holds for the packages to come.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.agricluster");

  @Test
  void packagesDependOnEachOtherOnlyOneWay() {
    layeredArchitecture()
        .consideringOnlyDependenciesInAnyPackage("org.agricluster..")
        .withOptionalLayers(true)
        .layer("measure").definedBy("org.agricluster.measure..")
        .layer("actor").definedBy("org.agricluster.actor..")
        .layer("cluster").definedBy("org.agricluster.cluster..")
        .layer("scoring").definedBy("org.agricluster.scoring..")
        .layer("calendar").definedBy("org.agricluster.calendar..")
        .layer("economics").definedBy("org.agricluster.economics..")
        .layer("strategy").definedBy("org.agricluster.strategy..")
        .layer("report").definedBy("org.agricluster.report..")
        .layer("internal").definedBy("org.agricluster.internal..")
        .whereLayer("report").mayNotBeAccessedByAnyLayer()
        .whereLayer("strategy").mayOnlyBeAccessedByLayers("report")
        .whereLayer("cluster").mayOnlyBeAccessedByLayers("strategy", "report")
        .whereLayer("calendar").mayOnlyBeAccessedByLayers("strategy", "report")
        .whereLayer("economics").mayOnlyBeAccessedByLayers("strategy", "report")
        .whereLayer("scoring").mayOnlyBeAccessedByLayers("strategy", "report")
        .whereLayer("actor").mayOnlyBeAccessedByLayers("cluster", "calendar", "economics", "strategy", "report")
        .whereLayer("measure").mayOnlyBeAccessedByLayers(
            "actor", "cluster", "calendar", "economics", "strategy", "report")
        .check(CLASSES);
  }

  @Test
  void scoringKnowsNothingOfFarming() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
        .that().resideInAPackage("org.agricluster.scoring..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.agricluster.measure..", "org.agricluster.actor..", "org.agricluster.cluster..",
            "org.agricluster.calendar..", "org.agricluster.economics..", "org.agricluster.strategy..",
            "org.agricluster.report..")
        .allowEmptyShould(true)
        .check(CLASSES);
  }

  @Test
  void internalDependsOnNoDomainPackage() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
        .that().resideInAPackage("org.agricluster.internal..")
        .should().dependOnClassesThat().resideOutsideOfPackages("org.agricluster.internal..", "java..",
            "com.google.common..", "org.immutables..")
        .check(CLASSES);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("org.agricluster.(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(CLASSES);
  }
}
