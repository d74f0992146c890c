package dev.eksdesk.cli.kube;

import dev.eksdesk.cloud.AwsSession;
import java.util.Optional;

/**
 * Opens an EKS cluster of an AWS account for one command. The composition root implements it for
 * the clusters Eksdesk built (their specs are kept beside their journals).
 */
@FunctionalInterface
public interface AwsClusterOpener {
  /**
   * The cluster, to be closed by the caller (the session stays the caller's); empty when Eksdesk
   * has no spec for it in that account.
   *
   * @throws dev.eksdesk.cloud.CloudException when the cluster is missing or not ACTIVE
   */
  Optional<ClusterOpener.OpenCluster> open(String name, AwsSession session);

  /** Used when nothing was wired: no cluster can be opened. */
  AwsClusterOpener NONE = (name, session) -> Optional.empty();
}
