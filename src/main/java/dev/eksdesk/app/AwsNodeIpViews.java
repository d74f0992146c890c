package dev.eksdesk.app;

import dev.eksdesk.cloud.aws.NodeInterfaces;
import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.catalog.InstanceType;
import dev.eksdesk.domain.catalog.PodCapacity;
import dev.eksdesk.domain.net.Ipv4Cidr;
import dev.eksdesk.kube.ClusterSnapshot;
import dev.eksdesk.kube.EniView;
import dev.eksdesk.kube.NodeIpView;
import dev.eksdesk.kube.NodeRow;
import dev.eksdesk.kube.PodRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Pod addresses per node on AWS, from what EC2 says of each node's ENIs and what Kubernetes says of
 * the pods on it: a secondary address (or an address of a prefix) that a pod on the node uses is
 * assigned, any other is warm, held by the VPC CNI for pods to come.
 */
final class AwsNodeIpViews {
  private AwsNodeIpViews() {}

  /**
   * @param waitingForAddress pods ("namespace/name") whose sandbox failed for want of an address,
   *     by node name
   */
  static List<NodeIpView> of(
      List<NodeInterfaces> instances,
      ClusterSnapshot cluster,
      InstanceCatalog catalog,
      CniMode specMode,
      Map<String, List<String>> waitingForAddress) {
    Map<String, NodeInterfaces> byInstance =
        instances.stream()
            .collect(Collectors.toMap(NodeInterfaces::instanceId, Function.identity()));
    Map<String, List<PodRow>> podsByNode =
        cluster.pods().stream()
            .filter(p -> p.node() != null)
            .collect(Collectors.groupingBy(PodRow::node));
    List<NodeIpView> views = new ArrayList<>();
    for (NodeRow node : cluster.nodes()) {
      NodeInterfaces ec2 = byInstance.get(node.instanceId());
      if (ec2 == null) {
        continue; // not an instance of this cluster's node groups (or already terminated)
      }
      List<PodRow> pods = podsByNode.getOrDefault(node.name(), List.of());
      views.add(
          view(
              node,
              ec2,
              pods,
              catalog.find(ec2.instanceType()),
              specMode,
              waitingForAddress.getOrDefault(node.name(), List.of())));
    }
    return views;
  }

  private static NodeIpView view(
      NodeRow node,
      NodeInterfaces ec2,
      List<PodRow> pods,
      Optional<InstanceType> type,
      CniMode specMode,
      List<String> waiting) {
    Set<String> podAddresses =
        pods.stream()
            .filter(p -> !p.hostNetwork() && p.ip() != null)
            .map(PodRow::ip)
            .collect(Collectors.toSet());
    List<EniView> enis = ec2.interfaces().stream().map(eni -> eni(eni, podAddresses)).toList();
    CniMode mode = node.cni().orElse(specMode);
    boolean overlay = mode == CniMode.CALICO_OVERLAY;
    int capacity =
        overlay
            ? node.maxPods()
            : type.map(
                    t -> PodCapacity.podAddressSlots(t, mode == CniMode.VPC_CNI_PREFIX_DELEGATION))
                .orElse(node.maxPods());
    int overlayInUse =
        overlay
            ? (int)
                pods.stream().filter(p -> !p.hostNetwork() && "Running".equals(p.status())).count()
            : 0;
    return new NodeIpView(
        node.name(),
        ec2.instanceType(),
        node.maxPods(),
        node.cni().map(AwsNodeIpViews::pluginName),
        capacity,
        overlay ? List.of() : enis,
        List.of(),
        overlayInUse,
        node.podsRunning(),
        waiting);
  }

  private static EniView eni(NodeInterfaces.Interface eni, Set<String> podAddresses) {
    List<String> held = new ArrayList<>(eni.secondaryAddresses());
    for (String prefix : eni.prefixes()) {
      Ipv4Cidr block = Ipv4Cidr.parse(prefix);
      for (long a = block.network(); a <= block.lastAddress(); a++) {
        held.add(Ipv4Cidr.formatAddress(a));
      }
    }
    List<String> assigned = held.stream().filter(podAddresses::contains).toList();
    List<String> warm = held.stream().filter(a -> !podAddresses.contains(a)).toList();
    return new EniView(
        eni.eniId(), eni.deviceIndex(), eni.primaryAddress(), assigned, warm, eni.prefixes());
  }

  private static String pluginName(CniMode mode) {
    return mode == CniMode.CALICO_OVERLAY ? "calico" : "aws-vpc-cni";
  }
}
