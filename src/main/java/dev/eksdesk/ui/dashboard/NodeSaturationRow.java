package dev.eksdesk.ui.dashboard;

import dev.eksdesk.insight.NodeAddressUse;
import java.util.List;

/**
 * A node in the pod-IP table.
 *
 * @param enis one line per ENI: "eni-0a1 (primary 10.0.16.5): 1 assigned, 0 warm"
 * @param stuckPods pods waiting for an address, each with its latest event
 */
public record NodeSaturationRow(NodeAddressUse use, List<String> enis, List<String> stuckPods) {
  public NodeSaturationRow {
    enis = List.copyOf(enis);
    stuckPods = List.copyOf(stuckPods);
  }

  /** Green, amber or red, for the bar's style class. */
  public String level() {
    double saturation = use.saturation();
    return saturation >= 0.95 ? "critical" : saturation >= 0.75 ? "warning" : "ok";
  }
}
