package dev.eksdesk.app;

import dev.eksdesk.domain.spec.ClusterSpec;

/** Keeps {@code ClusterRuntimes} in step with the clusters an account runs. */
interface ClusterLifecycle {
  /**
   * The cluster's apply finished: make it reachable (call on a background thread). A lifecycle of
   * another account than the one in use does nothing.
   */
  void ready(ClusterSpec spec);

  /** The cluster is being destroyed, in the account in use: nothing should talk to it any more. */
  void gone(ClusterSpec spec);
}
