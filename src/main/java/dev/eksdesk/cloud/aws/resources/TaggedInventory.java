package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.TagQuery;
import java.util.List;

/**
 * Lists one service's tagged resources that may match a query; the account filters the answer by
 * the query and by state. (The Resource Groups Tagging API would do this in one place, but it is
 * not among the SDK modules, and it does not cover IAM anyway.)
 */
public interface TaggedInventory {
  List<CloudResource> candidates(TagQuery query);
}
