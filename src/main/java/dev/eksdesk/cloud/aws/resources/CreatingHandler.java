package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.ResourceRequest;
import java.util.Map;
import java.util.Optional;

/** A handler whose kind Eksdesk creates: Create, Describe and Delete of the same noun. */
public interface CreatingHandler<R extends ResourceRequest> extends ResourceHandler {
  Class<R> requestType();

  CreateResult create(R request, ClientToken token, Map<String, String> tags);

  /** The resource this request would create, found by its step tags or through its parent. */
  Optional<CloudResource> find(R request, Map<String, String> tags);
}
