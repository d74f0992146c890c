package dev.eksdesk.engine.diff;

import dev.eksdesk.cloud.CallerIdentity;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.ResourceState;
import dev.eksdesk.engine.plan.Plan;
import dev.eksdesk.engine.plan.StepContext;
import java.util.HashMap;
import java.util.Map;

/**
 * The parents a request is built from at plan time: what exists and stays (as the account describes
 * it), or, for what apply has yet to create, {@link AttributeChange#KNOWN_AFTER_APPLY}.
 */
final class PlanContext implements StepContext {
  private final Plan plan;
  private final CallerIdentity caller;
  private final Map<String, CloudResource> known = new HashMap<>();

  PlanContext(Plan plan, CallerIdentity caller) {
    this.plan = plan;
    this.caller = caller;
  }

  void exists(String stepId, CloudResource resource) {
    known.put(stepId, resource);
  }

  boolean isKnown(String stepId) {
    return known.containsKey(stepId);
  }

  @Override
  public CloudResource resource(String stepId) {
    CloudResource resource = known.get(stepId);
    return resource != null
        ? resource
        : new CloudResource(
            plan.step(stepId).kind(),
            AttributeChange.KNOWN_AFTER_APPLY,
            ResourceState.PENDING,
            "",
            Map.of(),
            Map.of());
  }

  @Override
  public String attribute(String stepId, String key) {
    return isKnown(stepId) ? known.get(stepId).attribute(key) : AttributeChange.KNOWN_AFTER_APPLY;
  }

  @Override
  public CallerIdentity caller() {
    return caller;
  }
}
