package dev.eksdesk.cli.kube;

import dev.eksdesk.cloud.AccountSession;
import dev.eksdesk.cloud.AwsSession;
import dev.eksdesk.engine.exec.WorkloadMover;
import dev.eksdesk.session.WorkloadMovers;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a node group's pods by opening its cluster as the Kubernetes commands do (the Sandbox's
 * Kubernetes started in this process, an AWS cluster reached through EKS) and draining the group
 * there ({@code ClusterRuntime.moveOff}), on a thread of its own.
 */
public final class OpenedClusterMovers implements WorkloadMovers {
  private static final Logger LOG = LoggerFactory.getLogger(OpenedClusterMovers.class);

  private final KubeCommandContext clusters;

  public OpenedClusterMovers(KubeCommandContext clusters) {
    this.clusters = clusters;
  }

  @Override
  public WorkloadMover in(AccountSession session) {
    return move -> {
      CompletableFuture<String> done = new CompletableFuture<>();
      Thread worker =
          new Thread(
              () -> {
                try {
                  done.complete(moveOn(session, move));
                } catch (Exception e) {
                  done.completeExceptionally(e);
                }
              },
              "move-pods-" + move.nodeGroup());
      worker.setDaemon(true);
      worker.start();
      return done;
    };
  }

  private String moveOn(AccountSession session, WorkloadMover.NodeGroupMove move) throws Exception {
    Optional<ClusterOpener.OpenCluster> opened =
        session instanceof AwsSession aws
            ? clusters.aws().open(move.cluster(), aws)
            : clusters.sandbox().open(move.cluster());
    if (opened.isEmpty()) {
      return "no nodes of " + move.cluster() + " to move pods off";
    }
    try (ClusterOpener.OpenCluster cluster = opened.get()) {
      return cluster.runtime().moveOff(move, event -> LOG.info("{}: {}", move.nodeGroup(), event));
    }
  }
}
