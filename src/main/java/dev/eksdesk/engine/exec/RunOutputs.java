package dev.eksdesk.engine.exec;

import dev.eksdesk.cloud.CallerIdentity;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.engine.plan.StepContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The resources finished steps produced in this run, for the requests of the steps after them. */
final class RunOutputs implements StepContext {
  private final Map<String, CloudResource> resources = new ConcurrentHashMap<>();
  private final CallerIdentity caller;

  RunOutputs(CallerIdentity caller) {
    this.caller = caller;
  }

  void put(String stepId, CloudResource resource) {
    resources.put(stepId, resource);
  }

  @Override
  public CloudResource resource(String stepId) {
    CloudResource resource = resources.get(stepId);
    if (resource == null) {
      throw new MissingResourceException(stepId);
    }
    return resource;
  }

  @Override
  public CallerIdentity caller() {
    return caller;
  }

  /**
   * A request referred to a step whose resource is not known (a bug in apply, normal in destroy).
   */
  static final class MissingResourceException extends RuntimeException {
    MissingResourceException(String stepId) {
      super("no resource known for step " + stepId);
    }
  }
}
