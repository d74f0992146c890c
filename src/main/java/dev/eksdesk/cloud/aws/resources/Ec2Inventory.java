package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.TagQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.TagDescription;

/**
 * The EC2 part of the inventory: one DescribeTags over every EC2 resource type (filtered by the
 * query's keys), then one Describe per kind for the ids found, so each kind reports its state. Ids
 * of types Eksdesk does not handle (volumes, for instance) are left out.
 */
final class Ec2Inventory implements TaggedInventory {
  private static final int IDS_PER_CALL = 100;

  private final Ec2Client ec2;
  private final List<Ec2Described> kinds;

  Ec2Inventory(Ec2Client ec2, List<Ec2Described> kinds) {
    this.ec2 = ec2;
    this.kinds = List.copyOf(kinds);
  }

  @Override
  public List<CloudResource> candidates(TagQuery query) {
    List<String> keys = query.anyOf().stream().map(TagQuery.Match::key).distinct().toList();
    List<Filter> filters = keys.isEmpty() ? List.of() : List.of(Ec2Tags.filter("key", keys));
    Map<Ec2Described, List<String>> idsByKind = new LinkedHashMap<>();
    ec2.describeTagsPaginator(r -> r.filters(filters)).tags().stream()
        .map(TagDescription::resourceId)
        .distinct()
        .forEach(
            id ->
                kindOf(id)
                    .ifPresent(k -> idsByKind.computeIfAbsent(k, x -> new ArrayList<>()).add(id)));
    List<CloudResource> found = new ArrayList<>();
    idsByKind.forEach((kind, ids) -> found.addAll(describe(kind, ids)));
    return found;
  }

  private Optional<Ec2Described> kindOf(String id) {
    return kinds.stream().filter(k -> id.startsWith(k.idPrefix())).findFirst();
  }

  /**
   * In batches; a batch naming an id that no longer exists (deleted since DescribeTags, or since a
   * journal recorded it) is described one id at a time.
   */
  static List<CloudResource> describe(DescribedMany kind, List<String> ids) {
    List<CloudResource> found = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += IDS_PER_CALL) {
      List<String> batch = ids.subList(from, Math.min(ids.size(), from + IDS_PER_CALL));
      try {
        found.addAll(kind.describeAll(batch));
      } catch (AwsServiceException e) {
        if (!AwsCodes.of(e).endsWith(".NotFound")) {
          throw e;
        }
        batch.forEach(id -> describeOne(kind, id).ifPresent(found::add));
      }
    }
    return found;
  }

  private static Optional<CloudResource> describeOne(DescribedMany kind, String id) {
    try {
      return kind.describe(id);
    } catch (AwsServiceException e) {
      if (AwsCodes.of(e).endsWith(".NotFound")) {
        return Optional.empty();
      }
      throw e;
    }
  }
}
