package dev.eksdesk.session;

import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.ResourceState;
import dev.eksdesk.cloud.ResourceTags;

/**
 * One EKS cluster of an account, as the cluster list shows it, whoever built it.
 *
 * @param account the AWS account id, or {@code sandbox}
 * @param status creating, active, failed, deleting or deleted
 * @param builtByEksdesk whether it carries Eksdesk's tags or Eksdesk keeps a journal of it
 * @param nodes the node group instances running for it
 */
public record ListedCluster(
    String name,
    String account,
    String region,
    String version,
    String status,
    boolean builtByEksdesk,
    int nodes) {

  /** The tag every node group instance carries, on AWS and in the Sandbox. */
  public static final String NODE_GROUP_TAG = "eks:nodegroup-name";

  /**
   * @param cluster an EKS cluster the account lists; its id is its name
   * @param journaled whether Eksdesk keeps a journal of a cluster of that name in that account
   */
  public static ListedCluster of(
      CloudResource cluster, String account, String region, boolean journaled, int nodes) {
    boolean tagged =
        !cluster.tag(ResourceTags.CLUSTER).isEmpty()
            || !cluster.tag(ResourceTags.MANAGED_BY).isEmpty();
    return new ListedCluster(
        cluster.id(),
        account,
        region,
        cluster.attribute("version"),
        status(cluster.state()),
        tagged || journaled,
        nodes);
  }

  /** In the words of the EKS console, lower case. */
  static String status(ResourceState state) {
    return switch (state) {
      case PENDING -> "creating";
      case READY -> "active";
      case FAILED -> "failed";
      case DELETING -> "deleting";
      case DELETED -> "deleted";
    };
  }
}
