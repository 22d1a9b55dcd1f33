package org.openimr.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/** Module and package rules for imr-core. */
class ArchitectureTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.openimr");

  @Test
  void everyPublicTypeDeclaresItsApiStatus() {
    classes()
        .that()
        .arePublic()
        .and()
        .areTopLevelClasses()
        .should()
        .beAnnotatedWith(API.class)
        .check(CORE);
    classes()
        .that()
        .arePublic()
        .and()
        .areMemberClasses()
        .and()
        .haveModifier(JavaModifier.STATIC)
        .should()
        .beAnnotatedWith(API.class)
        .check(CORE);
  }

  @Test
  void coreDependsOnNoOtherOpenImrModule() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.openimr.guidelines..", "org.openimr.testkit..", "org.openimr.examples..")
        .check(CORE);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("org.openimr.(*)..").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void theModelDependsOnNothingElseInTheLibrary() {
    noClasses()
        .that()
        .resideInAPackage("org.openimr.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.openimr.spi..", "org.openimr.review..", "org.openimr.json..")
        .check(CORE);
  }

  @Test
  void coreHoldsNoLetterCode() {
    // The letter reader and renderer live in imr-letters (same package name, own module).
    noClasses().should().resideInAPackage("org.openimr.letter..").check(CORE);
    noClasses().should().dependOnClassesThat().resideInAPackage("org.openimr.letter..").check(CORE);
  }

  @Test
  void generatedImplementationsStayPackagePrivate() {
    classes().that().haveSimpleNameStartingWith("Immutable").should().notBePublic().check(CORE);
  }
}
