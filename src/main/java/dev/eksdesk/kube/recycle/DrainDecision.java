package dev.eksdesk.kube.recycle;

/** The choice offered when a drain runs out of time. */
public enum DrainDecision {
  /** Give the drain another full timeout. */
  KEEP_WAITING,
  /** Delete the remaining pods without asking their disruption budgets. */
  DELETE_REMAINING_PODS,
  /** Uncordon the node, leave it as it is, go on with the next one. */
  SKIP_NODE,
  /** Stop the run; the node stays cordoned. */
  ABORT
}
