package dev.eksdesk.ui.nodes;

import dev.eksdesk.kube.recycle.DrainDecision;
import java.util.Optional;

/** What the user wants when a drain runs out of time, chosen before the recycle starts. */
public enum DrainChoice {
  ASK("Ask me", null),
  KEEP_WAITING("Keep waiting", DrainDecision.KEEP_WAITING),
  DELETE_REMAINING(
      "Delete the remaining pods (ignores disruption budgets)",
      DrainDecision.DELETE_REMAINING_PODS),
  SKIP_NODE("Skip the node and uncordon it", DrainDecision.SKIP_NODE),
  ABORT("Stop the recycle", DrainDecision.ABORT);

  private final String label;
  private final DrainDecision decision;

  DrainChoice(String label, DrainDecision decision) {
    this.label = label;
    this.decision = decision;
  }

  /** The decision made in advance; empty for {@link #ASK}. */
  public Optional<DrainDecision> decision() {
    return Optional.ofNullable(decision);
  }

  @Override
  public String toString() {
    return label;
  }
}
