package org.agricluster;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.QuickTheory;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The one-way package dependencies of the library:
 *
 * <pre>
 * measure ─┬─&gt; actor ──&gt; cluster ──┐
 *          ├─&gt; economics ──────────┤
 *          ├─&gt; calendar ───────────┼─&gt; strategy ──&gt; report
 * scoring (generic, depends only on audit) ──────┘
 * measure ──&gt; audit (printed figures checked; read by scoring, economics and above)
 * </pre>
 *
 * {@code calendar} and {@code economics} may refer to actors; {@code report} may read everything and
 * nothing reads {@code report}. Every layer must exist and every rule must match classes, so a
 * renamed or emptied package fails the test instead of passing it vacuously.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.agricluster");

  @Test
  void packagesDependOnEachOtherOnlyOneWay() {
    layeredArchitecture()
        .consideringOnlyDependenciesInAnyPackage("org.agricluster..")
        .layer("measure").definedBy("org.agricluster.measure..")
        .layer("audit").definedBy("org.agricluster.audit..")
        .layer("actor").definedBy("org.agricluster.actor..")
        .layer("cluster").definedBy("org.agricluster.cluster..")
        .layer("scoring").definedBy("org.agricluster.scoring..")
        .layer("calendar").definedBy("org.agricluster.calendar..")
        .layer("economics").definedBy("org.agricluster.economics..")
        .layer("strategy").definedBy("org.agricluster.strategy..")
        .layer("report").definedBy("org.agricluster.report..")
        .layer("json").definedBy("org.agricluster.json..")
        .layer("field").definedBy("org.agricluster.field..")
        .layer("internal").definedBy("org.agricluster.internal..")
        .whereLayer("report").mayOnlyBeAccessedByLayers("field")
        .whereLayer("json").mayNotBeAccessedByAnyLayer()
        .whereLayer("field").mayNotBeAccessedByAnyLayer()
        .whereLayer("strategy").mayOnlyBeAccessedByLayers("report", "json", "field")
        .whereLayer("cluster").mayOnlyBeAccessedByLayers("strategy", "report", "json", "field")
        .whereLayer("calendar").mayOnlyBeAccessedByLayers("strategy", "report", "json", "field")
        .whereLayer("economics").mayOnlyBeAccessedByLayers("strategy", "report", "json", "field")
        .whereLayer("scoring").mayOnlyBeAccessedByLayers("strategy", "report", "json", "field")
        .whereLayer("actor").mayOnlyBeAccessedByLayers("cluster", "calendar", "economics", "strategy", "report", "json", "field")
        .whereLayer("audit").mayOnlyBeAccessedByLayers("scoring", "economics", "strategy", "report", "json", "field")
        .whereLayer("measure").mayOnlyBeAccessedByLayers(
            "audit", "actor", "cluster", "calendar", "economics", "strategy", "report", "json", "field")
        .check(CLASSES);
  }

  @Test
  void onlyTheJsonPackageKnowsJackson() {
    noClasses().that().resideOutsideOfPackage("org.agricluster.json..")
        .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
        .check(CLASSES);
  }

  @Test
  void onlyTheFieldPackageKnowsFastCsvAndFastExcel() {
    noClasses().that().resideOutsideOfPackage("org.agricluster.field..")
        .should().dependOnClassesThat().resideInAnyPackage("de.siegmar.fastcsv..", "org.dhatim.fastexcel..")
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
    slices().matching("org.agricluster.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void noExportedSignatureUsesTheInternalPackage() {
    ArchCondition<JavaMember> notExposeInternal = new ArchCondition<>("not use org.agricluster.internal in its signature") {
      @Override
      public void check(JavaMember member, ConditionEvents events) {
        List<JavaClass> types = new ArrayList<>();
        if (member instanceof JavaField field) {
          types.add(field.getRawType());
        } else if (member instanceof JavaCodeUnit unit) {
          types.add(unit.getRawReturnType());
          types.addAll(unit.getRawParameterTypes());
          types.addAll(unit.getExceptionTypes());
        }
        for (JavaClass type : types) {
          JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
          if (base.getPackageName().startsWith("org.agricluster.internal")) {
            events.add(SimpleConditionEvent.violated(member, member.getFullName() + " exposes " + base.getName()));
          }
        }
      }
    };
    members().that().areDeclaredInClassesThat().arePublic()
        .and().areDeclaredInClassesThat().resideOutsideOfPackage("org.agricluster.internal..")
        .and().arePublic().or().areProtected()
        .should(notExposeInternal)
        .check(CLASSES);
    classes().that().arePublic().and().resideOutsideOfPackage("org.agricluster.internal..")
        .should().notBeAssignableTo(JavaClass.Predicates.resideInAPackage("org.agricluster.internal.."))
        .check(CLASSES);
  }

  @Test
  void propertiesRunThroughPropertyTests_soTheirSeedIsFixedInTheNormalBuild() {
    JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
        .importPackages("org.agricluster");
    noClasses().that().doNotHaveFullyQualifiedName(PropertyTests.class.getName())
        .should().callMethod(QuickTheory.class, "qt")
        .orShould().callMethod(QuickTheory.class, "withExamples", int.class)
        .orShould().callMethod(QuickTheory.class, "withFixedSeed", long.class)
        .because("PropertyTests.qt() fixes the seed in the normal build and explores fresh ones with -Pexplore")
        .check(tests);
  }
}
