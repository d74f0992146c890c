package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.elasticloadbalancing.ElasticLoadBalancingClient;
import software.amazon.awssdk.services.elasticloadbalancing.model.LoadBalancerDescription;
import software.amazon.awssdk.services.elasticloadbalancing.model.LoadBalancerNotFoundException;
import software.amazon.awssdk.services.elasticloadbalancing.model.Tag;
import software.amazon.awssdk.services.elasticloadbalancing.model.TagDescription;

/**
 * Classic load balancers (the elb API), which Kubernetes' in-tree service controller makes for a
 * LoadBalancer Service and tags {@code kubernetes.io/cluster/NAME=owned}; id is the name (a classic
 * load balancer has no ARN in its API, and a name never starts with "arn:").
 */
final class ClassicLoadBalancers {
  /** DescribeTags takes at most 20 load balancer names per call. */
  private static final int TAGS_BATCH = 20;

  private final ElasticLoadBalancingClient elb;

  ClassicLoadBalancers(ElasticLoadBalancingClient elb) {
    this.elb = elb;
  }

  Optional<CloudResource> describe(String name) {
    try {
      return withTags(
              elb.describeLoadBalancers(r -> r.loadBalancerNames(name)).loadBalancerDescriptions())
          .stream()
          .findFirst();
    } catch (LoadBalancerNotFoundException e) {
      return Optional.empty();
    }
  }

  void delete(String name) {
    elb.deleteLoadBalancer(r -> r.loadBalancerName(name));
  }

  List<CloudResource> all() {
    return withTags(
        elb.describeLoadBalancersPaginator(r -> {}).loadBalancerDescriptions().stream().toList());
  }

  private List<CloudResource> withTags(List<LoadBalancerDescription> balancers) {
    Map<String, Map<String, String>> tags = new HashMap<>();
    List<String> names = balancers.stream().map(LoadBalancerDescription::loadBalancerName).toList();
    for (int from = 0; from < names.size(); from += TAGS_BATCH) {
      List<String> batch = names.subList(from, Math.min(names.size(), from + TAGS_BATCH));
      for (TagDescription described :
          elb.describeTags(r -> r.loadBalancerNames(batch)).tagDescriptions()) {
        tags.put(described.loadBalancerName(), Tags.toMap(described.tags(), Tag::key, Tag::value));
      }
    }
    List<CloudResource> found = new ArrayList<>();
    for (LoadBalancerDescription balancer : balancers) {
      found.add(
          Resources.of(
              ResourceKind.LOAD_BALANCER,
              balancer.loadBalancerName(),
              ResourceState.READY, // a classic load balancer has no lifecycle state
              "",
              tags.getOrDefault(balancer.loadBalancerName(), Map.of()),
              Resources.attributes()
                  .put("name", balancer.loadBalancerName())
                  .put("vpcId", balancer.vpcId())
                  .put("type", "classic")
                  .put("dnsName", balancer.dnsName())
                  .build()));
    }
    return found;
  }
}
