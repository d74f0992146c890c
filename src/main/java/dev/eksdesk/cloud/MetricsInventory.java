package dev.eksdesk.cloud;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one cluster runs that has metrics and costs money, with when each started: read once per
 * dashboard refresh and shared by the charts and the running cost, so a refresh costs three reads
 * on AWS (DescribeCluster, DescribeInstances, DescribeNatGateways) whatever the node count.
 *
 * @param readAt the account's clock when it was read (the sandbox's clock runs fast)
 */
public record MetricsInventory(
    String clusterName,
    Instant readAt,
    Optional<ControlPlane> controlPlane,
    List<Instance> instances,
    List<NatGateway> natGateways) {

  public MetricsInventory {
    instances = List.copyOf(instances);
    natGateways = List.copyOf(natGateways);
  }

  public static MetricsInventory empty(String clusterName, Instant readAt) {
    return new MetricsInventory(clusterName, readAt, Optional.empty(), List.of(), List.of());
  }

  /**
   * @param kubernetesVersion "1.31"; EKS publishes control plane metrics from 1.28 on
   */
  public record ControlPlane(String name, String kubernetesVersion, Instant createdAt) {}

  /**
   * An EC2 instance in the cluster's VPC.
   *
   * @param nodeGroup the managed node group it belongs to; empty for the bastion or worker host
   * @param name its Name tag, or the instance id
   * @param publicIp whether it holds a public IPv4 address (billed by the hour)
   */
  public record Instance(
      String id,
      String name,
      String instanceType,
      String privateIp,
      String nodeGroup,
      boolean publicIp,
      Instant launchedAt) {

    public boolean isNode() {
      return !nodeGroup.isEmpty();
    }
  }

  public record NatGateway(String id, String subnetId, Instant createdAt) {}

  public List<Instance> nodes() {
    return instances.stream().filter(Instance::isNode).toList();
  }

  /** Every series the dashboards chart for this inventory, nodes first. */
  public List<MetricQuery> queries() {
    List<MetricQuery> queries = new ArrayList<>();
    for (Instance node : nodes()) {
      queries.add(new MetricQuery(MetricKind.NODE_CPU, node.id()));
      queries.add(new MetricQuery(MetricKind.NODE_NETWORK_IN, node.id()));
      queries.add(new MetricQuery(MetricKind.NODE_NETWORK_OUT, node.id()));
    }
    for (NatGateway nat : natGateways) {
      queries.add(new MetricQuery(MetricKind.NAT_BYTES_OUT, nat.id()));
      queries.add(new MetricQuery(MetricKind.NAT_ACTIVE_CONNECTIONS, nat.id()));
    }
    controlPlane.ifPresent(
        plane -> {
          queries.add(new MetricQuery(MetricKind.CONTROL_PLANE_REQUESTS, plane.name()));
          queries.add(new MetricQuery(MetricKind.CONTROL_PLANE_PENDING_PODS, plane.name()));
        });
    return queries;
  }
}
