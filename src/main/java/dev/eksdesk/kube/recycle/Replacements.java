package dev.eksdesk.kube.recycle;

import dev.eksdesk.domain.net.Ipv4Cidr;
import dev.eksdesk.kube.Nodes;
import dev.eksdesk.kube.Pods;
import dev.eksdesk.kube.Waits;
import dev.eksdesk.kube.WellKnown;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/** Watches for a replacement node to join, and checks the addresses its pods get. */
final class Replacements {
  private final KubernetesClient client;

  Replacements(KubernetesClient client) {
    this.client = client;
  }

  Set<String> currentNodeNames() {
    return Set.copyOf(
        client.nodes().list().getItems().stream().map(n -> n.getMetadata().getName()).toList());
  }

  /** A node that was not there before, of the same node group, Ready and schedulable. */
  Node awaitNewNode(Set<String> before, String nodeGroup, Duration timeout, Duration poll)
      throws TimeoutException, InterruptedException {
    AtomicReference<Node> found = new AtomicReference<>();
    Waits.until(
        "a replacement node joins and is Ready",
        timeout,
        poll,
        () -> {
          Optional<Node> fresh =
              client.nodes().list().getItems().stream()
                  .filter(n -> !before.contains(n.getMetadata().getName()))
                  .filter(
                      n ->
                          nodeGroup == null
                              || nodeGroup.equals(Nodes.label(n, WellKnown.LABEL_NODEGROUP)))
                  .filter(n -> Nodes.isReady(n) && !Nodes.isCordoned(n))
                  .findFirst();
          fresh.ifPresent(found::set);
          return fresh.isPresent();
        });
    return found.get();
  }

  /**
   * Waits until every pod-network pod on the node has started, then lists those whose address is
   * outside the pool. Waiting matters: right after joining, a node's pods are still being created.
   */
  RecycleEvent.OverlayChecked checkOverlay(
      String node, String poolCidr, Duration timeout, Duration poll)
      throws TimeoutException, InterruptedException {
    Ipv4Cidr pool = Ipv4Cidr.parse(poolCidr);
    Waits.until(
        "the pods on " + node + " have started",
        timeout,
        poll,
        () -> podNetworkPods(node).stream().allMatch(p -> "Running".equals(Pods.phase(p))));
    List<Pod> pods = podNetworkPods(node);
    List<String> outside =
        pods.stream()
            .filter(p -> !inPool(pool, p.getStatus().getPodIP()))
            .map(
                p ->
                    Pods.key(p)
                        + " "
                        + Objects.requireNonNullElse(p.getStatus().getPodIP(), "(no address)"))
            .toList();
    return new RecycleEvent.OverlayChecked(node, pods.size(), outside);
  }

  /** A pod running without an address is not on the overlay either. */
  private static boolean inPool(Ipv4Cidr pool, String podIp) {
    return podIp != null && pool.containsAddress(Ipv4Cidr.parse(podIp + "/32").network());
  }

  private List<Pod> podNetworkPods(String node) {
    return client.pods().inAnyNamespace().list().getItems().stream()
        .filter(p -> Objects.equals(node, Pods.nodeName(p)))
        .filter(p -> !Pods.usesHostNetwork(p) && !Pods.isTerminal(p))
        .toList();
  }
}
