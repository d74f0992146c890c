package dev.eksdesk.cloud.sandbox;

import dev.eksdesk.cloud.MetricKind;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * The sandbox's simulated load: busier by day than by night, each resource with its own steady
 * intensity, noise that is a pure function of the resource and the period (so tests and two
 * refreshes agree), and small instance types running hotter than large ones.
 */
final class SandboxMetricsLoad {
  private static final double BYTES_PER_SECOND_AT_FULL_LOAD = 4_000_000;

  private SandboxMetricsLoad() {}

  /**
   * The statistic of {@code kind} for the period starting at {@code at}.
   *
   * @param vcpus the node's vCPUs (1 for anything that is not a node)
   * @param nodes nodes behind a NAT gateway or control plane (1 for a node)
   */
  static double value(
      MetricKind kind, String resourceId, Instant at, Duration period, int vcpus, int nodes) {
    double load = load(resourceId, at);
    double seconds = period.toSeconds();
    return switch (kind) {
      case NODE_CPU -> Math.min(100, 100 * load / Math.sqrt(Math.max(1, vcpus) / 2.0));
      case NODE_NETWORK_IN -> load * BYTES_PER_SECOND_AT_FULL_LOAD * seconds / 10;
      case NODE_NETWORK_OUT -> load * BYTES_PER_SECOND_AT_FULL_LOAD * seconds / 16;
      case NAT_BYTES_OUT -> load * nodes * BYTES_PER_SECOND_AT_FULL_LOAD * seconds / 40;
      case NAT_ACTIVE_CONNECTIONS -> Math.round(10 + 60 * load * nodes);
      case CONTROL_PLANE_REQUESTS -> Math.round((20 + 15 * nodes) * load * seconds / 60 * 10);
      case CONTROL_PLANE_PENDING_PODS -> load > 0.8 ? Math.round((load - 0.8) * 20) : 0;
    };
  }

  /**
   * Between 0.05 and 1: a daily cycle peaking mid-afternoon UTC, the resource's own level, noise.
   */
  static double load(String resourceId, Instant at) {
    double hour =
        at.atOffset(ZoneOffset.UTC).getHour() + at.atOffset(ZoneOffset.UTC).getMinute() / 60.0;
    double daily = 0.5 + 0.3 * Math.sin(2 * Math.PI * (hour - 9) / 24);
    double level = 0.5 + new SplittableRandom(resourceId.hashCode()).nextDouble() * 0.6;
    double minutes = at.getEpochSecond() / 60.0;
    double drift = 0.06 * Math.sin(minutes / 7 + level * 10) + 0.04 * Math.sin(minutes / 3.1);
    double noise =
        new SplittableRandom(resourceId.hashCode() * 1_000_003L + at.getEpochSecond())
                .nextDouble(-1, 1)
            * 0.03;
    return Math.max(0.05, Math.min(1, daily * level + drift + noise));
  }
}
