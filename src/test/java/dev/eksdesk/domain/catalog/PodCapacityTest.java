package dev.eksdesk.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks our formulas against AWS's own published figures (eni-max-pods.txt). */
class PodCapacityTest {
  private static final InstanceCatalog CATALOG = InstanceCatalog.bundled();
  private static Map<String, Integer> published;

  @BeforeAll
  static void readAwsList() throws IOException {
    try (InputStream in = PodCapacityTest.class.getResourceAsStream("eni-max-pods.txt")) {
      published =
          CatalogGenerator.parseEniMaxPods(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void everyTypeAwsPublishesIsInTheCatalogWithItsMaxPods() {
    assertThat(published).hasSizeGreaterThan(1_300);
    assertThat(CATALOG.size()).isEqualTo(published.size());
    published.forEach(
        (name, maxPods) ->
            assertThat(PodCapacity.vpcCni(CATALOG.require(name)))
                .as("max pods of %s under the VPC CNI", name)
                .isEqualTo(maxPods));
  }

  @Test
  void typesUsersAskedAboutAreKnownWithTheirSizes() {
    for (String name :
        Set.of(
            "m4.large",
            "c7a.medium",
            "g4dn.xlarge",
            "i4i.24xlarge",
            "inf1.xlarge",
            "p5.48xlarge",
            "z1d.large",
            "x1e.xlarge",
            "d3.xlarge")) {
      InstanceType type = CATALOG.require(name);
      assertThat(type.vcpus()).as(name).isPresent();
      assertThat(type.memoryMiB()).as(name).isPresent();
      assertThat(type.architecture()).as(name).isPresent();
    }
    InstanceType m4 = CATALOG.require("m4.large");
    assertThat(m4.vcpus()).hasValue(2);
    assertThat(m4.memoryMiB()).hasValue(8192);
    assertThat(m4.nitro()).isFalse();
    assertThat(PodCapacity.vpcCni(m4)).isEqualTo(20);
  }

  @Test
  void specsNoOfflineSourcePublishesAreUnknownNotZero() {
    InstanceType metal = CATALOG.require("c5a.metal");
    assertThat(metal.vcpus()).isEmpty();
    assertThat(metal.memoryMiB()).isEmpty();
    assertThat(metal.architecture()).isEmpty();
    assertThat(metal.bareMetal()).isTrue();
    assertThat(PodCapacity.vpcCni(metal)).isEqualTo(published.get("c5a.metal"));
    assertThat(PodCapacity.memoryLimit(metal)).isEmpty();
    assertThat(PodCapacity.overlay(metal)).isEqualTo(110);
  }

  @Test
  void theSeedsT3MicroHoldsFourPods() {
    InstanceType micro = CATALOG.require("t3.micro");
    assertThat(PodCapacity.vpcCni(micro)).isEqualTo(4);
    assertThat(SystemPods.workloadSlotsPerNode(micro, CniMode.VPC_CNI)).isEqualTo(2);
  }

  @Test
  void prefixDelegationFollowsAwsCalculatorWithItsCeilings() {
    // AWS max-pods-calculator.sh (src/test/resources/.../catalog/max-pods-calculator.md): ENIs ×
    // ((IPv4 per ENI − 1) × 16) + 2, capped at 110 up to 30 vCPUs.
    assertThat(PodCapacity.prefixDelegation(CATALOG.require("t3.micro"))).hasValue(34);
    assertThat(PodCapacity.prefixDelegation(CATALOG.require("t3.small"))).hasValue(110);
    assertThat(PodCapacity.prefixDelegation(CATALOG.require("m5.large"))).hasValue(110);
    assertThat(PodCapacity.prefixDelegation(CATALOG.require("m5.16xlarge"))).hasValue(250);
  }

  @Test
  void theCeilingRisesOnlyAboveThirtyVcpus() {
    // the calculator's test is CPU_COUNT -gt 30
    assertThat(PodCapacity.overlay(sized(30))).isEqualTo(110);
    assertThat(PodCapacity.overlay(sized(31))).isEqualTo(250);
  }

  @Test
  void prefixDelegationIsNotOfferedOffNitro() {
    InstanceType xen = CATALOG.require("t2.micro");
    assertThat(xen.nitro()).isFalse();
    assertThat(PodCapacity.prefixDelegation(xen)).isEmpty();
    assertThat(PodCapacity.maxPods(xen, CniMode.VPC_CNI_PREFIX_DELEGATION))
        .isEqualTo(PodCapacity.vpcCni(xen));
  }

  @Test
  void bareMetalGetsPrefixesAsTheCniGivesThem() {
    InstanceType metal = CATALOG.require("m6g.metal"); // hypervisor "unknown", bare metal
    assertThat(metal.nitro()).isFalse();
    assertThat(metal.bareMetal()).isTrue();
    assertThat(PodCapacity.prefixDelegation(metal)).hasValue(250);
  }

  @Test
  void customNetworkingLosesThePrimaryEni() {
    InstanceType large = CATALOG.require("m5.large"); // 3 ENIs × 10 addresses
    assertThat(PodCapacity.vpcCniCustomNetworking(large)).isEqualTo(2 * 9 + 2);
  }

  @Test
  void anOverlayIsBoundOnlyByTheKubelet() {
    assertThat(PodCapacity.overlay(CATALOG.require("t3.micro"))).isEqualTo(110);
    assertThat(PodCapacity.overlay(CATALOG.require("m5.24xlarge"))).isEqualTo(250);
  }

  @Test
  void memoryBindsOnSmallTypesAfterTheKubeletsReserve() {
    InstanceType micro = CATALOG.require("t3.micro"); // 1024 MiB
    // (1024 − 255 − 100) / (11 + 32) = 15
    assertThat(PodCapacity.memoryLimit(micro)).hasValue(15);
    assertThat(PodCapacity.limit(micro, CniMode.CALICO_OVERLAY))
        .isEqualTo(new PodLimit(15, PodLimit.Bound.MEMORY));
    assertThat(PodCapacity.limit(micro, CniMode.VPC_CNI_PREFIX_DELEGATION))
        .isEqualTo(new PodLimit(15, PodLimit.Bound.MEMORY));
    assertThat(PodCapacity.limit(micro, CniMode.VPC_CNI))
        .isEqualTo(new PodLimit(4, PodLimit.Bound.ADDRESSES));

    InstanceType large = CATALOG.require("m5.large"); // 8 GiB
    assertThat(PodCapacity.limit(large, CniMode.CALICO_OVERLAY))
        .isEqualTo(new PodLimit(110, PodLimit.Bound.KUBELET));
    assertThat(PodCapacity.limit(large, CniMode.VPC_CNI))
        .isEqualTo(new PodLimit(29, PodLimit.Bound.ADDRESSES));
  }

  @Test
  void unknownMemoryLeavesTheAddressOrKubeletLimit() {
    InstanceType metal = CATALOG.require("u-6tb1.metal");
    assertThat(PodCapacity.limit(metal, CniMode.CALICO_OVERLAY))
        .isEqualTo(new PodLimit(110, PodLimit.Bound.KUBELET));
  }

  @Test
  void subnetAddressesTakenPerNodeDependOnTheMode() {
    InstanceType micro = CATALOG.require("t3.micro");
    assertThat(PodCapacity.subnetAddressesAtMaxPods(micro, CniMode.VPC_CNI)).isEqualTo(4);
    assertThat(PodCapacity.subnetAddressesAtMaxPods(micro, CniMode.CALICO_OVERLAY)).isEqualTo(1);
    // 32 pod addresses = two /28 prefixes on two ENIs, plus the two primary addresses
    assertThat(PodCapacity.subnetAddressesAtMaxPods(micro, CniMode.VPC_CNI_PREFIX_DELEGATION))
        .isEqualTo(2 + 2 * 16);
  }

  @Test
  void mostTypesHaveABundledUsEast1Price() {
    long priced =
        CATALOG.all().stream().filter(t -> t.hourlyPriceUsd("us-east-1").isPresent()).count();
    assertThat(priced).isGreaterThan(CATALOG.size() * 9 / 10);
    assertThat(CATALOG.require("t3.micro").hourlyPriceUsd("us-east-1")).hasValue(0.0104);
    assertThat(CATALOG.require("t3.micro").hourlyPriceUsd("eu-central-1")).hasValue(0.012);
    assertThat(CATALOG.require("m4.large").hourlyPriceUsd("eu-central-1")).isEmpty();
  }

  @Test
  void unknownTypesNameCloseMatches() {
    var error =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            () -> CATALOG.require("t3.micr"), UnknownInstanceTypeException.class);
    assertThat(error.closeMatches()).contains("t3.micro");
    assertThat(Set.copyOf(error.closeMatches())).doesNotContain("m5.large");
  }

  private static InstanceType sized(int vcpus) {
    return new InstanceType(
        "x.test",
        OptionalInt.of(vcpus),
        OptionalInt.of(1 << 20),
        15,
        50,
        true,
        false,
        Optional.of(Architecture.X86_64),
        Map.of());
  }
}
