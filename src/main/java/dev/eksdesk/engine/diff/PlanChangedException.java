package dev.eksdesk.engine.diff;

/**
 * The account or the journal changed between the plan that was shown and the apply: apply stops
 * rather than do something that was not shown, and offers the new plan.
 */
public final class PlanChangedException extends Exception {
  private final PlanDiff now;

  public PlanChangedException(PlanDiff now) {
    super(
        "The cluster changed since the plan was shown (another run, or a change outside Eksdesk)."
            + " Nothing was changed; look at the new plan and apply again.");
    this.now = now;
  }

  public PlanDiff now() {
    return now;
  }
}
