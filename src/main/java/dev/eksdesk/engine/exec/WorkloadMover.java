package dev.eksdesk.engine.exec;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Moves the pods off a node group's nodes before the engine deletes the group: after its successor
 * (a replacement made create before destroy) is ACTIVE, its nodes are cordoned and their pods
 * evicted within their disruption budgets, so they land on the successor's nodes. Implemented over
 * Kubernetes by {@code ClusterRuntime.moveOff}; the engine knows only this port.
 */
@FunctionalInterface
public interface WorkloadMover {

  /**
   * Where nothing reaches the cluster's Kubernetes: the group's deletion drains its nodes itself,
   * as EKS does when a managed node group is deleted.
   */
  WorkloadMover NONE =
      move ->
          CompletableFuture.completedFuture(
              "no Kubernetes connection here: EKS drains the nodes as it deletes the group");

  /**
   * Starts moving the pods. Called again for the same group after a crash: cordoning and evicting
   * what is left are safe to repeat.
   *
   * @return completes with what was done, in words; fails with why the pods could not all move (the
   *     group is then not deleted)
   */
  CompletableFuture<String> moveOff(NodeGroupMove move);

  /**
   * @param nodeGroup the EKS name of the group about to be deleted
   * @param successor the EKS name of the group replacing it, if any
   * @param successorNodes how many of the successor's nodes must be Ready before the old ones are
   *     cordoned (its desired size), so the nodes that take pods never number fewer than that
   */
  record NodeGroupMove(
      String cluster, String nodeGroup, Optional<String> successor, int successorNodes) {}
}
