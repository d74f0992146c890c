package dev.eksdesk.ui.wizard;

import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.catalog.InstanceType;
import dev.eksdesk.domain.catalog.PodCapacity;
import dev.eksdesk.domain.cost.CostEstimator;

/** One line of the instance-type table, figures ready to show and sort. */
public record InstanceTypeRow(
    String name,
    int vcpus,
    double memoryGiB,
    int maxEnis,
    int ipv4PerEni,
    int maxPodsVpcCni,
    Integer maxPodsPrefixDelegation,
    int maxPodsOverlay,
    Double pricePerHour,
    Double pricePerPodSlotMonth) {

  static InstanceTypeRow of(InstanceType t, CniMode mode, String region, CostEstimator costs) {
    var prefix = PodCapacity.prefixDelegation(t);
    var price = t.hourlyPriceUsd(region);
    var perSlot = costs.pricePerPodSlotMonth(t, mode, region);
    return new InstanceTypeRow(
        t.name(),
        t.vcpus(),
        t.memoryGiB(),
        t.maxEnis(),
        t.ipv4PerEni(),
        PodCapacity.vpcCni(t),
        prefix.isPresent() ? prefix.getAsInt() : null,
        PodCapacity.overlay(t),
        price.isPresent() ? price.getAsDouble() : null,
        perSlot.isPresent() ? perSlot.getAsDouble() : null);
  }
}
