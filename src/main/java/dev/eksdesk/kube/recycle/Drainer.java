package dev.eksdesk.kube.recycle;

import dev.eksdesk.kube.Pods;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * kubectl cordon and drain: evictions through the Eviction API, which honours disruption budgets,
 * retried until the deadline; DaemonSet and mirror pods stay, as kubectl's --ignore-daemonsets.
 */
final class Drainer {
  private static final String MIRROR_ANNOTATION = "kubernetes.io/config.mirror";
  private static final int NOT_FOUND = 404;

  private final KubernetesClient client;
  private final KubernetesClient evictions;

  /**
   * @param evictions a client that does not retry 429 itself (see KubeClients.withoutRetries)
   */
  Drainer(KubernetesClient client, KubernetesClient evictions) {
    this.client = client;
    this.evictions = evictions;
  }

  boolean exists(String node) {
    return client.nodes().withName(node).get() != null;
  }

  void cordon(String node) {
    client
        .nodes()
        .withName(node)
        .edit(
            n -> {
              n.getSpec().setUnschedulable(true);
              return n;
            });
  }

  void uncordon(String node) {
    client
        .nodes()
        .withName(node)
        .edit(
            n -> {
              n.getSpec().setUnschedulable(false);
              return n;
            });
  }

  /** Evicts until the node holds only DaemonSet pods; returns the pods left at the deadline. */
  List<String> drain(String node, Duration timeout, Duration poll, Consumer<RecycleEvent> events)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Set<String> reportedBlocked = new HashSet<>();
    while (true) {
      List<Pod> remaining = evictable(node);
      if (remaining.isEmpty()) {
        return List.of();
      }
      for (Pod pod : remaining) {
        if (pod.getMetadata().getDeletionTimestamp() == null && evict(pod)) {
          events.accept(new RecycleEvent.PodEvicted(node, Pods.key(pod)));
        } else if (pod.getMetadata().getDeletionTimestamp() == null
            && reportedBlocked.add(pod.getMetadata().getUid())) {
          events.accept(
              new RecycleEvent.EvictionBlocked(
                  node, Pods.key(pod), "a PodDisruptionBudget allows no more disruptions now"));
        }
      }
      if (System.nanoTime() > deadline) {
        return evictable(node).stream().map(Pods::key).toList();
      }
      LockSupport.parkNanos(poll.toNanos());
      if (Thread.interrupted()) {
        throw new InterruptedException("stopped while draining " + node);
      }
    }
  }

  /** Deletes the pods outright, disruption budgets notwithstanding (the user chose so). */
  void deleteRemaining(String node) {
    for (Pod pod : evictable(node)) {
      client
          .pods()
          .inNamespace(pod.getMetadata().getNamespace())
          .withName(pod.getMetadata().getName())
          .delete();
    }
  }

  int daemonSetPods(String node) {
    return (int) podsOn(node).stream().filter(p -> Pods.daemonSet(p).isPresent()).count();
  }

  /**
   * The pods on the node that a drain moves. Listed whole and filtered here: a field selector on
   * spec.nodeName is what kubectl uses, but the mock server answers it with nothing.
   */
  List<Pod> evictable(String node) {
    return podsOn(node).stream()
        .filter(p -> Pods.daemonSet(p).isEmpty())
        .filter(p -> !isMirror(p))
        .filter(p -> !Pods.isTerminal(p))
        .toList();
  }

  private List<Pod> podsOn(String node) {
    return client.pods().inAnyNamespace().list().getItems().stream()
        .filter(p -> Objects.equals(node, Pods.nodeName(p)))
        .toList();
  }

  private static boolean isMirror(Pod pod) {
    Map<String, String> annotations = pod.getMetadata().getAnnotations();
    return annotations != null && annotations.containsKey(MIRROR_ANNOTATION);
  }

  /** True when evicted (or already gone); false when a disruption budget refused. */
  private boolean evict(Pod pod) {
    try {
      return evictions
          .pods()
          .inNamespace(pod.getMetadata().getNamespace())
          .withName(pod.getMetadata().getName())
          .evict();
    } catch (KubernetesClientException e) {
      if (e.getCode() == NOT_FOUND) {
        return true;
      }
      throw e;
    }
  }
}
