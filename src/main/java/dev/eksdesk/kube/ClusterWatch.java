package dev.eksdesk.kube;

import dev.eksdesk.domain.catalog.CniMode;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Live nodes and pods of any cluster from two informers (one list, then watch events; never
 * polling). Nothing is published until both informers have their first list, so the first snapshot
 * is the whole cluster, not the first few objects to arrive; an empty cluster publishes an empty
 * snapshot. Snapshots are read from the informers' stores and published by a {@link
 * CoalescingPublisher}, so 10,000 pods cost the listener a few calls per second at most; a pod's
 * row is only rebuilt when its resource version changes.
 */
final class ClusterWatch implements AutoCloseable {
  private final CoalescingPublisher<ClusterSnapshot> publisher;
  private final SharedIndexInformer<Pod> podInformer;
  private final SharedIndexInformer<Node> nodeInformer;
  private volatile boolean synced;

  /** Rows of the last snapshot by pod uid; touched only on the publisher's thread. */
  private Map<String, TrackedPod> rowsByUid = new HashMap<>();

  /** A pod's row plus what the node table needs from it, as of one resource version. */
  private record TrackedPod(String resourceVersion, PodRow row, Optional<CniMode> agentOf) {
    static TrackedPod of(Pod pod) {
      return new TrackedPod(
          pod.getMetadata().getResourceVersion(), PodRows.of(pod), ClusterWatch.agentOf(pod));
    }
  }

  ClusterWatch(KubernetesClient client, Duration interval, Consumer<ClusterSnapshot> listener) {
    this.publisher = new CoalescingPublisher<>(interval, this::snapshot, listener);
    this.podInformer = client.pods().inAnyNamespace().runnableInformer(0);
    this.nodeInformer = client.nodes().runnableInformer(0);
    ResourceEventHandler<Object> changed =
        new ResourceEventHandler<>() {
          @Override
          public void onAdd(Object obj) {
            changedAfterSync();
          }

          @Override
          public void onUpdate(Object oldObj, Object newObj) {
            changedAfterSync();
          }

          @Override
          public void onDelete(Object obj, boolean deletedFinalStateUnknown) {
            changedAfterSync();
          }
        };
    podInformer.addEventHandler(cast(changed));
    nodeInformer.addEventHandler(cast(changed));
  }

  /** Starts both informers without waiting for their first list; the first snapshot follows it. */
  void start() {
    CompletableFuture.allOf(
            nodeInformer.start().toCompletableFuture(), podInformer.start().toCompletableFuture())
        .thenRun(
            () -> {
              synced = true;
              publisher.changed();
            });
  }

  /** Events of the first list are already in the stores the first snapshot reads. */
  private void changedAfterSync() {
    if (synced) {
      publisher.changed();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> ResourceEventHandler<T> cast(ResourceEventHandler<Object> handler) {
    return (ResourceEventHandler<T>) (ResourceEventHandler<?>) handler;
  }

  ClusterSnapshot snapshot() {
    Map<String, Integer> running = new HashMap<>();
    Map<String, CniMode> cniByNode = new HashMap<>();
    Map<String, TrackedPod> rows = new HashMap<>();
    for (Pod pod : podInformer.getStore().list()) {
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
        nodeInformer.getStore().list().stream()
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

  @Override
  public void close() {
    podInformer.close();
    nodeInformer.close();
    publisher.close();
  }
}
