package dev.eksdesk.cli.engine;

import dev.eksdesk.engine.exec.WorkloadMover;
import dev.eksdesk.session.AccountSession;

/**
 * How the engine commands reach a cluster's Kubernetes to move the pods off a node group before
 * deleting it; the composition root wires the cluster openers in (cli.kube).
 */
@FunctionalInterface
public interface WorkloadMovers {
  /** Nothing wired: EKS drains the nodes as it deletes the group. */
  WorkloadMovers NONE = session -> WorkloadMover.NONE;

  /** The mover for clusters of this account session (the session stays the caller's). */
  WorkloadMover in(AccountSession session);
}
