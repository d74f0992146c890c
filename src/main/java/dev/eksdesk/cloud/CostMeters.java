package dev.eksdesk.cloud;

import dev.eksdesk.domain.cost.CostCategory;
import dev.eksdesk.domain.cost.HourlyRates;
import dev.eksdesk.domain.cost.MeteredResource;
import java.util.ArrayList;
import java.util.List;

/**
 * Prices what a cluster runs by the hour: the control plane, every instance with its disk and
 * public address, every NAT gateway with its address. The items cost tools tend to forget (NAT, the
 * EKS fee, EBS, public IPv4) are all here.
 */
public final class CostMeters {
  /** The root volume of the bastion and worker hosts Eksdesk launches. */
  static final int STANDALONE_ROOT_DISK_GIB = 8;

  private CostMeters() {}

  /**
   * @param nodeDiskGiB the node group's disk size (from the launch template the spec made)
   */
  public static List<MeteredResource> of(
      MetricsInventory inventory, HourlyRates rates, int nodeDiskGiB) {
    List<MeteredResource> meters = new ArrayList<>();
    inventory
        .controlPlane()
        .ifPresent(plane -> meters.add(rates.controlPlane(plane.name(), plane.createdAt())));
    for (MetricsInventory.NatGateway nat : inventory.natGateways()) {
      meters.add(rates.natGateway(nat.id(), nat.createdAt()));
      meters.add(
          rates.publicIpv4(
              nat.id(), "Public IPv4 of " + nat.id(), CostCategory.NAT, nat.createdAt()));
    }
    for (MetricsInventory.Instance instance : inventory.instances()) {
      String label = instance.isNode() ? instance.id() : instance.name();
      rates
          .instance(instance.id(), label, instance.instanceType(), instance.launchedAt())
          .ifPresent(meters::add);
      int disk = instance.isNode() ? nodeDiskGiB : STANDALONE_ROOT_DISK_GIB;
      meters.add(rates.gp3Disk(instance.id(), "Disk of " + label, disk, instance.launchedAt()));
      if (instance.publicIp()) {
        meters.add(
            rates.publicIpv4(
                instance.id(),
                "Public IPv4 of " + label,
                CostCategory.OTHER,
                instance.launchedAt()));
      }
    }
    return meters;
  }
}
