package ca.qc.portail.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The rules module's packages form no cycle: each capability depends on those below it (platform,
 * audit, account, security…), never back, so a capability can be read, tested and changed alone.
 * Demo data and the bootstrap agent sit above what they use, not inside the foundation.
 */
class PackageCyclesTest {

  private static final JavaClasses RULES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("ca.qc.portail");

  @Test
  void noCycleAmongTheRulesModulePackages() {
    slices().matching("ca.qc.portail.(*)..").should().beFreeOfCycles().check(RULES);
  }

  @Test
  void theFoundationDependsOnNoCapability() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
        .that()
        .resideInAnyPackage("ca.qc.portail.platform..", "ca.qc.portail.audit..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "ca.qc.portail.account..",
            "ca.qc.portail.security..",
            "ca.qc.portail.demo..",
            "ca.qc.portail.administration..")
        .check(RULES);
  }
}
