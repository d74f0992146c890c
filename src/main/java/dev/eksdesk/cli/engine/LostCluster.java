package dev.eksdesk.cli.engine;

import dev.eksdesk.cloud.CloudResource;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The words for a cluster whose journal is gone but whose resources are found by their tags. */
final class LostCluster {
  private LostCluster() {}

  static String foundByTags(String cluster, List<CloudResource> tagged) {
    return "No journal of "
        + cluster
        + " here: its "
        + tagged.size()
        + " resources are found again by their tags ("
        + kinds(tagged)
        + ").";
  }

  /** "3 Subnet, 1 VPC": how many of each kind. */
  static String kinds(List<CloudResource> resources) {
    Map<String, Long> counts =
        resources.stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.kind().displayName(), TreeMap::new, Collectors.counting()));
    return counts.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey())
        .collect(Collectors.joining(", "));
  }
}
