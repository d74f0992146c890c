package dev.eksdesk.cloud.sandbox;

import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.FailureKind;
import dev.eksdesk.cloud.ResourceRequest;
import dev.eksdesk.cloud.UpdateOperation;
import java.util.LinkedHashMap;
import java.util.Map;

/** The attributes each update changes, under the names {@link SandboxAttributes} reports. */
final class SandboxUpdates {
  private SandboxUpdates() {}

  static Map<String, String> attributes(UpdateOperation operation, ResourceRequest desired) {
    Map<String, String> a = new LinkedHashMap<>();
    switch (operation) {
      case NODEGROUP_SCALING -> {
        ResourceRequest.NodeGroup g = as(ResourceRequest.NodeGroup.class, desired, operation);
        a.put("minSize", Integer.toString(g.minSize()));
        a.put("maxSize", Integer.toString(g.maxSize()));
        a.put("desiredSize", Integer.toString(g.desiredSize()));
      }
      case NODEGROUP_LABELS -> {
        ResourceRequest.NodeGroup g = as(ResourceRequest.NodeGroup.class, desired, operation);
        a.put("labels", String.join(",", g.labels()));
        a.put("taints", String.join(",", g.taints()));
      }
      case NODEGROUP_VERSION ->
          a.put(
              "version",
              as(ResourceRequest.NodeGroup.class, desired, operation).kubernetesVersion());
      case CLUSTER_ENDPOINT -> {
        ResourceRequest.EksCluster c = as(ResourceRequest.EksCluster.class, desired, operation);
        a.put("endpointPublicAccess", Boolean.toString(c.endpointPublicAccess()));
        a.put("endpointPrivateAccess", Boolean.toString(c.endpointPrivateAccess()));
        a.put("publicAccessCidrs", String.join(",", c.publicAccessCidrs()));
      }
      case CLUSTER_LOGGING ->
          a.put(
              "logging",
              String.join(
                  ",", as(ResourceRequest.EksCluster.class, desired, operation).logTypes()));
      case CLUSTER_VERSION ->
          a.put(
              "version",
              as(ResourceRequest.EksCluster.class, desired, operation).kubernetesVersion());
      case ADDON_VERSION -> {
        ResourceRequest.Addon addon = as(ResourceRequest.Addon.class, desired, operation);
        a.put("version", addonVersion(addon));
      }
      case RULE_SOURCE -> {
        ResourceRequest.SecurityGroupIngress i =
            as(ResourceRequest.SecurityGroupIngress.class, desired, operation);
        a.put("sourceCidr", i.sourceCidr());
        a.put("sourceGroupId", i.sourceGroupId());
      }
      case ADDON_CONFIGURATION ->
          a.put(
              "configurationValues",
              as(ResourceRequest.Addon.class, desired, operation).configurationValues());
      case ROUTE_TARGET ->
          a.put("targetId", as(ResourceRequest.Route.class, desired, operation).targetId());
      case INSTANCE_PROFILE ->
          a.put(
              "instanceProfileName",
              as(ResourceRequest.Instance.class, desired, operation).instanceProfileName());
      case ENDPOINT_POLICY ->
          a.put(
              "policyDocument",
              as(ResourceRequest.GatewayEndpoint.class, desired, operation).policyDocument());
      case TAGS -> {}
    }
    return a;
  }

  /** The add-on's default version for its Kubernetes version, as UpdateAddon would install. */
  static String addonVersion(ResourceRequest.Addon addon) {
    return SandboxAddonVersions.defaultFor(addon.name(), addon.kubernetesVersion())
        .orElseThrow(
            () ->
                new CloudException(
                    FailureKind.INVALID,
                    "InvalidParameterException",
                    "Addon version specified is not supported for Kubernetes "
                        + addon.kubernetesVersion()));
  }

  /** UpdateClusterVersion goes one minor version up, never down, never two. */
  static void checkVersionStep(String from, String to) {
    if (minor(to) != minor(from) + 1) {
      throw new CloudException(
          FailureKind.INVALID,
          "InvalidParameterException",
          "Unsupported Kubernetes minor version update from " + from + " to " + to);
    }
  }

  private static int minor(String version) {
    return Integer.parseInt(version.substring(version.indexOf('.') + 1));
  }

  private static <R extends ResourceRequest> R as(
      Class<R> type, ResourceRequest desired, UpdateOperation operation) {
    if (!type.isInstance(desired)) {
      throw new CloudException(
          FailureKind.INVALID,
          "InvalidParameterException",
          operation.call() + " does not apply to " + desired.kind().displayName());
    }
    return type.cast(desired);
  }
}
