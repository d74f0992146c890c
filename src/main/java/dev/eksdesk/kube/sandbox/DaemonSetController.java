package dev.eksdesk.kube.sandbox;

import dev.eksdesk.kube.Pods;
import dev.eksdesk.kube.Selectors;
import dev.eksdesk.kube.WorkloadActions;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetStatus;
import io.fabric8.kubernetes.api.model.apps.DaemonSetStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One pod per eligible node for each DaemonSet, bound to its node directly (DaemonSet pods tolerate
 * cordons). Template changes are not rolled out to existing pods, except a restart ({@code kubectl
 * rollout restart}'s annotation on the template), which replaces every pod at once.
 */
final class DaemonSetController {
  private static final String RESTARTED_AT = WorkloadActions.RESTARTED_AT;

  private final KubernetesClient client;

  DaemonSetController(KubernetesClient client) {
    this.client = client;
  }

  /** Returns whether it wrote anything. */
  boolean reconcile(ClusterState state) {
    boolean changed = false;
    for (DaemonSet daemonSet : state.daemonSets()) {
      Set<String> eligible =
          state.nodes().stream()
              .filter(n -> selects(daemonSet, n))
              .map(n -> n.getMetadata().getName())
              .collect(Collectors.toSet());
      List<Pod> owned =
          state.ownedBy(daemonSet.getMetadata().getUid()).stream()
              .filter(p -> !Pods.isTerminal(p))
              .toList();
      Set<String> covered = owned.stream().map(Pods::nodeName).collect(Collectors.toSet());
      for (String node : eligible) {
        if (!covered.contains(node)) {
          create(daemonSet, node);
          changed = true;
        }
      }
      for (Pod pod : owned) {
        if (!eligible.contains(Pods.nodeName(pod)) || restartedSince(daemonSet, pod)) {
          delete(pod);
          changed = true;
        }
      }
      changed |= updateStatus(daemonSet, eligible.size(), owned);
    }
    return changed;
  }

  private static boolean restartedSince(DaemonSet daemonSet, Pod pod) {
    var metadata = daemonSet.getSpec().getTemplate().getMetadata();
    String wanted =
        metadata == null || metadata.getAnnotations() == null
            ? null
            : metadata.getAnnotations().get(RESTARTED_AT);
    Map<String, String> annotations = pod.getMetadata().getAnnotations();
    return wanted != null
        && !wanted.equals(annotations == null ? null : annotations.get(RESTARTED_AT));
  }

  private static boolean selects(DaemonSet daemonSet, Node node) {
    Map<String, String> nodeSelector =
        daemonSet.getSpec().getTemplate().getSpec().getNodeSelector();
    return nodeSelector == null
        || nodeSelector.isEmpty()
        || Selectors.matches(nodeSelector, node.getMetadata().getLabels());
  }

  private void create(DaemonSet daemonSet, String nodeName) {
    Pod pod =
        PodFactory.fromTemplate(
            daemonSet,
            daemonSet.getSpec().getTemplate(),
            daemonSet.getMetadata().getName() + "-",
            Map.of(),
            nodeName);
    client.pods().inNamespace(daemonSet.getMetadata().getNamespace()).resource(pod).create();
  }

  private void delete(Pod pod) {
    client
        .pods()
        .inNamespace(pod.getMetadata().getNamespace())
        .withName(pod.getMetadata().getName())
        .delete();
  }

  private boolean updateStatus(DaemonSet daemonSet, int desired, List<Pod> owned) {
    int ready = (int) owned.stream().filter(Pods::isReady).count();
    DaemonSetStatus wanted =
        new DaemonSetStatusBuilder()
            .withObservedGeneration(daemonSet.getMetadata().getGeneration())
            .withDesiredNumberScheduled(desired)
            .withCurrentNumberScheduled(owned.size())
            .withUpdatedNumberScheduled(owned.size())
            .withNumberReady(ready)
            .withNumberAvailable(ready)
            .withNumberMisscheduled(0)
            .build();
    DaemonSetStatus actual = daemonSet.getStatus();
    if (actual != null
        && Objects.equals(actual.getDesiredNumberScheduled(), wanted.getDesiredNumberScheduled())
        && Objects.equals(actual.getCurrentNumberScheduled(), wanted.getCurrentNumberScheduled())
        && Objects.equals(actual.getNumberReady(), wanted.getNumberReady())) {
      return false;
    }
    daemonSet.setStatus(wanted);
    client
        .apps()
        .daemonSets()
        .inNamespace(daemonSet.getMetadata().getNamespace())
        .resource(daemonSet)
        .updateStatus();
    return true;
  }
}
