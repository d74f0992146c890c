package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.ResourceKind;
import java.util.Optional;

/**
 * The Describe and Delete calls of one {@link ResourceKind}. Handlers let SDK exceptions through:
 * the account translates them in one place (a NotFound on describe becomes "empty" there).
 */
public interface ResourceHandler {
  ResourceKind kind();

  Optional<CloudResource> describe(String id);

  void delete(String id);
}
