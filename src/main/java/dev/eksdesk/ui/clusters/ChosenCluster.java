package dev.eksdesk.ui.clusters;

import dev.eksdesk.cluster.ClusterKey;

/** The one cluster every screen shows, remembered across restarts. */
public record ChosenCluster(ClusterSource source, String name, String account, String region) {
  /** The live cluster this is, as {@code ClusterRuntimes} knows it. */
  public ClusterKey key() {
    return new ClusterKey(account, region, name);
  }

  /** For the title and the status bar: "demo · account sandbox · eu-west-1". */
  public String label() {
    return name + " · account " + account + (region.isEmpty() ? "" : " · " + region);
  }
}
