package dev.eksdesk.cloud.aws;

import dev.eksdesk.cloud.ResourceTags;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.NatGatewayState;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Counts a cluster's live resources per {@code eksdesk:step} tag with plain SDK calls, written
 * independently of the adapter's handlers, so the tests check the account and not the adapter's own
 * view of it. More than one per step is a duplicate; anything after a destroy is a leftover.
 */
final class SdkTagCounts {
  private final AwsClients clients;

  SdkTagCounts(AwsClients clients) {
    this.clients = clients;
  }

  /** Step id → live resources carrying it, for resources tagged with the cluster. */
  Map<String, Integer> byStep(String cluster) {
    Map<String, Integer> counts = new TreeMap<>();
    Function<Map<String, String>, Void> count =
        tags -> {
          if (cluster.equals(tags.get(ResourceTags.CLUSTER))) {
            counts.merge(tags.getOrDefault(ResourceTags.STEP, "?"), 1, Integer::sum);
          }
          return null;
        };
    ec2(cluster).forEach(count::apply);
    iam().forEach(count::apply);
    s3().forEach(count::apply);
    eks().forEach(count::apply);
    trails().forEach(count::apply);
    return counts;
  }

  private List<Map<String, String>> ec2(String cluster) {
    Ec2Client ec2 = clients.ec2();
    Filter mine = Filter.builder().name("tag:" + ResourceTags.CLUSTER).values(cluster).build();
    List<List<Tag>> tagLists =
        java.util.stream.Stream.of(
                ec2.describeVpcsPaginator(r -> r.filters(mine)).vpcs().stream().map(v -> v.tags()),
                ec2.describeSubnetsPaginator(r -> r.filters(mine)).subnets().stream()
                    .map(s -> s.tags()),
                ec2
                    .describeInternetGatewaysPaginator(r -> r.filters(mine))
                    .internetGateways()
                    .stream()
                    .map(g -> g.tags()),
                ec2.describeRouteTablesPaginator(r -> r.filters(mine)).routeTables().stream()
                    .map(t -> t.tags()),
                ec2.describeSecurityGroupsPaginator(r -> r.filters(mine)).securityGroups().stream()
                    .map(g -> g.tags()),
                ec2
                    .describeSecurityGroupRulesPaginator(r -> r.filters(mine))
                    .securityGroupRules()
                    .stream()
                    .map(g -> g.tags()),
                ec2.describeAddresses(r -> r.filters(mine)).addresses().stream().map(a -> a.tags()),
                ec2.describeNatGatewaysPaginator(r -> r.filter(mine)).natGateways().stream()
                    .filter(n -> n.state() != NatGatewayState.DELETED)
                    .map(n -> n.tags()),
                ec2.describeKeyPairs(r -> r.filters(mine)).keyPairs().stream().map(k -> k.tags()),
                ec2.describeInstancesPaginator(r -> r.filters(mine)).reservations().stream()
                    .flatMap(res -> res.instances().stream())
                    .filter(i -> i.state().name() != InstanceStateName.TERMINATED)
                    .map(i -> i.tags()),
                ec2.describeVpcEndpointsPaginator(r -> r.filters(mine)).vpcEndpoints().stream()
                    .filter(e -> !"deleted".equalsIgnoreCase(e.stateAsString()))
                    .map(e -> e.tags()),
                ec2
                    .describeLaunchTemplatesPaginator(r -> r.filters(mine))
                    .launchTemplates()
                    .stream()
                    .map(t -> t.tags()),
                ec2.describeFlowLogsPaginator(r -> {}).flowLogs().stream().map(f -> f.tags()))
            .flatMap(s -> s)
            .toList();
    return tagLists.stream()
        .map(tags -> tags.stream().collect(Collectors.toMap(Tag::key, Tag::value)))
        .toList();
  }

  private List<Map<String, String>> iam() {
    IamClient iam = clients.iam();
    var roles =
        iam.listRolesPaginator(r -> {}).roles().stream()
            .map(role -> iam.listRoleTags(r -> r.roleName(role.roleName())).tags());
    var profiles =
        iam.listInstanceProfilesPaginator(r -> {}).instanceProfiles().stream()
            .map(
                profile ->
                    iam.getInstanceProfile(
                            r -> r.instanceProfileName(profile.instanceProfileName()))
                        .instanceProfile()
                        .tags());
    return java.util.stream.Stream.concat(roles, profiles)
        .map(
            tags ->
                tags.stream()
                    .collect(
                        Collectors.toMap(
                            software.amazon.awssdk.services.iam.model.Tag::key,
                            software.amazon.awssdk.services.iam.model.Tag::value)))
        .toList();
  }

  private List<Map<String, String>> s3() {
    S3Client s3 = clients.s3();
    return s3.listBuckets().buckets().stream()
        .map(
            bucket -> {
              try {
                return s3.getBucketTagging(r -> r.bucket(bucket.name())).tagSet().stream()
                    .collect(
                        Collectors.toMap(
                            software.amazon.awssdk.services.s3.model.Tag::key,
                            software.amazon.awssdk.services.s3.model.Tag::value));
              } catch (S3Exception noTags) {
                return Map.<String, String>of();
              }
            })
        .toList();
  }

  private List<Map<String, String>> eks() {
    EksClient eks = clients.eks();
    return eks.listClusters().clusters().stream()
        .flatMap(
            cluster ->
                java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(
                        eks.describeCluster(r -> r.name(cluster)).cluster().tags()),
                    eks.listNodegroups(r -> r.clusterName(cluster)).nodegroups().stream()
                        .map(
                            group ->
                                eks.describeNodegroup(
                                        r -> r.clusterName(cluster).nodegroupName(group))
                                    .nodegroup()
                                    .tags())))
        .toList();
  }

  private List<Map<String, String>> trails() {
    var cloudTrail = clients.cloudTrail();
    List<String> arns =
        cloudTrail.listTrails(r -> {}).trails().stream().map(t -> t.trailARN()).toList();
    if (arns.isEmpty()) {
      return List.of();
    }
    return cloudTrail.listTags(r -> r.resourceIdList(arns)).resourceTagList().stream()
        .map(
            resource ->
                resource.tagsList().stream()
                    .collect(
                        Collectors.toMap(
                            software.amazon.awssdk.services.cloudtrail.model.Tag::key,
                            software.amazon.awssdk.services.cloudtrail.model.Tag::value)))
        .toList();
  }
}
