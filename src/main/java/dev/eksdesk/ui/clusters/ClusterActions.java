package dev.eksdesk.ui.clusters;

/** What the Clusters screen hands to the rest of the app (the composition root wires it). */
public interface ClusterActions {
  /** Every screen now shows this cluster; called on the FX thread. */
  void show(ChosenCluster cluster);

  /** Opens the wizard on the cluster's saved spec; only for clusters Eksdesk built. */
  void edit(ClusterRow cluster);

  /** Destroys the cluster (its name was typed to confirm); only for clusters Eksdesk built. */
  void destroy(ClusterRow cluster);
}
