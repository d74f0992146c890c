package dev.eksdesk.cloud;

import java.util.Objects;
import java.util.Optional;

/**
 * What a kubeconfig needs to reach one EKS cluster.
 *
 * @param clusterArn the entry's name, as {@code aws eks update-kubeconfig} names it
 * @param certificateAuthorityData base64 PEM, as EKS DescribeCluster returns it
 * @param profile the AWS profile {@code aws eks get-token} should use, empty for the default
 */
public record KubeconfigEntry(
    String clusterName,
    String clusterArn,
    String endpoint,
    String certificateAuthorityData,
    String region,
    Optional<String> profile) {

  public KubeconfigEntry {
    Objects.requireNonNull(clusterName, "clusterName");
    Objects.requireNonNull(clusterArn, "clusterArn");
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(certificateAuthorityData, "certificateAuthorityData");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(profile, "profile");
  }
}
