package dev.eksdesk.cloud;

/** An AWS account opened for work: what an AWS account offers beyond the engine's needs. */
public interface AwsSession extends AccountSession {
  /** Who the credentials belong to, checked when the session was opened. */
  CallerIdentity identity();

  /** On-demand prices from the AWS Price List API (needs pricing:GetProducts). */
  InstancePrices instancePrices();

  /** Reads any EKS cluster of this account and region, Eksdesk's or not. */
  ClusterInventory inspector();

  /**
   * The kubeconfig entry {@code aws eks update-kubeconfig} would write for one of this account's
   * clusters; kubectl then gets its tokens from the AWS CLI with the same profile.
   *
   * @throws CloudException when the cluster is missing or not ACTIVE
   */
  KubeconfigEntry kubeconfigEntry(String clusterName);
}
