package dev.eksdesk.ui.topology;

/**
 * Where the Topology screen looks for clusters to open: the account the rest of the app works on
 * now (the Sandbox, or the AWS account the wizard verified). Implemented in the composition root.
 */
@FunctionalInterface
public interface ClusterFinder {

  /** Called on the FX thread, so it only reads the choice: no cloud call, no disk. */
  ClusterLookup lookup();
}
