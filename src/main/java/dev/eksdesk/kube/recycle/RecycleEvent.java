package dev.eksdesk.kube.recycle;

import java.util.List;

/** Progress of a node recycling run, per node, for the UI's progress list and the CLI. */
public sealed interface RecycleEvent {
  record NodeStarted(String node, int position, int of) implements RecycleEvent {}

  record NodeCordoned(String node) implements RecycleEvent {}

  /**
   * After a CNI swap, every node still to recycle was cordoned before the first drain: a node not
   * yet recycled cannot give new pods an address, so drained pods wait for a replacement instead.
   */
  record NodesCordonedAhead(List<String> nodes) implements RecycleEvent {}

  record PodEvicted(String node, String pod) implements RecycleEvent {}

  /**
   * A disruption budget refused this pod's eviction; the drain keeps retrying until its timeout.
   */
  record EvictionBlocked(String node, String pod, String reason) implements RecycleEvent {}

  record NodeDrained(String node, int podsEvicted, int daemonSetPodsLeft) implements RecycleEvent {}

  /**
   * The drain ran out of time with these pods still on the node; {@code decision} says what next.
   */
  record DrainTimedOut(String node, List<String> remainingPods, DrainDecision decision)
      implements RecycleEvent {
    public DrainTimedOut {
      remainingPods = List.copyOf(remainingPods);
    }
  }

  record ReplacementRequested(String node, String instanceId) implements RecycleEvent {}

  /**
   * The replacement joined and is Ready. A max-pods figure that did not grow after a swap to an
   * overlay means the launch template still bootstraps nodes for the VPC CNI.
   */
  record ReplacementReady(String oldNode, String newNode, int oldMaxPods, int newMaxPods)
      implements RecycleEvent {}

  /** Pods on the new node checked against the overlay pool; any outside it are listed. */
  record OverlayChecked(String node, int podsChecked, List<String> podsOutsidePool)
      implements RecycleEvent {
    public OverlayChecked {
      podsOutsidePool = List.copyOf(podsOutsidePool);
    }
  }

  record NodeRecycled(String oldNode, String newNode) implements RecycleEvent {}

  /** An earlier run of the recycle, stopped mid-way, had already replaced this node. */
  record AlreadyRecycled(String oldNode, String newNode) implements RecycleEvent {}

  /** Left out at the user's choice (drain timeout); the node was uncordoned again. */
  record NodeSkipped(String node, String reason) implements RecycleEvent {}

  record Paused(String beforeStep) implements RecycleEvent {}

  record Resumed() implements RecycleEvent {}

  /** What was left behind (a cordoned node, say) and what to do about it. */
  record Aborted(String leftBehind) implements RecycleEvent {}

  record Failed(String node, String what, String whatToDo) implements RecycleEvent {}

  record Finished(RecycleOutcome outcome) implements RecycleEvent {}
}
