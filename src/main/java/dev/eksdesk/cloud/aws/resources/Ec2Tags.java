package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.ResourceTags;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/** EC2's tag shapes: TagSpecifications at creation, tag filters for finding by step. */
final class Ec2Tags {
  private Ec2Tags() {}

  static TagSpecification spec(ResourceType type, Map<String, String> tags) {
    return TagSpecification.builder().resourceType(type).tags(list(tags)).build();
  }

  static List<Tag> list(Map<String, String> tags) {
    return Tags.toList(tags, (k, v) -> Tag.builder().key(k).value(v).build());
  }

  static Map<String, String> map(List<Tag> tags) {
    return Tags.toMap(tags, Tag::key, Tag::value);
  }

  /** The filters that select what one step of one cluster created. */
  static List<Filter> stepFilters(Map<String, String> tags) {
    return List.of(
        filter("tag:" + ResourceTags.CLUSTER, tags.getOrDefault(ResourceTags.CLUSTER, "")),
        filter("tag:" + ResourceTags.STEP, tags.getOrDefault(ResourceTags.STEP, "")));
  }

  static Filter filter(String name, String... values) {
    return Filter.builder().name(name).values(values).build();
  }

  static Filter filter(String name, List<String> values) {
    return Filter.builder().name(name).values(values).build();
  }
}
