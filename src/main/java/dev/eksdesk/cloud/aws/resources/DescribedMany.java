package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.CloudResource;
import java.util.List;

/**
 * A kind whose Describe takes many ids in one call (a refresh describes all of a kind at once). An
 * id that no longer exists may fail the whole call with a NotFound code.
 */
interface DescribedMany extends ResourceHandler {
  /** The resources of these ids that exist, in one call. */
  List<CloudResource> describeAll(List<String> ids);
}
