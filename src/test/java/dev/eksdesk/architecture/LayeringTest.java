package dev.eksdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of docs/ARCHITECTURE.md, checked on every build. */
@AnalyzeClasses(packages = "dev.eksdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

  @ArchTest
  static final ArchRule domainAndEngineArePureJava =
      noClasses()
          .that()
          .resideInAnyPackage(
              "dev.eksdesk.domain..", "dev.eksdesk.engine..", "dev.eksdesk.topology..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx..", "software.amazon..", "io.fabric8..", "org.controlsfx..")
          .because(
              "the domain, the engine and the topology model must run and be tested without a screen or a cloud");

  @ArchTest
  static final ArchRule onlyTheAwsAdapterImportsTheSdk =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.eksdesk.cloud.aws..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("software.amazon..");

  @ArchTest
  static final ArchRule onlyKubeImportsFabric8 =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.eksdesk.kube..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.fabric8..");

  @ArchTest
  static final ArchRule nothingBelowTheUiImportsJavaFx =
      noClasses()
          .that()
          .resideInAnyPackage(
              "dev.eksdesk.domain..",
              "dev.eksdesk.engine..",
              "dev.eksdesk.cloud..",
              "dev.eksdesk.kube..",
              "dev.eksdesk.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx..");

  @ArchTest
  static final ArchRule theDomainDependsOnNoOuterLayer =
      noClasses()
          .that()
          .resideInAPackage("dev.eksdesk.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.eksdesk.engine..",
              "dev.eksdesk.cloud..",
              "dev.eksdesk.kube..",
              "dev.eksdesk.ui..",
              "dev.eksdesk.app..",
              "dev.eksdesk.cli..");

  @ArchTest
  static final ArchRule uiReachesTheCloudOnlyThroughPorts =
      noClasses()
          .that()
          .resideInAPackage("dev.eksdesk.ui..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.eksdesk.cloud.aws..", "dev.eksdesk.cloud.sandbox..")
          .because("the composition root in dev.eksdesk.app picks the implementation");

  @ArchTest
  static final ArchRule theCliDoesNotReachIntoTheScreens =
      noClasses()
          .that()
          .resideInAnyPackage("dev.eksdesk.cli..", "dev.eksdesk.cluster..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.eksdesk.ui..", "javafx..")
          .because("the live-cluster port in dev.eksdesk.cluster serves the screens and the CLI");

  @ArchTest
  static final ArchRule accountsAndFilesDependOnNoOtherLayer =
      noClasses()
          .that()
          .resideInAnyPackage("dev.eksdesk.account..", "dev.eksdesk.files..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.eksdesk.domain..",
              "dev.eksdesk.engine..",
              "dev.eksdesk.cloud..",
              "dev.eksdesk.session..",
              "dev.eksdesk.kube..",
              "dev.eksdesk.cluster..",
              "dev.eksdesk.ui..",
              "dev.eksdesk.cli..",
              "dev.eksdesk.app..");

  @ArchTest
  static final ArchRule theCliSubPackagesAreFreeOfCycles =
      slices().matching("dev.eksdesk.cli.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule theKubeSubPackagesAreFreeOfCycles =
      slices().matching("dev.eksdesk.kube.(**)").should().beFreeOfCycles();
}
