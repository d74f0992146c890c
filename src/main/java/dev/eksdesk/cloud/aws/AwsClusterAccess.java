package dev.eksdesk.cloud.aws;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.FailureKind;
import dev.eksdesk.cloud.aws.AwsFailures.Call;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.NetworkInterface;
import software.amazon.awssdk.services.ec2.model.NetworkInterfacePrivateIpAddress;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.eks.model.Cluster;
import software.amazon.awssdk.services.eks.model.ClusterStatus;

/**
 * What the app needs of a running EKS cluster beyond the engine's resources: how to reach its API
 * server (endpoint, CA, tokens made in-process), its nodes' ENIs, and terminating a node's instance
 * so that its node group replaces it.
 */
public final class AwsClusterAccess {
  /** EKS tags a managed node group's instances with their cluster. */
  static final String CLUSTER_TAG = AwsMetricsSource.EKS_CLUSTER_TAG;

  private final AwsClients clients;
  private final AwsFailures failures;
  private final EksTokenGenerator tokens;
  private final Clock clock;

  public AwsClusterAccess(AwsClients clients, AccountChoice account, Clock clock) {
    this.clients = clients;
    this.failures = new AwsFailures(account, clients.settings().endpointOverride().isPresent());
    this.clock = clock;
    this.tokens =
        new EksTokenGenerator(clients.settings().credentials(), clients.settings().region(), clock);
  }

  /**
   * @throws CloudException NOT_FOUND for no such cluster, INVALID while it is not ACTIVE yet
   */
  public EksConnection connect(String clusterName) {
    Cluster cluster =
        call(
            Call.DESCRIBE,
            "Describe EKS cluster " + clusterName,
            () -> clients.eks().describeCluster(r -> r.name(clusterName)).cluster());
    if (cluster.status() != ClusterStatus.ACTIVE
        || cluster.endpoint() == null
        || cluster.certificateAuthority() == null) {
      throw new CloudException(
          FailureKind.INVALID,
          "ClusterNotActive",
          "EKS cluster "
              + clusterName
              + " is "
              + cluster.statusAsString()
              + ", so its Kubernetes API cannot be reached yet; wait until it is ACTIVE"
              + " (creating one takes about ten minutes)");
    }
    return new EksConnection(
        clusterName,
        cluster.arn(),
        cluster.endpoint(),
        cluster.certificateAuthority().data(),
        clients.settings().region().id(),
        cluster.resourcesVpcConfig() == null
            ? List.of()
            : cluster.resourcesVpcConfig().subnetIds());
  }

  /** Bearer tokens for the cluster's API server, renewed before EKS stops accepting them. */
  public Supplier<String> tokensFor(String clusterName) {
    return new RenewingTokens(() -> tokens.tokenFor(clusterName), clock);
  }

  /** The cluster's node instances (pending or running) with their ENIs. */
  public List<NodeInterfaces> nodeInterfaces(String clusterName) {
    return call(Call.DESCRIBE, "Read the ENIs of " + clusterName, () -> readNodes(clusterName));
  }

  /**
   * Addresses EC2 says are still free in each subnet (AvailableIpAddressCount), by CIDR: every
   * holder counts, NAT gateways and load balancers too, not only the nodes' ENIs.
   */
  public Map<String, Long> availableAddresses(List<String> subnetIds) {
    if (subnetIds.isEmpty()) {
      return Map.of();
    }
    return call(
        Call.DESCRIBE,
        "Describe subnets " + String.join(", ", subnetIds),
        () ->
            clients.ec2().describeSubnetsPaginator(r -> r.subnetIds(subnetIds)).subnets().stream()
                .collect(
                    Collectors.toMap(
                        Subnet::cidrBlock,
                        subnet -> subnet.availableIpAddressCount().longValue(),
                        (a, b) -> a)));
  }

  /**
   * Terminates one node's instance through its node group's Auto Scaling group, keeping the desired
   * count, so that the group launches a replacement from its current launch template.
   */
  public void terminateAndReplace(String instanceId) {
    call(
        Call.DELETE,
        "Terminate instance " + instanceId,
        () ->
            clients
                .autoScaling()
                .terminateInstanceInAutoScalingGroup(
                    r -> r.instanceId(instanceId).shouldDecrementDesiredCapacity(false)));
  }

  private List<NodeInterfaces> readNodes(String clusterName) {
    List<Instance> instances =
        clients
            .ec2()
            .describeInstancesPaginator(
                r ->
                    r.filters(
                        Filter.builder().name("tag:" + CLUSTER_TAG).values(clusterName).build(),
                        Filter.builder()
                            .name("instance-state-name")
                            .values("pending", "running")
                            .build()))
            .reservations()
            .stream()
            .flatMap(reservation -> reservation.instances().stream())
            .toList();
    if (instances.isEmpty()) {
      return List.of();
    }
    Map<String, List<NetworkInterface>> byInstance =
        clients
            .ec2()
            .describeNetworkInterfacesPaginator(
                r ->
                    r.filters(
                        Filter.builder()
                            .name("attachment.instance-id")
                            .values(instances.stream().map(Instance::instanceId).toList())
                            .build()))
            .networkInterfaces()
            .stream()
            .filter(eni -> eni.attachment() != null)
            .collect(Collectors.groupingBy(eni -> eni.attachment().instanceId()));
    return instances.stream()
        .map(
            instance ->
                new NodeInterfaces(
                    instance.instanceId(),
                    instance.privateDnsName(),
                    instance.instanceTypeAsString(),
                    interfaces(byInstance.getOrDefault(instance.instanceId(), List.of()))))
        .toList();
  }

  private static List<NodeInterfaces.Interface> interfaces(Collection<NetworkInterface> enis) {
    return enis.stream()
        .sorted(Comparator.comparing(eni -> eni.attachment().deviceIndex()))
        .map(
            eni ->
                new NodeInterfaces.Interface(
                    eni.networkInterfaceId(),
                    eni.attachment().deviceIndex(),
                    eni.privateIpAddress(),
                    eni.privateIpAddresses().stream()
                        .filter(address -> !Boolean.TRUE.equals(address.primary()))
                        .map(NetworkInterfacePrivateIpAddress::privateIpAddress)
                        .toList(),
                    eni.ipv4Prefixes().stream().map(p -> p.ipv4Prefix()).toList()))
        .toList();
  }

  private <T> T call(Call kind, String subject, Supplier<T> request) {
    try {
      return request.get();
    } catch (SdkException e) {
      throw failures.translate(e, kind, subject);
    }
  }
}
