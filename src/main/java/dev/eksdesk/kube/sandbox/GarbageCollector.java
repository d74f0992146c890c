package dev.eksdesk.kube.sandbox;

import dev.eksdesk.kube.Pods;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The mock server has no garbage collector: deleting a DaemonSet leaves its pods, deleting a node
 * leaves the pods bound to it. This does what the garbage collector and the pod GC controller do.
 */
final class GarbageCollector {
  private static final Set<String> CONTROLLER_KINDS = Set.of("Deployment", "DaemonSet");

  private final KubernetesClient client;

  GarbageCollector(KubernetesClient client) {
    this.client = client;
  }

  /** Returns whether it deleted anything. */
  boolean collect(ClusterState state) {
    boolean changed = false;
    Set<String> owners =
        Stream.concat(
                state.deployments().stream().map(d -> d.getMetadata().getUid()),
                state.daemonSets().stream().map(d -> d.getMetadata().getUid()))
            .collect(Collectors.toSet());
    Set<String> nodes = state.nodesByName().keySet();
    for (Pod pod : state.pods()) {
      boolean orphaned =
          Pods.controller(pod)
              .filter(o -> CONTROLLER_KINDS.contains(o.getKind()))
              .map(o -> !owners.contains(o.getUid()))
              .orElse(false);
      String node = Pods.nodeName(pod);
      boolean onVanishedNode = node != null && !nodes.contains(node);
      if (orphaned || onVanishedNode) {
        client
            .pods()
            .inNamespace(pod.getMetadata().getNamespace())
            .withName(pod.getMetadata().getName())
            .delete();
        changed = true;
      }
    }
    return changed;
  }
}
