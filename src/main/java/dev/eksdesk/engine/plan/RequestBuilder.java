package dev.eksdesk.engine.plan;

import dev.eksdesk.cloud.ResourceRequest;

/**
 * Builds a step's request once its dependencies exist, because their ids are only known then.
 * Implementations read only steps they depend on.
 */
@FunctionalInterface
public interface RequestBuilder {
  ResourceRequest build(StepContext context);
}
