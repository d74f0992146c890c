package dev.eksdesk.account;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The account types are shared by the UI, the engine and the sandbox: plain Java only. */
class AccountPackageIsPureTest {

  @Test
  void dependsOnNoSdkUiOrKubernetesLibrary() {
    JavaClasses account =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.eksdesk.account");

    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("software.amazon..", "javafx..", "io.fabric8..")
        .check(account);
  }
}
