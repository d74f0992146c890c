package dev.eksdesk.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks our formulas against AWS's own published figures (eni-max-pods.txt). */
class PodCapacityTest {
  private static final InstanceCatalog CATALOG = InstanceCatalog.bundled();
  private static Map<String, Integer> published;

  @BeforeAll
  static void readAwsList() throws IOException {
    published = new HashMap<>();
    try (InputStream in = PodCapacityTest.class.getResourceAsStream("eni-max-pods.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String trimmed = line.trim();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          String[] parts = trimmed.split("\\s+");
          published.put(parts[0], Integer.parseInt(parts[1]));
        }
      }
    }
  }

  @Test
  void everyCatalogTypeMatchesAwsPublishedMaxPods() {
    assertThat(CATALOG.size()).isGreaterThan(100);
    for (InstanceType type : CATALOG.all()) {
      assertThat(published).as("AWS publishes %s", type.name()).containsKey(type.name());
      assertThat(PodCapacity.vpcCni(type))
          .as("max pods of %s under the VPC CNI", type.name())
          .isEqualTo(published.get(type.name()));
    }
  }

  @Test
  void theSeedsT3MicroHoldsFourPods() {
    InstanceType micro = CATALOG.require("t3.micro");
    assertThat(PodCapacity.vpcCni(micro)).isEqualTo(4);
    assertThat(SystemPods.workloadSlotsPerNode(micro, CniMode.VPC_CNI)).isEqualTo(2);
  }

  @Test
  void prefixDelegationFollowsAwsCalculatorWithItsCeilings() {
    // max-pods-calculator.sh: ENIs × ((IPv4 per ENI − 1) × 16) + 2, capped at 110 below 30 vCPUs.
    assertThat(PodCapacity.prefixDelegation(CATALOG.require("t3.micro"))).hasValue(34);
    assertThat(PodCapacity.prefixDelegation(CATALOG.require("m5.large"))).hasValue(110);
    assertThat(PodCapacity.prefixDelegation(CATALOG.require("m5.24xlarge"))).hasValue(250);
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
  void subnetAddressesTakenPerNodeDependOnTheMode() {
    InstanceType micro = CATALOG.require("t3.micro");
    assertThat(PodCapacity.subnetAddressesAtMaxPods(micro, CniMode.VPC_CNI)).isEqualTo(4);
    assertThat(PodCapacity.subnetAddressesAtMaxPods(micro, CniMode.CALICO_OVERLAY)).isEqualTo(1);
    // 32 pod addresses = two /28 prefixes on two ENIs, plus the two primary addresses
    assertThat(PodCapacity.subnetAddressesAtMaxPods(micro, CniMode.VPC_CNI_PREFIX_DELEGATION))
        .isEqualTo(2 + 2 * 16);
  }

  @Test
  void everyTypeHasBothBundledPricesOrSaysSo() {
    long priced =
        CATALOG.all().stream()
            .filter(t -> t.hourlyPriceUsd("eu-central-1").isPresent())
            .filter(t -> t.hourlyPriceUsd("us-east-1").isPresent())
            .count();
    assertThat(priced).isGreaterThan(CATALOG.size() / 2);
    assertThat(CATALOG.require("t3.micro").hourlyPriceUsd("us-east-1")).hasValue(0.0104);
  }

  @Test
  void unknownTypesNameCloseMatches() {
    var error =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            () -> CATALOG.require("t3.micr"), UnknownInstanceTypeException.class);
    assertThat(error.closeMatches()).contains("t3.micro");
    assertThat(Set.copyOf(error.closeMatches())).doesNotContain("m5.large");
  }
}
