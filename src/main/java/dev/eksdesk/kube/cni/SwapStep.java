package dev.eksdesk.kube.cni;

/** The swap's steps, in the order they run. */
public enum SwapStep {
  REMOVE_AWS_NODE("Remove the VPC CNI's aws-node DaemonSet"),
  INSTALL_CALICO("Install Calico " + CalicoRelease.VERSION),
  HOST_NETWORK("Move the API server's callees to host networking");

  private final String description;

  SwapStep(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
