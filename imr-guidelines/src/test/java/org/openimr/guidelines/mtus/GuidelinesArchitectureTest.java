package org.openimr.guidelines.mtus;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/** imr-guidelines: a plug-in module on the public API of imr-core only. */
class GuidelinesArchitectureTest {
  private static final JavaClasses GUIDELINES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.openimr.guidelines");

  @Test
  void everyPublicTypeDeclaresItsApiStatus() {
    classes().that().arePublic().should().beAnnotatedWith(API.class).check(GUIDELINES);
  }

  @Test
  void guidelinesUseOnlyTheModelAndTheSpiOfCore() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.openimr.review..", "org.openimr.testkit..", "org.openimr.examples..")
        .check(GUIDELINES);
  }
}
