package dev.eksdesk.cloud.aws;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.ClusterInventory;
import dev.eksdesk.cloud.DiscoveredCluster;
import dev.eksdesk.cloud.aws.AwsFailures.Call;
import dev.eksdesk.cloud.aws.resources.ClusterTopologyReader;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Looks at clusters Eksdesk did not make: lists the region's EKS clusters and discovers one's VPC,
 * subnets, route tables, gateways, node groups, instances and ENIs. Read-only.
 */
public final class AwsClusterInspector implements ClusterInventory {
  private static final String NODE_GROUP_TAG = "eks:nodegroup-name";

  private final ClusterTopologyReader reader;
  private final AwsFailures failures;

  public AwsClusterInspector(AwsClients clients, AccountChoice account) {
    this.reader = new ClusterTopologyReader(clients.ec2(), clients.eks());
    this.failures = new AwsFailures(account, clients.settings().endpointOverride().isPresent());
  }

  /** Failures are classified, e.g. ACCESS_DENIED without eks:ListClusters. */
  @Override
  public List<CloudResource> clusters() {
    return call("List EKS clusters", reader::clusters);
  }

  @Override
  public DiscoveredCluster discover(String clusterName) {
    return call("Inspect EKS cluster " + clusterName, () -> reader.read(clusterName));
  }

  /** Counts the instances tagged with a managed node group. */
  @Override
  public int nodeCount(String clusterName) {
    return (int)
        discover(clusterName).instances().stream()
            .filter(i -> !i.tag(NODE_GROUP_TAG).isEmpty())
            .count();
  }

  private <T> T call(String subject, Supplier<T> read) {
    try {
      return read.get();
    } catch (SdkException e) {
      throw failures.translate(e, Call.DESCRIBE, subject);
    }
  }
}
