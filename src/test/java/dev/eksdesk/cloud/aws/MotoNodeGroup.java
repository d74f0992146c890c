package dev.eksdesk.cloud.aws;

import java.util.List;
import software.amazon.awssdk.services.autoscaling.model.AutoScalingGroup;
import software.amazon.awssdk.services.autoscaling.model.Instance;
import software.amazon.awssdk.services.autoscaling.model.Tag;

/**
 * A managed node group as EC2 sees it: an Auto Scaling group whose instances carry the tags EKS
 * puts on its nodes. moto launches no instances for EKS node groups, so tests run one beside them.
 */
public final class MotoNodeGroup {
  private MotoNodeGroup() {}

  /**
   * Starts the group of node group "workers" of {@code cluster} in {@code subnetId}.
   *
   * @return the Auto Scaling group's name
   */
  public static String run(AwsClients clients, String cluster, String subnetId, int size) {
    String group = "eks-" + cluster + "-workers";
    String template =
        clients
            .ec2()
            .createLaunchTemplate(
                r ->
                    r.launchTemplateName(group)
                        .launchTemplateData(
                            d -> d.imageId("ami-12c6146b").instanceType("t3.medium")))
            .launchTemplate()
            .launchTemplateId();
    clients
        .autoScaling()
        .createAutoScalingGroup(
            r ->
                r.autoScalingGroupName(group)
                    .launchTemplate(t -> t.launchTemplateId(template).version("$Latest"))
                    .minSize(size)
                    .maxSize(size + 1)
                    .desiredCapacity(size)
                    .vpcZoneIdentifier(subnetId)
                    .tags(
                        tag(group, AwsMetricsSource.EKS_CLUSTER_TAG, cluster),
                        tag(group, AwsMetricsSource.EKS_NODEGROUP_TAG, "workers")));
    return group;
  }

  /** The group as Auto Scaling describes it now: its desired capacity and its instances. */
  public static AutoScalingGroup describe(AwsClients clients, String group) {
    return clients
        .autoScaling()
        .describeAutoScalingGroups(r -> r.autoScalingGroupNames(group))
        .autoScalingGroups()
        .get(0);
  }

  /** The ids of the instances the group holds now. */
  public static List<String> instances(AwsClients clients, String group) {
    return describe(clients, group).instances().stream().map(Instance::instanceId).toList();
  }

  private static Tag tag(String group, String key, String value) {
    return Tag.builder()
        .key(key)
        .value(value)
        .propagateAtLaunch(true)
        .resourceId(group)
        .resourceType("auto-scaling-group")
        .build();
  }
}
