package dev.eksdesk.session;

import dev.eksdesk.cloud.AccountSession;
import dev.eksdesk.engine.exec.WorkloadMover;

/**
 * How the CLI and the app reach a cluster's Kubernetes to move the pods off a node group before
 * deleting it; the composition root wires them (cli.kube.OpenedClusterMovers).
 */
@FunctionalInterface
public interface WorkloadMovers {
  /** Nothing wired: EKS drains the nodes as it deletes the group. */
  WorkloadMovers NONE = session -> WorkloadMover.NONE;

  /** The mover for clusters of this account session (the session stays the caller's). */
  WorkloadMover in(AccountSession session);
}
