package dev.eksdesk.cloud;

import java.time.Instant;
import java.util.Objects;

/**
 * The time span of one refresh: {@code range} ending at {@code end}, which is aligned down to the
 * range's period so that CloudWatch answers whole periods and two refreshes agree on the points.
 */
public record MetricsWindow(MetricRange range, Instant end) {
  public MetricsWindow {
    Objects.requireNonNull(range, "range");
    long period = range.period().toSeconds();
    end = Instant.ofEpochSecond(Math.floorDiv(end.getEpochSecond(), period) * period);
  }

  public static MetricsWindow ending(MetricRange range, Instant now) {
    return new MetricsWindow(range, now);
  }

  public Instant start() {
    return end.minus(range.length());
  }
}
