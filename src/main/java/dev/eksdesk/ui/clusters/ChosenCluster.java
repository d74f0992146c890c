package dev.eksdesk.ui.clusters;

/** The one cluster every screen shows, remembered across restarts. */
public record ChosenCluster(ClusterSource source, String name, String account, String region) {
  /** For the title and the status bar: "demo · account sandbox · eu-west-1". */
  public String label() {
    return name + " · account " + account + (region.isEmpty() ? "" : " · " + region);
  }
}
