package dev.eksdesk.cloud.sandbox;

import java.util.Map;
import java.util.Optional;

/**
 * What the Sandbox answers for DescribeAddonVersions: a default version of each add-on Eksdesk
 * installs per Kubernetes version, shaped like EKS's ({@code v1.19.2-eksbuild.1}). Plausible, not
 * EKS's list: a version missing here is an add-on without a compatible version.
 */
final class SandboxAddonVersions {
  private static final Map<String, Map<String, String>> DEFAULTS =
      Map.of(
          "vpc-cni",
          Map.of(
              "1.31", "v1.18.6-eksbuild.1",
              "1.32", "v1.19.2-eksbuild.1",
              "1.33", "v1.19.5-eksbuild.1",
              "1.34", "v1.20.1-eksbuild.1",
              "1.35", "v1.20.4-eksbuild.1"),
          "metrics-server",
          Map.of(
              "1.31", "v0.7.2-eksbuild.1",
              "1.32", "v0.7.2-eksbuild.2",
              "1.33", "v0.7.2-eksbuild.3",
              "1.34", "v0.8.0-eksbuild.1",
              "1.35", "v0.8.0-eksbuild.2"));

  private SandboxAddonVersions() {}

  static Optional<String> defaultFor(String addon, String kubernetesVersion) {
    return Optional.ofNullable(DEFAULTS.getOrDefault(addon, Map.of()).get(kubernetesVersion));
  }
}
