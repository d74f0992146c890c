package dev.eksdesk.app;

import dev.eksdesk.kube.ClusterSnapshot;
import dev.eksdesk.kube.NodeRow;
import dev.eksdesk.kube.PodRow;
import dev.eksdesk.topology.LiveTopology;
import dev.eksdesk.topology.NodeInfo;
import dev.eksdesk.topology.PodInfo;
import dev.eksdesk.topology.PodStatus;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Puts the nodes and pods the cluster watch sees into the topology drawing. */
final class ClusterSnapshotTopology {
  private ClusterSnapshotTopology() {}

  static void draw(ClusterSnapshot snapshot, LiveTopology topology) {
    Map<String, Long> podAddressesByNode =
        snapshot.pods().stream()
            .filter(p -> !p.hostNetwork() && p.ip() != null && !p.ip().isEmpty())
            .collect(Collectors.groupingBy(PodRow::node, Collectors.counting()));
    List<NodeInfo> nodes = snapshot.nodes().stream().map(n -> node(n, podAddressesByNode)).toList();
    topology.replaceNodes(nodes);
    topology.replacePods(snapshot.pods().stream().map(ClusterSnapshotTopology::pod).toList());
  }

  private static NodeInfo node(NodeRow row, Map<String, Long> podAddressesByNode) {
    int inUse = podAddressesByNode.getOrDefault(row.name(), 0L).intValue();
    // capacity 0: the card shows pods against max pods, which is the limit that binds here
    return new NodeInfo(
        row.name(),
        row.instanceId(),
        row.instanceType(),
        row.zone(),
        row.internalIp(),
        "",
        row.maxPods(),
        inUse,
        0,
        row.ready());
  }

  private static PodInfo pod(PodRow row) {
    return new PodInfo(
        row.namespace(),
        row.name(),
        row.node(),
        row.ip(),
        PodStatus.fromKubectl(row.status()),
        row.hostNetwork());
  }
}
