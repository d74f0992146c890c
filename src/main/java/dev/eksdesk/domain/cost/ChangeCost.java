package dev.eksdesk.domain.cost;

import dev.eksdesk.domain.spec.ClusterSpec;
import java.util.Locale;

/** What a change to a running cluster's spec does to the estimate and to the room for pods. */
public final class ChangeCost {
  private static final double HALF_CENT = 0.005;

  private ChangeCost() {}

  /**
   * "Cost: +$7.59 per month. Room for 18 of your pods at desired size (was 12)." A change that
   * leaves either as it was says so instead of "+$0.00" or "(was 18)".
   */
  public static String line(CostEstimator costs, ClusterSpec before, ClusterSpec after) {
    int roomBefore = costs.workloadPodCapacity(before);
    int roomAfter = costs.workloadPodCapacity(after);
    String room =
        roomAfter == roomBefore
            ? String.format(
                Locale.ROOT, "Room for %d of your pods at desired size (unchanged).", roomAfter)
            : String.format(
                Locale.ROOT,
                "Room for %d of your pods at desired size (was %d).",
                roomAfter,
                roomBefore);
    return "Cost: " + monthlyDelta(costs, before, after) + ". " + room;
  }

  /**
   * "+$8.47 per month", "-$3.80 per month", or "no change per month" when it moves by less than a
   * cent.
   */
  public static String monthlyDelta(CostEstimator costs, ClusterSpec before, ClusterSpec after) {
    double delta = costs.estimate(after).monthlyUsd() - costs.estimate(before).monthlyUsd();
    if (Math.abs(delta) < HALF_CENT) {
      return "no change per month";
    }
    return String.format(Locale.ROOT, "%s$%.2f per month", delta < 0 ? "-" : "+", Math.abs(delta));
  }
}
