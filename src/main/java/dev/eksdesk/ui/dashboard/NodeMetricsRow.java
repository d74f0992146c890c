package dev.eksdesk.ui.dashboard;

import java.util.OptionalDouble;

/** A node in the metrics table: its latest CPU and traffic. */
public record NodeMetricsRow(
    String instanceId,
    String privateIp,
    String instanceType,
    OptionalDouble cpuPercent,
    OptionalDouble networkInBytesPerSecond,
    OptionalDouble networkOutBytesPerSecond) {}
