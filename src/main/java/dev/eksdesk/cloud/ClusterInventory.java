package dev.eksdesk.cloud;

import java.util.List;

/** Any EKS cluster of one account and region, Eksdesk's or not, read from the account. */
public interface ClusterInventory {
  /** The account's EKS clusters, described. */
  List<CloudResource> clusters();

  /**
   * What belongs to one cluster: its VPC, subnets, node groups, instances and their ENIs.
   *
   * @throws CloudException when the cluster is missing or the account refuses
   */
  DiscoveredCluster discover(String clusterName);

  /**
   * The instances of the cluster's node groups now.
   *
   * @throws CloudException when the cluster is missing or the account refuses
   */
  int nodeCount(String clusterName);
}
