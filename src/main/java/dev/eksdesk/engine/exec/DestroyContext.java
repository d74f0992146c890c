package dev.eksdesk.engine.exec;

import dev.eksdesk.cloud.CallerIdentity;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.ResourceState;
import dev.eksdesk.engine.journal.ClusterJournal;
import dev.eksdesk.engine.journal.StepRecord;
import dev.eksdesk.engine.plan.Plan;
import dev.eksdesk.engine.plan.StepContext;

/**
 * Resolves step references during a destroy from the journal (rebuilt by tag discovery), so the
 * requests of untagged sub-resources can be rebuilt to find them through their parents.
 */
final class DestroyContext implements StepContext {
  private final ClusterJournal journal;
  private final Plan plan;
  private final CallerIdentity caller;

  DestroyContext(ClusterJournal journal, Plan plan, CallerIdentity caller) {
    this.journal = journal;
    this.plan = plan;
    this.caller = caller;
  }

  @Override
  public CloudResource resource(String stepId) {
    StepRecord record =
        journal
            .step(stepId)
            .filter(r -> r.status() == StepRecord.StepStatus.CREATED)
            .orElseThrow(() -> new RunOutputs.MissingResourceException(stepId));
    return new CloudResource(
        plan.step(stepId).kind(),
        record.resourceId(),
        ResourceState.READY,
        "",
        java.util.Map.of(),
        record.outputs());
  }

  @Override
  public CallerIdentity caller() {
    return caller;
  }
}
