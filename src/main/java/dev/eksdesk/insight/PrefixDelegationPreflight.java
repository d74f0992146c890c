package dev.eksdesk.insight;

import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.catalog.InstanceType;
import dev.eksdesk.domain.catalog.PodCapacity;
import dev.eksdesk.domain.net.Ipv4Cidr;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.SubnetKind;
import dev.eksdesk.domain.spec.SubnetSpec;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Whether a running cluster can switch its VPC CNI to prefix delegation: the node type must be
 * Nitro (the CNI attaches /28 prefixes only there), and each private subnet must keep enough free,
 * aligned /28 blocks for the nodes the group runs (the new nodes boot while the old ones still hold
 * their addresses), said in nodes' worth.
 */
public final class PrefixDelegationPreflight {
  private static final int BLOCK_SIZE = PodCapacity.ADDRESSES_PER_PREFIX;

  private PrefixDelegationPreflight() {}

  /**
   * One private subnet's room for prefixes.
   *
   * @param freeBlocks aligned /28 blocks no address or prefix in the subnet touches (AWS's five
   *     reserved addresses excluded)
   * @param blocksPerNode prefixes one node takes at its max pods
   * @param nodesDesired the group's nodes in this subnet at desired size
   * @param nodesAtMax the group's nodes in this subnet at max size
   */
  public record SubnetRoom(
      String name,
      String cidr,
      int freeBlocks,
      int blocksPerNode,
      int nodesDesired,
      int nodesAtMax) {
    public int nodesThatFit() {
      return blocksPerNode < 1 ? 0 : freeBlocks / blocksPerNode;
    }

    public String line() {
      return String.format(
          Locale.ROOT,
          "%s %s: %d free /28 blocks, %d per node: room for %d nodes (%d at desired size, %d at"
              + " max)",
          name,
          cidr,
          freeBlocks,
          blocksPerNode,
          nodesThatFit(),
          nodesDesired,
          nodesAtMax);
    }
  }

  /**
   * What the check found.
   *
   * @param problems what refuses the change, each with what to do
   * @param warnings what allows it but should be known
   */
  public record Result(
      String instanceType,
      int maxPodsBefore,
      int maxPodsAfter,
      List<SubnetRoom> subnets,
      List<String> problems,
      List<String> warnings) {
    public Result {
      subnets = List.copyOf(subnets);
      problems = List.copyOf(problems);
      warnings = List.copyOf(warnings);
    }

    public boolean canProceed() {
      return problems.isEmpty();
    }

    /** The check in words, one line each: the pods per node, the subnets, then what was found. */
    public List<String> lines() {
      List<String> lines = new ArrayList<>();
      lines.add(
          String.format(
              Locale.ROOT,
              "%s nodes: max pods %d -> %d (new nodes replace the old ones)",
              instanceType,
              maxPodsBefore,
              maxPodsAfter));
      subnets.forEach(s -> lines.add(s.line()));
      warnings.forEach(w -> lines.add("warning: " + w));
      problems.forEach(p -> lines.add("refused: " + p));
      return lines;
    }
  }

  /**
   * @param spec the cluster as it runs now
   * @param type its node type
   * @param heldBlocks what is taken in its subnets now, as CIDR blocks: addresses as /32, prefixes
   *     as /28 (see {@code NodeIpView.subnetBlocksHeld})
   */
  public static Result check(ClusterSpec spec, InstanceType type, List<String> heldBlocks) {
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    int before = PodCapacity.maxPods(type, spec.cni());
    if (spec.cni() == CniMode.CALICO_OVERLAY) {
      problems.add(
          "the cluster runs Calico, which gives pods overlay addresses; prefix delegation is a"
              + " setting of the AWS VPC CNI");
    }
    if (!type.supportsPrefixDelegation()) {
      problems.add(
          type.name()
              + " is not a Nitro type, where the VPC CNI cannot attach /28 prefixes; change the"
              + " node type first (e.g. t3 or m5)");
      return new Result(type.name(), before, before, List.of(), problems, warnings);
    }
    int after = PodCapacity.maxPods(type, CniMode.VPC_CNI_PREFIX_DELEGATION);
    List<SubnetSpec> privateSubnets = spec.network().subnets(SubnetKind.PRIVATE);
    int zones = Math.max(1, privateSubnets.size());
    int desired = ceilDiv(spec.nodeGroup().desiredSize(), zones);
    int atMax = ceilDiv(spec.nodeGroup().maxSize(), zones);
    List<Ipv4Cidr> held = heldBlocks.stream().map(Ipv4Cidr::parse).toList();
    List<SubnetRoom> rooms = new ArrayList<>();
    for (SubnetSpec subnet : privateSubnets) {
      Ipv4Cidr cidr = Ipv4Cidr.parse(subnet.cidr());
      SubnetRoom room =
          new SubnetRoom(
              subnet.name(),
              subnet.cidr(),
              freeBlocks(cidr, held),
              PodCapacity.prefixesAtMaxPods(type),
              desired,
              atMax);
      rooms.add(room);
      if (room.nodesThatFit() < desired) {
        problems.add(
            subnet.name()
                + " has room for "
                + room.nodesThatFit()
                + " nodes' prefixes but the group runs "
                + desired
                + " there; free addresses in it or use a larger private subnet");
      } else if (room.nodesThatFit() < atMax) {
        warnings.add(
            subnet.name()
                + " has room for "
                + room.nodesThatFit()
                + " nodes' prefixes, fewer than the "
                + atMax
                + " the group may scale to there");
      }
    }
    if (spec.cni() == CniMode.VPC_CNI_PREFIX_DELEGATION) {
      warnings.add("prefix delegation is on already; there is nothing to change");
    }
    return new Result(type.name(), before, after, rooms, problems, warnings);
  }

  /** Aligned /28 blocks of the subnet that hold no taken address and none of AWS's reserved. */
  static int freeBlocks(Ipv4Cidr subnet, List<Ipv4Cidr> held) {
    int blocks = (int) (subnet.size() / BLOCK_SIZE);
    BitSet taken = new BitSet(blocks);
    if (blocks > 0) {
      taken.set(0); // the network address and the three AWS reserves
      taken.set(blocks - 1); // the broadcast address
    }
    for (Ipv4Cidr block : held) {
      if (!subnet.overlaps(block)) {
        continue;
      }
      long first = Math.max(block.network(), subnet.network()) - subnet.network();
      long last = Math.min(block.lastAddress(), subnet.lastAddress()) - subnet.network();
      taken.set((int) (first / BLOCK_SIZE), (int) (last / BLOCK_SIZE) + 1);
    }
    return blocks - taken.cardinality();
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }
}
