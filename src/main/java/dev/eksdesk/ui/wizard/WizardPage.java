package dev.eksdesk.ui.wizard;

import java.util.List;

/** The wizard's pages, in order, and which spec fields each one owns for error display. */
public enum WizardPage {
  CREDENTIALS("Credentials", List.of("name", "region", "state")),
  NETWORK("Network layout", List.of("network", "controlPlane.publicAccessCidrs")),
  NODES("Nodes", List.of("nodeGroup", "cni", "sshKey", "controlPlane.kubernetesVersion")),
  REVIEW("Review", List.of());

  private final String title;
  private final List<String> ownedPaths;

  WizardPage(String title, List<String> ownedPaths) {
    this.title = title;
    this.ownedPaths = ownedPaths;
  }

  public String title() {
    return title;
  }

  /** Whether a problem at {@code path} is shown on, and blocks, this page. */
  public boolean owns(String path) {
    if (this == REVIEW) {
      return true;
    }
    return ownedPaths.stream()
        .anyMatch(p -> path.equals(p) || path.startsWith(p + ".") || path.startsWith(p + "["));
  }
}
