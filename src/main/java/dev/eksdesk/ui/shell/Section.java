package dev.eksdesk.ui.shell;

/** The places the navigation leads to. */
public enum Section {
  CLUSTERS("Clusters", "mdi2v-view-list-outline"),
  SETUP("Setup", "mdi2r-rocket-launch-outline"),
  TOPOLOGY("Topology", "mdi2s-sitemap"),
  DASHBOARDS("Dashboards", "mdi2v-view-dashboard-outline"),
  NODES_PODS("Nodes & Pods", "mdi2s-server"),
  WORKLOADS("Workloads", "mdi2c-cube-outline");

  private final String title;
  private final String iconLiteral;

  Section(String title, String iconLiteral) {
    this.title = title;
    this.iconLiteral = iconLiteral;
  }

  public String title() {
    return title;
  }

  public String iconLiteral() {
    return iconLiteral;
  }
}
