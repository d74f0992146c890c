package dev.eksdesk.domain.cost;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Something billed by the hour since it was created: an instance, a NAT gateway, the control plane,
 * a disk, a public address.
 *
 * @param basis how the rate was reached, e.g. "t3.medium on-demand, $0.048/h"
 */
public record MeteredResource(
    String id,
    String label,
    CostCategory category,
    Instant since,
    double usdPerHour,
    String basis) {

  private static final double SECONDS_PER_HOUR = 3600;

  public MeteredResource {
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(category, "category");
  }

  /** What it cost from creation until {@code now}; nothing before it existed. */
  public double costAt(Instant now) {
    return now.isAfter(since) ? hoursUpTo(now) * usdPerHour : 0;
  }

  public Duration uptime(Instant now) {
    return now.isAfter(since) ? Duration.between(since, now) : Duration.ZERO;
  }

  private double hoursUpTo(Instant now) {
    return Duration.between(since, now).toMillis() / 1000.0 / SECONDS_PER_HOUR;
  }
}
