package dev.eksdesk.cloud;

import java.util.Objects;
import java.util.Optional;

/** The answer to a create call: the resource as created, and a secret when AWS hands one out. */
public record CreateResult(CloudResource resource, Optional<OneTimeSecret> secret) {
  public CreateResult {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(secret, "secret");
  }

  public static CreateResult of(CloudResource resource) {
    return new CreateResult(resource, Optional.empty());
  }
}
