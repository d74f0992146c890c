package dev.eksdesk.ui.dashboard;

/** The wizard's monthly estimate of one category beside a month at the current actual rate. */
public record CategoryComparison(
    String category, double estimatedMonthlyUsd, double actualMonthlyUsd) {}
