package dev.eksdesk.cli.kube;

import dev.eksdesk.cluster.ClusterRuntime;
import java.util.Optional;

/**
 * Brings a named cluster up for the length of one command. The composition root implements it for
 * the sandbox (whose Kubernetes lives in the process that runs it).
 */
@FunctionalInterface
public interface ClusterOpener {
  /** The cluster, to be closed by the caller; empty when there is no such cluster with nodes. */
  Optional<OpenCluster> open(String name);

  /** Used when nothing was wired: no cluster can be opened. */
  ClusterOpener NONE = name -> Optional.empty();

  /** A cluster opened for a command, and what to close when the command is done. */
  record OpenCluster(ClusterRuntime runtime, AutoCloseable resources) implements AutoCloseable {
    @Override
    public void close() throws Exception {
      resources.close();
    }
  }
}
