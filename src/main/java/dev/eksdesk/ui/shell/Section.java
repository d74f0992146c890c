package dev.eksdesk.ui.shell;

/** The places the navigation leads to. */
public enum Section {
  CLUSTERS("Clusters", "mdi2v-view-list-outline", "Every cluster, and which one the screens show."),
  SETUP("Setup", "mdi2r-rocket-launch-outline", "Create a cluster step by step."),
  TOPOLOGY("Topology", "mdi2s-sitemap", "What was built, drawn live."),
  DASHBOARDS("Dashboards", "mdi2v-view-dashboard-outline", "Metrics, pod-IP saturation, cost."),
  NODES_PODS("Nodes & Pods", "mdi2s-server", "Live nodes and pods, CNI swap, recycling."),
  WORKLOADS(
      "Workloads",
      "mdi2c-cube-outline",
      "Deployments, DaemonSets, StatefulSets, Services; port forwards.");

  private final String title;
  private final String iconLiteral;
  private final String summary;

  Section(String title, String iconLiteral, String summary) {
    this.title = title;
    this.iconLiteral = iconLiteral;
    this.summary = summary;
  }

  public String title() {
    return title;
  }

  public String iconLiteral() {
    return iconLiteral;
  }

  public String summary() {
    return summary;
  }
}
