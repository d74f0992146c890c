package dev.eksdesk.ui.clusters;

/**
 * Where the Clusters screen looks for clusters: the Sandbox, or an AWS profile in one region.
 *
 * @param profile the AWS profile; empty for the Sandbox
 * @param region the AWS region; empty for the Sandbox, which takes each cluster's from its spec
 * @param endpointUrl an endpoint override (LocalStack, moto), empty for AWS itself
 */
public record ClusterSource(String profile, String region, String endpointUrl) {
  public ClusterSource {
    profile = profile == null ? "" : profile.trim();
    region = region == null ? "" : region.trim();
    endpointUrl = endpointUrl == null ? "" : endpointUrl.trim();
  }

  public static ClusterSource sandbox() {
    return new ClusterSource("", "", "");
  }

  public boolean isSandbox() {
    return profile.isEmpty();
  }

  /** As the screen names it: "Sandbox" or "profile dev · eu-west-1". */
  public String label() {
    return isSandbox()
        ? "Sandbox"
        : "profile "
            + profile
            + " · "
            + region
            + (endpointUrl.isEmpty() ? "" : " (" + endpointUrl + ")");
  }
}
