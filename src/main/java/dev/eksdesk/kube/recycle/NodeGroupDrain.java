package dev.eksdesk.kube.recycle;

import dev.eksdesk.kube.KubeClients;
import dev.eksdesk.kube.KubeEndpoint;
import dev.eksdesk.kube.Nodes;
import dev.eksdesk.kube.WellKnown;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Moves the pods off a node group that is about to be deleted, with the recycler's cordon and
 * evictions ({@link Drainer}): waits for the successor group's nodes to be Ready, cordons every
 * node of the old group (so evicted pods do not land on its other nodes), then drains them one by
 * one within the pods' disruption budgets. The old nodes stay until the group's deletion removes
 * them, so the nodes that take pods never number fewer than the successor's.
 */
public final class NodeGroupDrain {
  private final KubernetesClient client;
  private final Duration drainTimeout;
  private final Duration joinTimeout;
  private final Duration poll;

  private NodeGroupDrain(KubernetesClient client, RecycleOptions options) {
    this.client = client;
    this.drainTimeout = options.drainTimeout();
    this.joinTimeout = options.replacementTimeout();
    this.poll = options.poll();
  }

  /**
   * Blocks until the old group's nodes hold only DaemonSet pods.
   *
   * @param options the drain timeout, how long the successor's nodes may take to be Ready, the poll
   * @return what was done, in words
   * @throws TimeoutException when the successor's nodes do not join in time (nothing was cordoned)
   *     or disruption budgets keep pods on the old nodes past the drain timeout (named)
   */
  public static String moveOff(
      KubeEndpoint endpoint, RecycleOptions options, Move move, Consumer<RecycleEvent> events)
      throws TimeoutException, InterruptedException {
    try (KubernetesClient client = KubeClients.connect(endpoint)) {
      return new NodeGroupDrain(client, options).moveOff(move, events);
    }
  }

  /**
   * @param nodeGroup the group whose nodes are drained (their eks.amazonaws.com/nodegroup label)
   * @param successor the group that takes the pods, if any
   * @param successorNodes how many of its nodes must be Ready before anything is cordoned
   */
  public record Move(String nodeGroup, Optional<String> successor, int successorNodes) {}

  private String moveOff(Move move, Consumer<RecycleEvent> events)
      throws TimeoutException, InterruptedException {
    if (move.successor().isPresent()) {
      awaitReady(move.successor().get(), move.successorNodes());
    }
    // evictions refused by a budget are retried by the drain, not by the client
    try (KubernetesClient evictions = KubeClients.withoutRetries(client)) {
      return drain(move, new Drainer(client, evictions), events);
    }
  }

  private String drain(Move move, Drainer drainer, Consumer<RecycleEvent> events)
      throws TimeoutException, InterruptedException {
    List<String> nodes = nodesOf(move.nodeGroup());
    for (String node : nodes) {
      drainer.cordon(node);
      events.accept(new RecycleEvent.NodeCordoned(node));
    }
    int moved = 0;
    for (String node : nodes) {
      int before = drainer.evictable(node).size();
      List<String> left = drainer.drain(node, drainTimeout, poll, events);
      if (!left.isEmpty()) {
        throw new TimeoutException(
            "after "
                + drainTimeout.toMinutes()
                + " min the disruption budgets still keep "
                + String.join(", ", left)
                + " on "
                + node);
      }
      moved += before;
      events.accept(new RecycleEvent.NodeDrained(node, before, drainer.daemonSetPods(node)));
    }
    return "moved "
        + moved
        + " pod(s) off the "
        + nodes.size()
        + " node(s) of "
        + move.nodeGroup()
        + move.successor().map(s -> " onto " + s).orElse("");
  }

  private void awaitReady(String group, int wanted) throws TimeoutException, InterruptedException {
    long deadline = System.nanoTime() + joinTimeout.toNanos();
    while (readyNodesOf(group) < wanted) {
      if (System.nanoTime() > deadline) {
        throw new TimeoutException(
            "only "
                + readyNodesOf(group)
                + " of the "
                + wanted
                + " nodes of "
                + group
                + " are Ready after "
                + joinTimeout.toSeconds()
                + " s; nothing was cordoned");
      }
      LockSupport.parkNanos(poll.toNanos());
      if (Thread.interrupted()) {
        throw new InterruptedException("stopped while waiting for the nodes of " + group);
      }
    }
  }

  private long readyNodesOf(String group) {
    return nodes(group).stream().filter(Nodes::isReady).filter(n -> !Nodes.isCordoned(n)).count();
  }

  private List<String> nodesOf(String group) {
    return nodes(group).stream().map(n -> n.getMetadata().getName()).sorted().toList();
  }

  private List<Node> nodes(String group) {
    return client.nodes().withLabel(WellKnown.LABEL_NODEGROUP, group).list().getItems();
  }
}
