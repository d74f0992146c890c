package dev.eksdesk.domain.cost;

/**
 * One line of an estimate.
 *
 * @param basis how the figure was reached, e.g. "1 × 730 h × $0.052"
 */
public record CostItem(CostCategory category, String name, double monthlyUsd, String basis) {}
