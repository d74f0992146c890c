package dev.eksdesk.cloud.aws;

import dev.eksdesk.cloud.KubeconfigEntry;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach one ACTIVE EKS cluster's API server, as DescribeCluster tells it.
 *
 * @param certificateAuthorityData the cluster's CA bundle, base64 PEM as EKS returns it
 * @param subnetIds the subnets the cluster was given (where its nodes and their pods live)
 */
public record EksConnection(
    String clusterName,
    String clusterArn,
    String endpoint,
    String certificateAuthorityData,
    String region,
    List<String> subnetIds) {

  public EksConnection {
    Objects.requireNonNull(clusterName, "clusterName");
    Objects.requireNonNull(clusterArn, "clusterArn");
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(certificateAuthorityData, "certificateAuthorityData");
    Objects.requireNonNull(region, "region");
    subnetIds = List.copyOf(subnetIds);
  }

  public String certificateAuthorityPem() {
    return new String(
        Base64.getMimeDecoder().decode(certificateAuthorityData), StandardCharsets.UTF_8);
  }

  /**
   * The kubeconfig entry {@code aws eks update-kubeconfig} would write for it.
   *
   * @param profile the AWS profile kubectl's {@code aws eks get-token} should use
   */
  public KubeconfigEntry kubeconfigEntry(Optional<String> profile) {
    return new KubeconfigEntry(
        clusterName, clusterArn, endpoint, certificateAuthorityData, region, profile);
  }
}
