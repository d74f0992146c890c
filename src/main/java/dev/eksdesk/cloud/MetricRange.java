package dev.eksdesk.cloud;

import java.time.Duration;

/**
 * The time ranges the dashboards offer. Each period keeps a series at 201 points or fewer, so 500
 * series stay within GetMetricData's 100,800 data points and one call per 500 series is never split
 * into pages.
 */
public enum MetricRange {
  HOUR("1 h", Duration.ofHours(1), Duration.ofMinutes(1)),
  SIX_HOURS("6 h", Duration.ofHours(6), Duration.ofMinutes(5)),
  DAY("24 h", Duration.ofHours(24), Duration.ofMinutes(15)),
  WEEK("7 d", Duration.ofDays(7), Duration.ofHours(1));

  /** GetMetricData's data point limit for one call, shared by its series. */
  public static final int MAX_POINTS_PER_CALL = 100_800;

  /** GetMetricData's limit of series (MetricDataQuery entries) in one call. */
  public static final int MAX_QUERIES_PER_CALL = 500;

  private final String label;
  private final Duration length;
  private final Duration period;

  MetricRange(String label, Duration length, Duration period) {
    this.label = label;
    this.length = length;
    this.period = period;
  }

  public String label() {
    return label;
  }

  public Duration length() {
    return length;
  }

  /** The width of one data point. */
  public Duration period() {
    return period;
  }

  public int pointsPerSeries() {
    return (int) (length.toSeconds() / period.toSeconds());
  }

  @Override
  public String toString() {
    return label;
  }
}
