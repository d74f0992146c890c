package dev.eksdesk.kube.sandbox;

import dev.eksdesk.kube.Nodes;
import dev.eksdesk.kube.Pods;
import dev.eksdesk.kube.Selectors;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The default scheduler as far as pod slots go: a pending pod goes to the Ready, uncordoned node
 * with the fewest pods that still has room under its --max-pods, or stays Pending with
 * FailedScheduling. Resource requests, affinity and taints are not modelled.
 */
final class Scheduler {
  private final KubernetesClient client;
  private final EventRecorder events;
  private final Supplier<String> now;

  Scheduler(KubernetesClient client, EventRecorder events, Supplier<String> now) {
    this.client = client;
    this.events = events;
    this.now = now;
  }

  /** Returns whether it bound a pod or recorded a new refusal. */
  boolean schedule(ClusterState state) {
    boolean changed = false;
    Map<String, Integer> load = new HashMap<>();
    state
        .nodes()
        .forEach(
            n ->
                load.put(
                    n.getMetadata().getName(), state.livePodsOn(n.getMetadata().getName()).size()));
    List<Pod> unbound =
        state.pods().stream()
            .filter(p -> Pods.nodeName(p) == null && !Pods.isTerminal(p))
            .sorted(
                Comparator.comparing(p -> String.valueOf(p.getMetadata().getCreationTimestamp())))
            .toList();
    for (Pod pod : unbound) {
      Optional<Node> target =
          state.nodes().stream()
              .filter(n -> fits(n, pod, load))
              .min(
                  Comparator.comparing((Node n) -> load.get(n.getMetadata().getName()))
                      .thenComparing(n -> n.getMetadata().getName()));
      if (target.isPresent()) {
        String node = target.get().getMetadata().getName();
        bind(pod, node);
        load.merge(node, 1, Integer::sum);
        changed = true;
      } else {
        changed |= refuse(pod, state.nodes(), load);
      }
    }
    return changed;
  }

  private static boolean fits(Node node, Pod pod, Map<String, Integer> load) {
    return Nodes.isReady(node)
        && !Nodes.isCordoned(node)
        && load.get(node.getMetadata().getName()) < Nodes.maxPods(node)
        && matchesNodeSelector(node, pod);
  }

  private static boolean matchesNodeSelector(Node node, Pod pod) {
    Map<String, String> selector = pod.getSpec().getNodeSelector();
    return selector == null
        || selector.isEmpty()
        || Selectors.matches(selector, node.getMetadata().getLabels());
  }

  /**
   * The mock has no pods/binding subresource, so the binding is a plain update of spec.nodeName
   * (which a real API server would refuse).
   */
  private void bind(Pod pod, String node) {
    pod.getSpec().setNodeName(node);
    client.pods().inNamespace(pod.getMetadata().getNamespace()).resource(pod).update();
  }

  private boolean refuse(Pod pod, List<Node> nodes, Map<String, Integer> load) {
    String message =
        "0/" + nodes.size() + " nodes are available: " + reasons(pod, nodes, load) + ".";
    events.warnOnce(pod, "FailedScheduling", message, "default-scheduler");
    var status = PodStatuses.unschedulable(message, now.get());
    if (PodStatuses.sameState(pod.getStatus(), status)) {
      return false;
    }
    pod.setStatus(status);
    client.pods().inNamespace(pod.getMetadata().getNamespace()).resource(pod).updateStatus();
    return true;
  }

  /** The scheduler's summary, for example "1 node(s) were unschedulable, 2 Too many pods". */
  private static String reasons(Pod pod, List<Node> nodes, Map<String, Integer> load) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Node node : nodes) {
      String reason;
      if (!Nodes.isReady(node)) {
        reason = "node(s) had untolerated taint {node.kubernetes.io/not-ready: }";
      } else if (Nodes.isCordoned(node)) {
        reason = "node(s) were unschedulable";
      } else if (!matchesNodeSelector(node, pod)) {
        reason = "node(s) didn't match Pod's node affinity/selector";
      } else {
        reason = "Too many pods";
      }
      counts.merge(reason, 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey())
        .collect(Collectors.joining(", "));
  }
}
