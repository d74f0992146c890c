package dev.eksdesk.kube;

import dev.eksdesk.domain.catalog.CniMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One line of the node table.
 *
 * @param instanceId from spec.providerID; null for nodes not run by EC2
 * @param cni the CNI whose agent runs on the node (aws-node or calico-node), empty when none does
 * @param unschedulable cordoned
 */
public record NodeRow(
    String name,
    String instanceId,
    String instanceType,
    String zone,
    String internalIp,
    int podsRunning,
    int maxPods,
    Optional<CniMode> cni,
    boolean ready,
    boolean unschedulable,
    Instant createdAt) {

  public Duration age(Instant now) {
    return createdAt == null ? Duration.ZERO : Duration.between(createdAt, now);
  }

  /** What kubectl shows in STATUS: Ready, NotReady, and SchedulingDisabled when cordoned. */
  public String status() {
    return (ready ? "Ready" : "NotReady") + (unschedulable ? ",SchedulingDisabled" : "");
  }
}
