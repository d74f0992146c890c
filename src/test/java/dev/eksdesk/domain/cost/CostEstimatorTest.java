package dev.eksdesk.domain.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.NodeGroupSpec;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CostEstimatorTest {
  private final InstanceCatalog catalog = InstanceCatalog.bundled();

  /** A day when the default version was in standard support. */
  private final CostEstimator estimator =
      new CostEstimator(catalog, PriceBook.bundled()).on(LocalDate.of(2026, 1, 15));

  @Test
  void theSeedLayoutIsPricedLikeTheSeedsTable() {
    CostEstimate estimate = estimator.estimate(DefaultSpecs.firstCluster());
    var byCategory = estimate.byCategory();
    // NAT: 730 h × $0.052 + its public IPv4 730 h × $0.005 + 10 GB × $0.052
    assertThat(byCategory.get(CostCategory.NAT)).isCloseTo(37.96 + 3.65 + 0.52, within(0.01));
    assertThat(byCategory.get(CostCategory.CONTROL_PLANE)).isCloseTo(73.0, within(0.01));
    // EC2: 2 nodes + bastion + worker, all t3.micro at $0.012/h in Frankfurt
    double micro = catalog.require("t3.micro").hourlyPriceUsd("eu-central-1").getAsDouble();
    assertThat(micro).isEqualTo(0.012);
    assertThat(byCategory.get(CostCategory.EC2)).isCloseTo(4 * micro * 730, within(0.01));
    // The rest: node disks 2 × 20 GiB, bastion/worker disks 2 × 8 GiB, bastion IPv4, S3, audit logs
    double rest = 40 * 0.0952 + 16 * 0.0952 + 3.65 + 5 * 0.0245 + 0.63;
    assertThat(byCategory.get(CostCategory.OTHER)).isCloseTo(rest, within(0.01));
    assertThat(estimate.monthlyUsd()).isCloseTo(42.13 + 73.0 + 35.04 + rest, within(0.02));
    assertThat(estimate.exactPrices()).isTrue();
  }

  @Test
  void theDefaultVersionIsInStandardSupportToday() {
    CostEstimate today =
        estimator.on(LocalDate.of(2026, 12, 4)).estimate(DefaultSpecs.firstCluster());

    assertThat(today.byCategory().get(CostCategory.CONTROL_PLANE)).isCloseTo(73.0, within(0.01));
  }

  @Test
  void aVersionPastStandardSupportPaysTheExtendedSupportFee() {
    ClusterSpec first = DefaultSpecs.firstCluster();
    // 1.33: standard support ended 29 Jul 2026
    ClusterSpec spec = first.withControlPlane(first.controlPlane().withKubernetesVersion("1.33"));
    CostEstimate after = estimator.on(LocalDate.of(2026, 12, 4)).estimate(spec);

    assertThat(after.byCategory().get(CostCategory.CONTROL_PLANE)).isCloseTo(438.0, within(0.01));
    assertThat(after.items())
        .anySatisfy(
            i ->
                assertThat(i.name())
                    .isEqualTo("EKS control plane (Kubernetes 1.33 in extended support)"));
    assertThat(after.monthlyUsd() - estimator.estimate(spec).monthlyUsd())
        .isCloseTo(365.0, within(0.01));
    ClusterSpec upgraded = spec.withControlPlane(spec.controlPlane().withKubernetesVersion("1.35"));
    assertThat(
            estimator
                .on(LocalDate.of(2026, 12, 4))
                .estimate(upgraded)
                .byCategory()
                .get(CostCategory.CONTROL_PLANE))
        .isCloseTo(73.0, within(0.01));
  }

  @Test
  void aRegionWithoutPricesFallsBackAndSaysSo() {
    CostEstimate estimate = estimator.estimate(DefaultSpecs.firstCluster().withRegion("sa-east-1"));
    assertThat(estimate.exactPrices()).isFalse();
  }

  @Test
  void aTypeWithoutABundledPriceIsSaidToBeUnknownAndLeftOutOfTheTotal() {
    var spec = DefaultSpecs.firstCluster();
    var group = spec.nodeGroup();
    CostEstimate estimate =
        estimator.estimate(
            spec.withNodeGroup(
                new NodeGroupSpec(
                    group.name(),
                    "m4.large",
                    group.desiredSize(),
                    group.minSize(),
                    group.maxSize(),
                    group.capacityType(),
                    group.diskGiB(),
                    group.amiType())));
    var nodes =
        estimate.items().stream()
            .filter(i -> i.name().equals("Nodes (m4.large)"))
            .findFirst()
            .orElseThrow();
    assertThat(nodes.monthlyUsd()).isZero();
    assertThat(nodes.basis()).contains("price unknown offline").contains("not in the total");
  }

  @Test
  void aPodSlotOnAMicroCostsFarMoreUnderTheVpcCniThanUnderAnOverlay() {
    var micro = catalog.require("t3.micro");
    double vpc =
        estimator.pricePerPodSlotMonth(micro, CniMode.VPC_CNI, "eu-central-1").getAsDouble();
    double overlay =
        estimator.pricePerPodSlotMonth(micro, CniMode.CALICO_OVERLAY, "eu-central-1").getAsDouble();
    assertThat(vpc).isCloseTo(0.012 * 730 / 2, within(0.001));
    // 1 GiB holds 15 pods after the kubelet's reserve, not the overlay's 110: 13 workload slots
    assertThat(overlay).isCloseTo(0.012 * 730 / 13, within(0.001));
  }

  @Test
  void theDefaultNodeGroupHasRoomForOneWorkloadPod() {
    // 2 × t3.micro: 2 × (4 − 2 daemon-set pods) = 4 slots, minus coredns ×2 and metrics-server
    assertThat(estimator.workloadPodCapacity(DefaultSpecs.firstCluster())).isEqualTo(1);
  }
}
