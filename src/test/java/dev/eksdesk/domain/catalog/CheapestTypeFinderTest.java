package dev.eksdesk.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheapestTypeFinderTest {
  private final CheapestTypeFinder finder = new CheapestTypeFinder(InstanceCatalog.bundled());

  @Test
  void optionsAreSortedByMonthlyPriceAndHoldThePods() {
    var options = finder.cheapest(30, CniMode.VPC_CNI, "eu-central-1", 5);
    assertThat(options).hasSize(5);
    for (int i = 1; i < options.size(); i++) {
      assertThat(options.get(i).monthlyUsd())
          .isGreaterThanOrEqualTo(options.get(i - 1).monthlyUsd());
    }
    for (var option : options) {
      int slots = SystemPods.workloadSlots(option.type(), CniMode.VPC_CNI, option.nodes());
      assertThat(slots).as(option.type().name()).isGreaterThanOrEqualTo(30);
    }
  }

  @Test
  void anOverlayNeedsFewerNodesThanTheVpcCni() {
    var vpc = finder.cheapest(30, CniMode.VPC_CNI, "eu-central-1", 1).get(0);
    var overlay = finder.cheapest(30, CniMode.CALICO_OVERLAY, "eu-central-1", 1).get(0);
    assertThat(overlay.monthlyUsd()).isLessThan(vpc.monthlyUsd());
    assertThat(overlay.nodes()).isEqualTo(1);
  }
}
