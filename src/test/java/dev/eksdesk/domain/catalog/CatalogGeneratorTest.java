package dev.eksdesk.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The generator on small copies of its sources, in the shapes AWS and Karpenter publish them. */
class CatalogGeneratorTest {
  private static final String ENI_MAX_PODS = "# comment\nm4.large 20\nu-6tb1.metal 147\n";
  private static final String LIMITS =
      """
      var instanceNetworkingLimits = map[string]InstanceTypeLimits{
      \t"m4.large": {
      \t\tENILimit:                2,
      \t\tIPv4Limit:               10,
      \t\tDefaultNetworkCardIndex: 0,
      \t\tHypervisorType: "xen",
      \t\tIsBareMetal:    false,
      \t},
      \t"u-6tb1.metal": {
      \t\tENILimit:                5,
      \t\tIPv4Limit:               30,
      \t\tHypervisorType: "unknown",
      \t\tIsBareMetal:    true,
      \t},
      }
      """;
  private static final String NEWER_REFERENCE =
      """
      ### `m4.large`
      #### Labels
       | Label | Value |
       |--|--|
       |karpenter.k8s.aws/instance-cpu|2|
       |karpenter.k8s.aws/instance-memory|8192|
       |kubernetes.io/arch|amd64|
      """;
  private static final String OLDER_REFERENCE =
      NEWER_REFERENCE.replace("8192", "4096")
          + """
          ### `p3.2xlarge`
           |karpenter.k8s.aws/instance-cpu|8|
          """;
  private static final String PRICES =
      """
      var InitialOnDemandPricesAWS = map[string]map[ec2types.InstanceType]float64{
      \t"us-east-1": {
      \t\t"m4.large": 0.100000, "m5.large": 0.096000,
      \t},
      }
      """;
  private static final String BUNDLED =
      CatalogGenerator.HEADER + "\nm4.large,2,8192,2,10,false,false,x86_64,0.12,0.09\n";

  @Test
  void buildsOneRowPerTypeFromEachSourceAndSaysWhatIsUnknown() {
    String csv =
        CatalogGenerator.generate(
            List.of("source line"),
            ENI_MAX_PODS,
            LIMITS,
            List.of(NEWER_REFERENCE, OLDER_REFERENCE),
            PRICES,
            BUNDLED);

    assertThat(csv.lines().toList())
        .containsExactly(
            "# source line",
            CatalogGenerator.HEADER,
            "m4.large,2,8192,2,10,false,false,x86_64,0.12,0.1",
            "u-6tb1.metal,,,5,30,false,true,,,");
    InstanceType metal = InstanceCatalog.of(InstanceCatalog.parseCsv(csv)).require("u-6tb1.metal");
    assertThat(metal.vcpus()).isEmpty();
    assertThat(metal.bareMetal()).isTrue();
  }

  @Test
  void refusesSourcesThatDisagreeOnMaxPods() {
    assertThatThrownBy(
            () ->
                CatalogGenerator.generate(
                    List.of(),
                    ENI_MAX_PODS.replace("m4.large 20", "m4.large 21"),
                    LIMITS,
                    List.of(),
                    PRICES,
                    BUNDLED))
        .hasMessageContaining("m4.large")
        .hasMessageContaining("21");
  }
}
