package dev.eksdesk.kube;

import java.time.Instant;
import java.util.Map;

/**
 * One read of the metrics API: usage per node (by name) and per pod (by namespace/name), or why
 * there is none.
 *
 * @param unavailable why the metrics API did not answer, in the user's words; empty when it did
 */
public record UsageReading(
    Map<String, ResourceUse> nodes,
    Map<String, ResourceUse> pods,
    String unavailable,
    Instant takenAt) {
  public UsageReading {
    nodes = Map.copyOf(nodes);
    pods = Map.copyOf(pods);
  }

  public static UsageReading unavailable(String why, Instant at) {
    return new UsageReading(Map.of(), Map.of(), why, at);
  }

  public boolean answered() {
    return unavailable.isEmpty();
  }
}
