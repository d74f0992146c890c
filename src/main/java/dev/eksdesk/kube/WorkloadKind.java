package dev.eksdesk.kube;

/** The kinds the Workloads screen lists, in the order it lists them. */
public enum WorkloadKind {
  DEPLOYMENT("Deployment"),
  DAEMON_SET("DaemonSet"),
  STATEFUL_SET("StatefulSet"),
  SERVICE("Service");

  private final String label;

  WorkloadKind(String label) {
    this.label = label;
  }

  @Override
  public String toString() {
    return label;
  }
}
