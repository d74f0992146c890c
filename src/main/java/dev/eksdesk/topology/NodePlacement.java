package dev.eksdesk.topology;

import dev.eksdesk.domain.net.Ipv4Cidr;
import java.util.List;
import java.util.Optional;

/**
 * Which private subnet a node sits in: the one whose CIDR holds its address, else the private
 * subnet of its zone, else the first private subnet (a node group spans them all).
 */
final class NodePlacement {
  private final Topology topology;

  NodePlacement(Topology topology) {
    this.topology = topology;
  }

  Optional<String> subnetFor(NodeInfo node) {
    List<Element> privateSubnets = topology.ofKind(ElementKind.PRIVATE_SUBNET);
    Optional<String> byAddress = byAddress(node.internalIp(), privateSubnets);
    if (byAddress.isPresent()) {
      return byAddress;
    }
    return privateSubnets.stream()
        .filter(s -> s.parentId().equals(Zones.elementId(node.zone())))
        .map(Element::id)
        .findFirst()
        .or(() -> privateSubnets.stream().map(Element::id).findFirst());
  }

  private static Optional<String> byAddress(String ip, List<Element> subnets) {
    if (ip.isBlank()) {
      return Optional.empty();
    }
    long address;
    try {
      address = Ipv4Cidr.parse(ip + "/32").network();
    } catch (RuntimeException e) {
      return Optional.empty(); // not an IPv4 address: fall back to the zone
    }
    return subnets.stream()
        .filter(s -> containsAddress(s.details().getOrDefault(Details.CIDR, ""), address))
        .map(Element::id)
        .findFirst();
  }

  private static boolean containsAddress(String cidr, long address) {
    try {
      return !cidr.isBlank() && Ipv4Cidr.parse(cidr).containsAddress(address);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
