package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.CloudResource;
import java.util.List;
import java.util.Optional;

/**
 * An EC2 kind whose ids have their own prefix, so the inventory can route the ids DescribeTags
 * returns to the handler that describes them, many ids per call.
 */
interface Ec2Described extends DescribedMany {
  /** The id prefix with its hyphen, e.g. {@code "vpc-"}. */
  String idPrefix();

  @Override
  default Optional<CloudResource> describe(String id) {
    return describeAll(List.of(id)).stream().findFirst();
  }
}
