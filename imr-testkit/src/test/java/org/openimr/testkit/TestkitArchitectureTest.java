package org.openimr.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/** The testkit's public surface is small and declared; it depends only on imr-core's API. */
class TestkitArchitectureTest {
  private static final JavaClasses TESTKIT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.openimr.testkit");

  @Test
  void everyPublicTypeDeclaresItsApiStatus() {
    classes().that().arePublic().should().beAnnotatedWith(API.class).check(TESTKIT);
  }

  @Test
  void generatedImplementationsStayPackagePrivate() {
    classes().that().haveSimpleNameStartingWith("Immutable").should().notBePublic().check(TESTKIT);
  }

  @Test
  void theTestkitUsesNeitherGuidelinesNorExamples() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.openimr.guidelines..", "org.openimr.examples..")
        .check(TESTKIT);
  }
}
