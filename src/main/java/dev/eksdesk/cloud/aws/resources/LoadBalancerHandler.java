package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceState;
import dev.eksdesk.cloud.TagQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Tag;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TagDescription;

/**
 * The load balancers Kubernetes makes for LoadBalancer Services: application and network ones (the
 * AWS Load Balancer Controller tags them {@code elbv2.k8s.aws/cluster}), id the ARN, and classic
 * ones ({@link ClassicLoadBalancers}, the in-tree controller's, tagged {@code
 * kubernetes.io/cluster/NAME}), id the name. Eksdesk never creates one: destroy deletes those
 * tagged for its cluster, which would otherwise hold the VPC.
 */
final class LoadBalancerHandler implements ResourceHandler, TaggedInventory {
  /** DescribeTags takes at most 20 load balancer ARNs per call. */
  private static final int TAGS_BATCH = 20;

  private final ElasticLoadBalancingV2Client elb;
  private final ClassicLoadBalancers classic;

  LoadBalancerHandler(ElasticLoadBalancingV2Client elb, ClassicLoadBalancers classic) {
    this.elb = elb;
    this.classic = classic;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.LOAD_BALANCER;
  }

  @Override
  public Optional<CloudResource> describe(String id) {
    if (isClassic(id)) {
      return classic.describe(id);
    }
    return withTags(elb.describeLoadBalancers(r -> r.loadBalancerArns(id)).loadBalancers()).stream()
        .findFirst();
  }

  @Override
  public void delete(String id) {
    if (isClassic(id)) {
      classic.delete(id);
    } else {
      elb.deleteLoadBalancer(r -> r.loadBalancerArn(id));
    }
  }

  @Override
  public List<CloudResource> candidates(TagQuery query) {
    List<CloudResource> found =
        new ArrayList<>(
            withTags(
                elb.describeLoadBalancersPaginator(r -> {}).loadBalancers().stream().toList()));
    found.addAll(classic.all());
    return found;
  }

  private static boolean isClassic(String id) {
    return !id.startsWith("arn:");
  }

  private List<CloudResource> withTags(List<LoadBalancer> balancers) {
    Map<String, Map<String, String>> tags = new HashMap<>();
    List<String> arns = balancers.stream().map(LoadBalancer::loadBalancerArn).toList();
    for (int from = 0; from < arns.size(); from += TAGS_BATCH) {
      List<String> batch = arns.subList(from, Math.min(arns.size(), from + TAGS_BATCH));
      for (TagDescription described :
          elb.describeTags(r -> r.resourceArns(batch)).tagDescriptions()) {
        tags.put(described.resourceArn(), Tags.toMap(described.tags(), Tag::key, Tag::value));
      }
    }
    List<CloudResource> found = new ArrayList<>();
    for (LoadBalancer balancer : balancers) {
      found.add(
          Resources.of(
              ResourceKind.LOAD_BALANCER,
              balancer.loadBalancerArn(),
              "active".equals(balancer.state().codeAsString())
                  ? ResourceState.READY
                  : ResourceState.PENDING,
              "",
              tags.getOrDefault(balancer.loadBalancerArn(), Map.of()),
              Resources.attributes()
                  .put("name", balancer.loadBalancerName())
                  .put("vpcId", balancer.vpcId())
                  .put("type", balancer.typeAsString())
                  .put("dnsName", balancer.dnsName())
                  .build()));
    }
    return found;
  }
}
