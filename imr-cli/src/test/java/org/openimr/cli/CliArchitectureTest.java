package org.openimr.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/** Module rules for imr-cli: one package, never the examples, and its public API declared. */
class CliArchitectureTest {
  /** This module's own main classes (not the library's, which the class path holds too). */
  private static final JavaClasses CLI =
      new ClassFileImporter().importPath(Path.of("target", "classes"));

  @Test
  void theModuleHoldsOnlyTheCommandLinePackage() {
    classes().should().resideInAPackage("org.openimr.cli").check(CLI);
  }

  @Test
  void theCommandLineNeverUsesTheExamplesOrTheTestkit() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.openimr.examples..", "org.openimr.testkit..")
        .check(CLI);
  }

  @Test
  void everyPublicTypeDeclaresItsApiStatus() {
    classes().that().arePublic().should().beAnnotatedWith(API.class).check(CLI);
  }
}
