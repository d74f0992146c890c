package dev.eksdesk.kube;

import java.time.Duration;
import java.time.Instant;

/**
 * One line of {@code kubectl get pods -A -o wide}.
 *
 * @param ready ready containers over containers, as "1/1"
 * @param status the phase, or what kubectl shows instead (ContainerCreating, CrashLoopBackOff,
 *     Terminating)
 * @param ip the pod's address, null while it has none
 * @param node null while unscheduled
 */
public record PodRow(
    String namespace,
    String name,
    String ready,
    String status,
    int restarts,
    Instant createdAt,
    String ip,
    String node,
    boolean hostNetwork) {

  public Duration age(Instant now) {
    return createdAt == null ? Duration.ZERO : Duration.between(createdAt, now);
  }

  public String key() {
    return namespace + "/" + name;
  }
}
