package dev.eksdesk.domain.spec;

import dev.eksdesk.domain.catalog.InstanceType;
import dev.eksdesk.domain.catalog.PodCapacity;
import dev.eksdesk.domain.net.Ipv4Cidr;
import java.util.List;

/**
 * Whether each private subnet can hold the addresses its share of the node group takes at the
 * group's maximum size. Nodes are spread evenly over the zones, as EKS does.
 */
public final class SubnetPodCapacity {
  private SubnetPodCapacity() {}

  /** One private subnet's verdict. */
  public record Row(SubnetSpec subnet, long usableAddresses, int nodesAtMax, long addressesNeeded) {
    public boolean fits() {
      return addressesNeeded <= usableAddresses;
    }
  }

  public static List<Row> assess(ClusterSpec spec, InstanceType nodeType) {
    List<SubnetSpec> privateSubnets = spec.network().subnets(SubnetKind.PRIVATE);
    if (privateSubnets.isEmpty()) {
      return List.of();
    }
    int perNode = PodCapacity.subnetAddressesAtMaxPods(nodeType, spec.cni());
    int zones = privateSubnets.size();
    int nodesPerSubnet = (spec.nodeGroup().maxSize() + zones - 1) / zones;
    return privateSubnets.stream()
        .map(
            s -> {
              long usable = usable(s);
              return new Row(s, usable, nodesPerSubnet, (long) nodesPerSubnet * perNode);
            })
        .toList();
  }

  private static long usable(SubnetSpec subnet) {
    try {
      return Ipv4Cidr.parse(subnet.cidr()).usableInAwsSubnet();
    } catch (IllegalArgumentException e) {
      return 0;
    }
  }
}
