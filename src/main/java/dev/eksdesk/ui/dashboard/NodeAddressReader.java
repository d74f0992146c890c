package dev.eksdesk.ui.dashboard;

import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.net.Ipv4Cidr;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.SubnetSpec;
import dev.eksdesk.insight.NodeAddressUse;
import dev.eksdesk.insight.SubnetAddressUse;
import dev.eksdesk.kube.EniView;
import dev.eksdesk.kube.NodeIpView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns the nodes' ENI views into address use per node and per subnet. */
final class NodeAddressReader {
  private NodeAddressReader() {}

  static NodeAddressUse use(NodeIpView view, CniMode specMode) {
    CniMode mode = mode(view, specMode);
    boolean overlay = mode == CniMode.CALICO_OVERLAY;
    return new NodeAddressUse(
        view.nodeName(),
        view.instanceType(),
        mode,
        view.maxPods(),
        view.podsRunning(),
        overlay ? view.overlayAddressesInUse() : view.vpcAddressesInUse(),
        view.warmAddresses(),
        view.addressCapacity(),
        view.podsWaitingForAddress().size());
  }

  /** The CNI the kubelet calls now; the spec's until an agent has installed one. */
  static CniMode mode(NodeIpView view, CniMode specMode) {
    return view.activePlugin()
        .map(
            plugin ->
                plugin.contains("calico")
                    ? CniMode.CALICO_OVERLAY
                    : view.enis().stream().anyMatch(e -> !e.prefixes().isEmpty())
                        ? CniMode.VPC_CNI_PREFIX_DELEGATION
                        : CniMode.VPC_CNI)
        .orElse(specMode);
  }

  static List<String> eniLines(NodeIpView view) {
    List<String> lines = new ArrayList<>();
    for (EniView eni : view.enis()) {
      lines.add(
          String.format(
              Locale.ROOT,
              "%s #%d (%s): %d assigned, %d warm%s",
              eni.eniId(),
              eni.deviceIndex(),
              eni.primaryAddress(),
              eni.assignedAddresses().size(),
              eni.warmAddresses().size(),
              eni.prefixes().isEmpty() ? "" : ", prefixes " + String.join(" ", eni.prefixes())));
    }
    if (!view.overlayBlocks().isEmpty()) {
      lines.add("Calico blocks " + String.join(" ", view.overlayBlocks()));
    }
    return lines;
  }

  /**
   * Addresses held in each of the spec's subnets. Where the cloud counted the subnet's free
   * addresses, held is what it does not call free; elsewhere, what the nodes' ENIs hold (an ENI's
   * primary address, assigned and warm ones), found by the subnet that contains each ENI's primary
   * address. A subnet with neither is left out.
   */
  static List<SubnetAddressUse> subnets(
      ClusterSpec spec, List<NodeIpView> views, Map<String, Long> available) {
    List<SubnetAddressUse> subnets = new ArrayList<>();
    for (SubnetSpec subnet : spec.network().subnets()) {
      Ipv4Cidr block = Ipv4Cidr.parse(subnet.cidr());
      long usable = block.usableInAwsSubnet();
      Long free = available.get(block.toString());
      long held =
          free != null
              ? usable - free
              : views.stream()
                  .flatMap(v -> v.enis().stream())
                  .filter(e -> contains(block, e.primaryAddress()))
                  .mapToLong(e -> 1L + e.assignedAddresses().size() + e.warmAddresses().size())
                  .sum();
      if (held > 0 || free != null) {
        subnets.add(new SubnetAddressUse(subnet.name(), subnet.cidr(), usable, held));
      }
    }
    return subnets;
  }

  private static boolean contains(Ipv4Cidr block, String address) {
    return address != null
        && !address.isEmpty()
        && block.containsAddress(Ipv4Cidr.parse(address + "/32").network());
  }
}
