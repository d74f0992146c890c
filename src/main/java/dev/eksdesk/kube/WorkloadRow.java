package dev.eksdesk.kube;

import java.time.Duration;
import java.time.Instant;

/**
 * One line of the Workloads screen.
 *
 * @param ready ready pods (for a Service: ready pods behind its selector)
 * @param desired pods wanted (replicas; nodes a DaemonSet should run on; pods behind a Service)
 * @param detail what kubectl shows beside the counts: a Service's type, cluster IP and ports, a
 *     workload's first image
 * @param ports the ports a Service forwards to (its own port numbers), empty for other kinds
 */
public record WorkloadRow(
    WorkloadKind kind,
    String namespace,
    String name,
    int ready,
    int desired,
    String detail,
    java.util.List<Integer> ports,
    Instant createdAt) {
  public WorkloadRow {
    ports = java.util.List.copyOf(ports);
  }

  public String key() {
    return kind + "/" + namespace + "/" + name;
  }

  /** "2/3", as kubectl prints READY. */
  public String readyOfDesired() {
    return ready + "/" + desired;
  }

  public boolean healthy() {
    return ready >= desired;
  }

  public Duration age(Instant now) {
    return createdAt == null ? Duration.ZERO : Duration.between(createdAt, now);
  }
}
