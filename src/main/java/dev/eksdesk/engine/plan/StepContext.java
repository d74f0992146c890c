package dev.eksdesk.engine.plan;

import dev.eksdesk.cloud.CallerIdentity;
import dev.eksdesk.cloud.CloudResource;

/**
 * What a step's request may depend on at execution time: earlier steps' resources and the caller.
 */
public interface StepContext {

  /** The resource an earlier (dependency) step created or found. */
  CloudResource resource(String stepId);

  default String id(String stepId) {
    return resource(stepId).id();
  }

  default String attribute(String stepId, String key) {
    return resource(stepId).attribute(key);
  }

  CallerIdentity caller();
}
