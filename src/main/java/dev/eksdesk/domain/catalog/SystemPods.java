package dev.eksdesk.domain.catalog;

/** Pods EKS itself runs, which take pod slots before the user's workloads get any. */
public final class SystemPods {
  /** The CNI's node agent (aws-node or calico-node) and kube-proxy, on every node. */
  public static final int DAEMONSET_PER_NODE = 2;

  /** coredns (two replicas) and metrics-server, somewhere in the cluster. */
  public static final int CLUSTER = 3;

  private SystemPods() {}

  /**
   * Slots left for the user's pods on one node after its daemon-set pods, within the limit that
   * binds first (addresses, the kubelet or memory).
   */
  public static int workloadSlotsPerNode(InstanceType type, CniMode mode) {
    return Math.max(0, PodCapacity.limit(type, mode).pods() - DAEMONSET_PER_NODE);
  }

  /** Slots left for the user's pods across {@code nodes} nodes. */
  public static int workloadSlots(InstanceType type, CniMode mode, int nodes) {
    return Math.max(0, workloadSlotsPerNode(type, mode) * nodes - CLUSTER);
  }
}
