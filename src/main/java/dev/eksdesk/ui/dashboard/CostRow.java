package dev.eksdesk.ui.dashboard;

/** One resource in the running-cost table, at the last tick. */
public record CostRow(
    String resource, String category, String uptime, String rate, double usdSoFar, String basis) {}
