package dev.eksdesk.cluster;

import dev.eksdesk.domain.spec.ClusterSpec;

/**
 * Which cluster a runtime is: a name is unique only within one account and region, so two clusters
 * of the same name (in two regions, two accounts, or the Sandbox and AWS) have two keys.
 *
 * @param account the AWS account id, or {@link #SANDBOX_ACCOUNT}
 */
public record ClusterKey(String account, String region, String name) {
  /** The account the Sandbox's clusters are listed under, as the Clusters screen names it. */
  public static final String SANDBOX_ACCOUNT = "sandbox";

  /** A cluster of the Sandbox, in the region its spec names. */
  public static ClusterKey sandbox(ClusterSpec spec) {
    return new ClusterKey(SANDBOX_ACCOUNT, spec.region(), spec.name());
  }
}
