package org.openimr.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/** Module and package rules for imr-letters: what the letter code may use, and its public API. */
class LettersArchitectureTest {
  /** This module's own main classes (not imr-core's, which the class path holds too). */
  private static final JavaClasses LETTERS =
      new ClassFileImporter().importPath(Path.of("target", "classes"));

  @Test
  void theModuleHoldsOnlyTheLetterPackage() {
    classes().should().resideInAPackage("org.openimr.letter..").check(LETTERS);
  }

  @Test
  void letterCodeUsesOnlyTheModelTheSpiTheReviewerAndItsDeclaredLibraries() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "org.openimr.letter..",
            "org.openimr.model..",
            "org.openimr.spi..",
            "org.openimr.review..",
            "java..",
            "com.google.common..",
            "com.google.errorprone.annotations..",
            "org.jspecify.annotations..",
            "org.apiguardian.api..",
            "org.immutables.value..")
        .check(LETTERS);
  }

  @Test
  void letterCodeNeitherReadsNorWritesJson() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.openimr.json..", "com.fasterxml..")
        .check(LETTERS);
  }

  @Test
  void everyPublicTypeDeclaresItsApiStatus() {
    classes()
        .that()
        .arePublic()
        .and()
        .areTopLevelClasses()
        .should()
        .beAnnotatedWith(API.class)
        .check(LETTERS);
    classes()
        .that()
        .arePublic()
        .and()
        .areMemberClasses()
        .and()
        .haveModifier(JavaModifier.STATIC)
        .should()
        .beAnnotatedWith(API.class)
        .check(LETTERS);
  }

  @Test
  void generatedImplementationsStayPackagePrivate() {
    classes().that().haveSimpleNameStartingWith("Immutable").should().notBePublic().check(LETTERS);
  }
}
