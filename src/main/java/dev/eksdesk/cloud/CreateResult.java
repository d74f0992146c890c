package dev.eksdesk.cloud;

import java.util.Objects;

/** The answer to a create call: the resource as created. */
public record CreateResult(CloudResource resource) {
  public CreateResult {
    Objects.requireNonNull(resource, "resource");
  }

  public static CreateResult of(CloudResource resource) {
    return new CreateResult(resource);
  }
}
