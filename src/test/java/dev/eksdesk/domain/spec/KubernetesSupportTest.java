package dev.eksdesk.domain.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The EKS release calendar as Eksdesk knows it: every offered version has its support dates. */
class KubernetesSupportTest {

  @Test
  void everyOfferedVersionHasFourteenMonthsOfStandardThenTwelveOfExtendedSupport() {
    assertThat(KubernetesVersions.SUPPORTED)
        .startsWith("1.35")
        .contains(KubernetesVersions.DEFAULT);
    for (String version : KubernetesVersions.SUPPORTED) {
      KubernetesSupport.Window window = KubernetesSupport.window(version).orElseThrow();
      assertThat(window.extendedEnd()).as(version).isEqualTo(window.standardEnd().plusYears(1));
    }
  }

  @Test
  void kubernetes135IsInStandardSupportUntilMarch2027AtTheStandardFee() {
    assertThat(KubernetesSupport.describe("1.35", LocalDate.of(2026, 12, 4)))
        .isEqualTo(
            "1.35: standard support ($0.10/h per cluster) until 27 Mar 2027, then extended"
                + " support ($0.60/h) until 27 Mar 2028.");
    assertThat(KubernetesSupport.window("1.34").orElseThrow().phaseOn(LocalDate.of(2026, 12, 4)))
        .isEqualTo(KubernetesSupport.Phase.EXTENDED);
  }

  @Test
  void aSpecAt135IsValid() {
    ClusterSpec spec =
        DefaultSpecs.firstCluster()
            .withControlPlane(
                DefaultSpecs.firstCluster().controlPlane().withKubernetesVersion("1.35"));
    assertThat(
            new SpecValidator(dev.eksdesk.domain.catalog.InstanceCatalog.bundled()).validate(spec))
        .noneMatch(p -> p.path().contains("kubernetesVersion"));
  }
}
