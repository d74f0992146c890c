package dev.eksdesk.cloud;

import java.time.Instant;

/** One value of a series: the statistic over the period that starts at {@code at}. */
public record MetricPoint(Instant at, double value) {}
