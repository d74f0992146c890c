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
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Live nodes and pods of any cluster from two informers (one list, then watch events; never
 * polling). Each event only updates a map entry; snapshots are built and published by a {@link
 * CoalescingPublisher}, so 10,000 pods cost the listener a few calls per second at most.
 */
final class ClusterWatch implements AutoCloseable {
  private final Map<String, TrackedPod> pods = new ConcurrentHashMap<>();
  private final Map<String, Node> nodes = new ConcurrentHashMap<>();
  private final CoalescingPublisher<ClusterSnapshot> publisher;
  private final SharedIndexInformer<Pod> podInformer;
  private final SharedIndexInformer<Node> nodeInformer;

  /** A pod's row plus what the node table needs from it. */
  private record TrackedPod(PodRow row, Optional<CniMode> agentOf) {}

  ClusterWatch(KubernetesClient client, Duration interval, Consumer<ClusterSnapshot> listener) {
    this.publisher = new CoalescingPublisher<>(interval, this::snapshot, listener);
    this.podInformer = client.pods().inAnyNamespace().runnableInformer(0);
    this.nodeInformer = client.nodes().runnableInformer(0);
    podInformer.addEventHandler(
        handler(
            p -> p.getMetadata().getUid(), pods, p -> new TrackedPod(PodRows.of(p), agentOf(p))));
    nodeInformer.addEventHandler(handler(n -> n.getMetadata().getName(), nodes, n -> n));
  }

  /** Starts both informers without waiting for their first list. */
  void start() {
    nodeInformer.start();
    podInformer.start();
  }

  private <T, V> ResourceEventHandler<T> handler(
      Function<T, String> key, Map<String, V> into, Function<T, V> value) {
    return new ResourceEventHandler<>() {
      @Override
      public void onAdd(T obj) {
        into.put(key.apply(obj), value.apply(obj));
        publisher.changed();
      }

      @Override
      public void onUpdate(T oldObj, T newObj) {
        into.put(key.apply(newObj), value.apply(newObj));
        publisher.changed();
      }

      @Override
      public void onDelete(T obj, boolean deletedFinalStateUnknown) {
        into.remove(key.apply(obj));
        publisher.changed();
      }
    };
  }

  ClusterSnapshot snapshot() {
    Map<String, Integer> running = new HashMap<>();
    Map<String, CniMode> cniByNode = new HashMap<>();
    List<PodRow> podRows = new ArrayList<>(pods.size());
    for (TrackedPod pod : pods.values()) {
      podRows.add(pod.row());
      if (pod.row().node() != null && "Running".equals(pod.row().status())) {
        running.merge(pod.row().node(), 1, Integer::sum);
        pod.agentOf().ifPresent(cni -> cniByNode.put(pod.row().node(), cni));
      }
    }
    podRows.sort(Comparator.comparing(PodRow::namespace).thenComparing(PodRow::name));
    List<NodeRow> nodeRows =
        nodes.values().stream()
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
