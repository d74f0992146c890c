package dev.eksdesk.kube;

import dev.eksdesk.domain.catalog.CniMode;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns nodes and pods into a {@link ClusterSnapshot}: rows as kubectl prints them, running pods
 * counted per node, each node's CNI read from its agent pod. A pod's row is rebuilt only when its
 * resource version changed since the last snapshot, so a watch over 10,000 pods stays cheap. Not
 * thread-safe: one caller at a time.
 */
final class ClusterSnapshots {
  /** A pod's row plus what the node table needs from it, as of one resource version. */
  private record TrackedPod(String resourceVersion, PodRow row, Optional<CniMode> agentOf) {
    static TrackedPod of(Pod pod) {
      return new TrackedPod(
          pod.getMetadata().getResourceVersion(), PodRows.of(pod), ClusterSnapshots.agentOf(pod));
    }
  }

  /** Rows of the last snapshot by pod uid. */
  private Map<String, TrackedPod> rowsByUid = new HashMap<>();

  ClusterSnapshot snapshot(Collection<Node> nodes, Collection<Pod> pods) {
    Map<String, Integer> running = new HashMap<>();
    Map<String, CniMode> cniByNode = new HashMap<>();
    Map<String, TrackedPod> rows = new HashMap<>();
    for (Pod pod : pods) {
      TrackedPod previous = rowsByUid.get(pod.getMetadata().getUid());
      boolean unchanged =
          previous != null
              && Objects.equals(previous.resourceVersion(), pod.getMetadata().getResourceVersion());
      rows.put(pod.getMetadata().getUid(), unchanged ? previous : TrackedPod.of(pod));
    }
    rowsByUid = rows;
    List<PodRow> podRows = new ArrayList<>(rows.size());
    for (TrackedPod pod : rows.values()) {
      podRows.add(pod.row());
      if (pod.row().node() != null && "Running".equals(pod.row().status())) {
        running.merge(pod.row().node(), 1, Integer::sum);
        pod.agentOf().ifPresent(cni -> cniByNode.put(pod.row().node(), cni));
      }
    }
    podRows.sort(Comparator.comparing(PodRow::namespace).thenComparing(PodRow::name));
    List<NodeRow> nodeRows =
        nodes.stream()
            .map(
                n -> {
                  String name = n.getMetadata().getName();
                  return new NodeRow(
                      name,
                      Nodes.instanceId(n),
                      Nodes.label(n, WellKnown.LABEL_INSTANCE_TYPE),
                      Nodes.label(n, WellKnown.LABEL_ZONE),
                      Nodes.internalIp(n),
                      running.getOrDefault(name, 0),
                      Nodes.maxPods(n),
                      Optional.ofNullable(cniByNode.get(name)),
                      Nodes.isReady(n),
                      Nodes.isCordoned(n),
                      PodRows.timestamp(n.getMetadata().getCreationTimestamp()));
                })
            .sorted(Comparator.comparing(NodeRow::name))
            .toList();
    return new ClusterSnapshot(nodeRows, podRows, Instant.now());
  }

  /** The CNI a pod is the node agent of: aws-node (plain or prefix delegation) or calico-node. */
  private static Optional<CniMode> agentOf(Pod pod) {
    Optional<String> daemonSet = Pods.daemonSet(pod);
    if (daemonSet.isEmpty()) {
      return Optional.empty();
    }
    return switch (daemonSet.get()) {
      case WellKnown.CALICO_NODE -> Optional.of(CniMode.CALICO_OVERLAY);
      case WellKnown.AWS_NODE ->
          Optional.of(
              prefixDelegationOn(pod) ? CniMode.VPC_CNI_PREFIX_DELEGATION : CniMode.VPC_CNI);
      default -> Optional.empty();
    };
  }

  private static boolean prefixDelegationOn(Pod pod) {
    return pod.getSpec().getContainers().stream()
        .flatMap(c -> c.getEnv() == null ? Stream.<EnvVar>empty() : c.getEnv().stream())
        .anyMatch(
            e ->
                WellKnown.ENV_PREFIX_DELEGATION.equals(e.getName())
                    && "true".equalsIgnoreCase(e.getValue()));
  }
}
