package dev.eksdesk.kube;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.eksdesk.kube.cni.CniSwap;
import dev.eksdesk.kube.recycle.NodeRecycler;
import dev.eksdesk.kube.recycle.RecycleRun;
import dev.eksdesk.kube.sandbox.SandboxKube;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** fabric8 stays inside dev.eksdesk.kube, and the classes others call speak plain Java. */
class KubeBoundaryTest {
  private static final List<Class<?>> FACADES =
      List.of(
          KubeGateway.class,
          SandboxKube.class,
          CniSwap.class,
          NodeRecycler.class,
          RecycleRun.class);

  @Test
  void onlyTheKubePackageUsesFabric8() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.eksdesk");
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.eksdesk.kube..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.fabric8..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void theFacadesPublicSignaturesHaveNoFabric8Types() {
    for (Class<?> facade : FACADES) {
      Stream<Executable> members =
          Stream.concat(
              Arrays.stream(facade.getDeclaredMethods()),
              Arrays.stream(facade.getDeclaredConstructors()));
      members
          .filter(m -> Modifier.isPublic(m.getModifiers()))
          .forEach(
              m -> {
                Stream<Class<?>> types =
                    Stream.concat(
                        Arrays.stream(m.getParameterTypes()),
                        m instanceof Method method
                            ? Stream.of(method.getReturnType())
                            : Stream.empty());
                assertThat(types.map(Class::getName))
                    .as("%s.%s", facade.getSimpleName(), m.getName())
                    .noneMatch(name -> name.startsWith("io.fabric8"));
              });
    }
  }
}
