package dev.eksdesk.cloud.sandbox;

import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceTags;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The network load balancer and security group the AWS Load Balancer Controller makes for a
 * LoadBalancer Service, named and tagged as it does ({@code k8s-NAMESPACE-SERVICE-HASH}, {@code
 * elbv2.k8s.aws/cluster}, {@code service.k8s.aws/stack}), so destroy finds them as it would on AWS.
 */
final class ServiceLoadBalancer {
  /** The Service a load balancer or its group was made for, as {@code namespace/name}. */
  static final String STACK = "service.k8s.aws/stack";

  private static final String RESOURCE = "service.k8s.aws/resource";

  private ServiceLoadBalancer() {}

  static String stack(String namespace, String service) {
    return namespace + "/" + service;
  }

  /** The controller's security group for the load balancer, in the cluster's VPC. */
  static SimResource securityGroup(String cluster, String stack, String vpcId, Instant now) {
    SimResource group = new SimResource(ResourceKind.SECURITY_GROUP, SandboxIds.next("sg"), now);
    tag(group, cluster, stack, "ManagedLBSecurityGroup");
    group.attributes.put("vpcId", vpcId);
    group.attributes.put("name", name(stack));
    group.attributes.put("description", "[k8s] Managed SecurityGroup for LoadBalancer");
    group.references.add(vpcId);
    return group;
  }

  /** The network load balancer in the public subnets, holding them and its group until deleted. */
  static SimResource loadBalancer(
      String cluster,
      String stack,
      String vpcId,
      List<String> subnetIds,
      String region,
      String groupId,
      Instant now) {
    String name = name(stack);
    String suffix = SandboxIds.next("x").substring(2);
    SimResource balancer =
        new SimResource(
            ResourceKind.LOAD_BALANCER,
            "arn:aws:elasticloadbalancing:"
                + region
                + ":"
                + SandboxAccount.ACCOUNT
                + ":loadbalancer/net/"
                + name
                + "/"
                + suffix,
            now);
    tag(balancer, cluster, stack, "LoadBalancer");
    balancer.attributes.put("name", name);
    balancer.attributes.put("vpcId", vpcId);
    balancer.attributes.put("type", "network");
    balancer.attributes.put("dnsName", name + "-" + suffix + ".elb." + region + ".amazonaws.com");
    balancer.references.add(vpcId);
    balancer.references.addAll(subnetIds);
    balancer.references.add(groupId);
    return balancer;
  }

  private static void tag(SimResource resource, String cluster, String stack, String what) {
    resource.tags.put(ResourceTags.ELB_CONTROLLER_CLUSTER, cluster);
    resource.tags.put(STACK, stack);
    resource.tags.put(RESOURCE, what);
  }

  /** {@code k8s-NAMESPACE-SERVICE-HASH} within the 32 characters ELB allows. */
  private static String name(String stack) {
    String[] parts = stack.split("/", 2);
    String hash = HexFormat.of().toHexDigits(stack.hashCode()) + "00";
    String prefix = "k8s-" + trim(parts[0]) + "-" + trim(parts[1]) + "-";
    return prefix + hash.substring(0, 10);
  }

  private static String trim(String part) {
    return part.length() > 8 ? part.substring(0, 8) : part;
  }
}
