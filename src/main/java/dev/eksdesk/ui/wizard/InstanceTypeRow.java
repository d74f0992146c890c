package dev.eksdesk.ui.wizard;

import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.catalog.InstanceType;
import dev.eksdesk.domain.catalog.PodCapacity;
import dev.eksdesk.domain.catalog.PodLimit;
import dev.eksdesk.domain.cost.CostEstimator;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One line of the instance-type table, figures ready to show and sort.
 *
 * @param memoryBound the modes whose pod figure is memory's, lower than the kubelet's max-pods
 */
public record InstanceTypeRow(
    String name,
    Integer vcpus,
    Double memoryGiB,
    int maxEnis,
    int ipv4PerEni,
    int maxPodsVpcCni,
    Integer maxPodsPrefixDelegation,
    int maxPodsOverlay,
    Double pricePerHour,
    Double pricePerPodSlotMonth,
    Set<CniMode> memoryBound) {

  /** Pod figures are what fits on the node: the kubelet's max-pods, or less where memory binds. */
  public static InstanceTypeRow of(
      InstanceType t, CniMode mode, String region, CostEstimator costs) {
    var prefix = PodCapacity.prefixDelegation(t);
    var price = t.hourlyPriceUsd(region);
    var perSlot = costs.pricePerPodSlotMonth(t, mode, region);
    return new InstanceTypeRow(
        t.name(),
        t.vcpus().isPresent() ? t.vcpus().getAsInt() : null,
        t.memoryGiB().isPresent() ? t.memoryGiB().getAsDouble() : null,
        t.maxEnis(),
        t.ipv4PerEni(),
        PodCapacity.limit(t, CniMode.VPC_CNI).pods(),
        prefix.isPresent() ? PodCapacity.limit(t, CniMode.VPC_CNI_PREFIX_DELEGATION).pods() : null,
        PodCapacity.limit(t, CniMode.CALICO_OVERLAY).pods(),
        price.isPresent() ? price.getAsDouble() : null,
        perSlot.isPresent() ? perSlot.getAsDouble() : null,
        Arrays.stream(CniMode.values())
            .filter(m -> PodCapacity.limit(t, m).bound() == PodLimit.Bound.MEMORY)
            .collect(Collectors.toUnmodifiableSet()));
  }
}
