package dev.eksdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

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

  /** A class of Eksdesk's that calls fabric8 itself: an adapter, not the port. */
  private static final DescribedPredicate<JavaClass> TALKS_TO_FABRIC8 =
      new DescribedPredicate<>("call fabric8 themselves") {
        @Override
        public boolean test(JavaClass type) {
          return type.getPackageName().startsWith("dev.eksdesk.")
              && type.getDirectDependenciesFromSelf().stream()
                  .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("io.fabric8"));
        }
      };

  /**
   * The screens and the CLI reach a cluster through the port: {@code ClusterRuntime} and kube's
   * plain-Java interfaces and values (the gateway, logs, actions, port forwards, recycler, swap),
   * never a class that talks to Kubernetes itself.
   */
  @ArchTest
  static final ArchRule theScreensAndTheCliReachKubernetesThroughThePort =
      noClasses()
          .that()
          .resideInAnyPackage("dev.eksdesk.ui..", "dev.eksdesk.cli..")
          .should()
          .dependOnClassesThat(TALKS_TO_FABRIC8);

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

  /** The table in docs/ARCHITECTURE.md: who may use whom, the composition root above all. */
  @ArchTest
  static final ArchRule theLayersOfTheArchitectureTable =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("files")
          .definedBy("dev.eksdesk.files..")
          .layer("account")
          .definedBy("dev.eksdesk.account..")
          .layer("domain")
          .definedBy("dev.eksdesk.domain..")
          .layer("cloud ports")
          .definedBy("dev.eksdesk.cloud")
          .layer("engine")
          .definedBy("dev.eksdesk.engine..")
          .layer("topology and insight")
          .definedBy("dev.eksdesk.topology..", "dev.eksdesk.insight..")
          .layer("kube")
          .definedBy("dev.eksdesk.kube..")
          .layer("cloud.sandbox")
          .definedBy("dev.eksdesk.cloud.sandbox..")
          .layer("session")
          .definedBy("dev.eksdesk.session..")
          .layer("cloud.aws")
          .definedBy("dev.eksdesk.cloud.aws..")
          .layer("cluster")
          .definedBy("dev.eksdesk.cluster..")
          .layer("cli")
          .definedBy("dev.eksdesk.cli..")
          .layer("ui")
          .definedBy("dev.eksdesk.ui..")
          .layer("app")
          .definedBy("dev.eksdesk.app..")
          .whereLayer("files")
          .mayNotAccessAnyLayer()
          .whereLayer("account")
          .mayNotAccessAnyLayer()
          .whereLayer("domain")
          .mayOnlyAccessLayers("files")
          .whereLayer("cloud ports")
          .mayOnlyAccessLayers("files", "account", "domain")
          .whereLayer("engine")
          .mayOnlyAccessLayers("files", "domain", "cloud ports")
          .whereLayer("topology and insight")
          .mayOnlyAccessLayers("domain", "cloud ports", "engine")
          .whereLayer("kube")
          .mayOnlyAccessLayers("domain")
          .whereLayer("cloud.sandbox")
          .mayOnlyAccessLayers("files", "domain", "cloud ports")
          .whereLayer("session")
          .mayOnlyAccessLayers("files", "domain", "cloud ports", "engine", "cloud.sandbox")
          .whereLayer("cloud.aws")
          .mayOnlyAccessLayers("files", "account", "domain", "cloud ports")
          .whereLayer("cluster")
          .mayOnlyAccessLayers("domain", "engine", "kube")
          .whereLayer("cli")
          .mayOnlyAccessLayers(
              "account",
              "domain",
              "cloud ports",
              "engine",
              "topology and insight",
              "kube",
              "session",
              "cluster")
          .whereLayer("ui")
          .mayOnlyAccessLayers(
              "files",
              "account",
              "domain",
              "cloud ports",
              "engine",
              "topology and insight",
              "kube",
              "session",
              "cluster")
          .whereLayer("app")
          .mayNotBeAccessedByAnyLayer();

  /** Each top-level package one slice, the cloud's ports apart from its two adapters. */
  @ArchTest
  static final ArchRule theTopLevelPackagesAreFreeOfCycles =
      slices().assignedFrom(new PortsApartFromAdapters()).should().beFreeOfCycles();

  @ArchTest
  static final ArchRule theCloudSubPackagesAreFreeOfCycles =
      slices().matching("dev.eksdesk.cloud.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule theUiSubPackagesAreFreeOfCycles =
      slices().matching("dev.eksdesk.ui.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule theCliSubPackagesAreFreeOfCycles =
      slices().matching("dev.eksdesk.cli.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule theKubeSubPackagesAreFreeOfCycles =
      slices().matching("dev.eksdesk.kube.(**)").should().beFreeOfCycles();

  private static final class PortsApartFromAdapters implements SliceAssignment {
    private static final String ROOT = "dev.eksdesk.";

    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      String name = javaClass.getPackageName();
      if (!name.startsWith(ROOT)) {
        return SliceIdentifier.ignore();
      }
      String[] parts = name.substring(ROOT.length()).split("\\.");
      return parts[0].equals("cloud") && parts.length > 1
          ? SliceIdentifier.of("cloud." + parts[1])
          : SliceIdentifier.of(parts[0]);
    }

    @Override
    public String getDescription() {
      return "top-level packages, cloud.aws and cloud.sandbox apart from the cloud ports";
    }
  }
}
