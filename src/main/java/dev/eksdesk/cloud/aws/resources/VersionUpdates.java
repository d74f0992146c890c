package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.ClientToken;
import java.util.Comparator;
import java.util.Optional;
import software.amazon.awssdk.services.eks.model.AddonVersionInfo;
import software.amazon.awssdk.services.eks.model.DescribeAddonVersionsRequest;
import software.amazon.awssdk.services.eks.model.DescribeAddonVersionsResponse;
import software.amazon.awssdk.services.eks.model.ResolveConflicts;
import software.amazon.awssdk.services.eks.model.UpdateAddonRequest;
import software.amazon.awssdk.services.eks.model.UpdateClusterVersionRequest;
import software.amazon.awssdk.services.eks.model.UpdateNodegroupVersionRequest;

/**
 * The requests of a Kubernetes upgrade, one minor version at a time: the control plane
 * (UpdateClusterVersion), the add-ons to EKS's default version for it (DescribeAddonVersions, then
 * UpdateAddon) and the node groups' rolling update (UpdateNodegroupVersion).
 */
final class VersionUpdates {
  private VersionUpdates() {}

  static UpdateClusterVersionRequest cluster(String name, String version, ClientToken token) {
    return UpdateClusterVersionRequest.builder()
        .name(name)
        .version(version)
        .clientRequestToken(token.value())
        .build();
  }

  /** {@code id} is {@code cluster/nodegroup}; the nodes roll to the control plane's version. */
  static UpdateNodegroupVersionRequest nodeGroup(String id, String version, ClientToken token) {
    CompositeId group = NodeGroupHandler.parse(id);
    return UpdateNodegroupVersionRequest.builder()
        .clusterName(group.parent())
        .nodegroupName(group.key())
        .version(version)
        .clientRequestToken(token.value())
        .build();
  }

  /**
   * {@code id} is {@code cluster|addon}. PRESERVE keeps settings changed on the cluster by hand
   * (EKS refuses the update rather than overwrite them).
   */
  static UpdateAddonRequest addon(String id, String addonVersion, ClientToken token) {
    CompositeId addon = AddonHandler.parse(id);
    return UpdateAddonRequest.builder()
        .clusterName(addon.parent())
        .addonName(addon.key())
        .addonVersion(addonVersion)
        .resolveConflicts(ResolveConflicts.PRESERVE)
        .clientRequestToken(token.value())
        .build();
  }

  static DescribeAddonVersionsRequest addonVersions(String addon, String kubernetesVersion) {
    return DescribeAddonVersionsRequest.builder()
        .addonName(addon)
        .kubernetesVersion(kubernetesVersion)
        .build();
  }

  /**
   * The version EKS marks as default for that Kubernetes version, else the newest compatible one;
   * empty when none is.
   */
  static Optional<String> defaultVersion(
      DescribeAddonVersionsResponse response, String kubernetesVersion) {
    var compatible =
        response.addons().stream()
            .flatMap(addon -> addon.addonVersions().stream())
            .filter(
                v ->
                    v.compatibilities().stream()
                        .anyMatch(c -> kubernetesVersion.equals(c.clusterVersion())))
            .toList();
    return compatible.stream()
        .filter(
            v ->
                v.compatibilities().stream()
                    .anyMatch(
                        c ->
                            kubernetesVersion.equals(c.clusterVersion())
                                && Boolean.TRUE.equals(c.defaultVersion())))
        .findFirst()
        .or(() -> compatible.stream().max(Comparator.comparing(VersionUpdates::sortKey)))
        .map(AddonVersionInfo::addonVersion);
  }

  /** v1.19.2-eksbuild.1 sorts by its numbers: 1, 19, 2, 1. */
  private static String sortKey(AddonVersionInfo version) {
    StringBuilder key = new StringBuilder();
    for (String number : version.addonVersion().split("\\D+")) {
      if (!number.isEmpty()) {
        key.append(String.format("%08d", Long.parseLong(number)));
      }
    }
    return key.toString();
  }
}
