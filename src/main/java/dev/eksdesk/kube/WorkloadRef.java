package dev.eksdesk.kube;

import java.util.Objects;

/** A workload that owns pods: what a restart or a scale acts on. */
public record WorkloadRef(Kind kind, String namespace, String name) {
  /** The workload kinds that can be restarted; only Deployments and StatefulSets scale. */
  public enum Kind {
    DEPLOYMENT("Deployment", true),
    DAEMON_SET("DaemonSet", false),
    STATEFUL_SET("StatefulSet", true);

    private final String apiName;
    private final boolean scales;

    Kind(String apiName, boolean scales) {
      this.apiName = apiName;
      this.scales = scales;
    }

    public String apiName() {
      return apiName;
    }

    public boolean scales() {
      return scales;
    }
  }

  public WorkloadRef {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
  }

  /** As kubectl names it: {@code deployment/coredns}. */
  @Override
  public String toString() {
    return kind.apiName().toLowerCase(java.util.Locale.ROOT) + "/" + name;
  }
}
