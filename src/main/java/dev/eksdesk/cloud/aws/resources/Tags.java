package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.ResourceTags;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Tag maps to and from each service's own tag type, and the step-ownership test. */
final class Tags {
  private Tags() {}

  static <T> List<T> toList(Map<String, String> tags, BiFunction<String, String, T> tag) {
    return tags.entrySet().stream().map(e -> tag.apply(e.getKey(), e.getValue())).toList();
  }

  static <T> Map<String, String> toMap(
      List<T> tags, Function<T, String> key, Function<T, String> value) {
    return tags.stream().collect(Collectors.toMap(key, value, (a, b) -> b));
  }

  /** Whether a resource carries the cluster and step tags of the request being looked for. */
  static boolean sameStep(Map<String, String> found, Map<String, String> wanted) {
    return valueOf(found, ResourceTags.CLUSTER).equals(valueOf(wanted, ResourceTags.CLUSTER))
        && valueOf(found, ResourceTags.STEP).equals(valueOf(wanted, ResourceTags.STEP));
  }

  private static String valueOf(Map<String, String> tags, String key) {
    return tags.getOrDefault(key, "");
  }
}
