package org.openimr.peers;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/** imr-peers: the project's conventions hold for the peers too; they reach no library internals. */
class PeersArchitectureTest {
  private static final JavaClasses PEERS =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.openimr.peers");

  @Test
  void everyPublicTypeDeclaresItsApiStatus() {
    classes()
        .that()
        .arePublic()
        .and()
        .resideOutsideOfPackage("org.openimr.peers.jmh_generated..")
        .should()
        .beAnnotatedWith(API.class)
        .check(PEERS);
  }

  @Test
  void theHandWrittenPeerUsesNoRuleEngine() {
    noClasses()
        .that()
        .haveSimpleName("HandWrittenAcupuncture")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.kie..", "org.drools..")
        .check(PEERS);
  }
}
