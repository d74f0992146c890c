package dev.eksdesk.domain.cost;

import dev.eksdesk.domain.spec.ClusterSpec;
import java.util.Locale;

/** What a change to a running cluster's spec does to the estimate and to the room for pods. */
public final class ChangeCost {
  private ChangeCost() {}

  /** "Cost: +$7.59 per month. Room for 18 of your pods at desired size (was 12)." */
  public static String line(CostEstimator costs, ClusterSpec before, ClusterSpec after) {
    double delta = costs.estimate(after).monthlyUsd() - costs.estimate(before).monthlyUsd();
    return String.format(
        Locale.ROOT,
        "Cost: %s$%.2f per month. Room for %d of your pods at desired size (was %d).",
        delta < 0 ? "-" : "+",
        Math.abs(delta),
        costs.workloadPodCapacity(after),
        costs.workloadPodCapacity(before));
  }
}
