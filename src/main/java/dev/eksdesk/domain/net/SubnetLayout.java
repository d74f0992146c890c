package dev.eksdesk.domain.net;

import java.util.ArrayList;
import java.util.List;

/**
 * Carves a VPC into one public and one private subnet per zone: the small public blocks first, then
 * the larger private blocks (where nodes and, under the VPC CNI, pods take addresses), each aligned
 * to its own size.
 */
public final class SubnetLayout {
  private SubnetLayout() {}

  /** A planned block for one zone. */
  public record PlannedSubnet(String zone, boolean isPublic, Ipv4Cidr block) {}

  public static List<PlannedSubnet> plan(
      Ipv4Cidr vpc, List<String> zones, int publicPrefix, int privatePrefix) {
    if (zones.isEmpty()) {
      throw new IllegalArgumentException("choose at least one availability zone");
    }
    if (publicPrefix < vpc.prefixLength() || privatePrefix < vpc.prefixLength()) {
      throw new IllegalArgumentException(
          "subnets must be smaller than the VPC " + vpc + " (a larger prefix number)");
    }
    List<PlannedSubnet> planned = new ArrayList<>();
    long cursor = vpc.network();
    for (String zone : zones) {
      Ipv4Cidr block = alignedAt(cursor, publicPrefix);
      planned.add(new PlannedSubnet(zone, true, block));
      cursor = block.lastAddress() + 1;
    }
    for (String zone : zones) {
      Ipv4Cidr block = alignedAt(cursor, privatePrefix);
      planned.add(new PlannedSubnet(zone, false, block));
      cursor = block.lastAddress() + 1;
    }
    Ipv4Cidr last = planned.get(planned.size() - 1).block();
    if (!vpc.contains(last)) {
      throw new IllegalArgumentException(
          zones.size()
              + " zones with public /"
              + publicPrefix
              + " and private /"
              + privatePrefix
              + " subnets do not fit in "
              + vpc
              + "; choose smaller subnets or a larger VPC");
    }
    return planned;
  }

  private static Ipv4Cidr alignedAt(long address, int prefix) {
    long size = 1L << (32 - prefix);
    long aligned = (address + size - 1) / size * size;
    return new Ipv4Cidr(aligned, prefix);
  }
}
