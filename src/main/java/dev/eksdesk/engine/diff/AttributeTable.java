package dev.eksdesk.engine.diff;

import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.UpdateOperation;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Per resource kind, what each {@code ResourceRequest} attribute's change means: updated in place
 * (by which call), forces replacement, or ignored. An attribute not listed forces replacement: the
 * safe answer for anything not known to be updatable.
 */
public final class AttributeTable {
  /** Kinds whose replacement loses what runs in them: refused unless the user allows it. */
  public static final Set<ResourceKind> REPLACE_NEEDS_CONSENT =
      Set.of(ResourceKind.VPC, ResourceKind.SUBNET, ResourceKind.EKS_CLUSTER);

  /**
   * Kinds replaced create-before-destroy: the new one can exist beside the old (node groups and
   * launch templates get a name suffix, see {@link ReplacementNames}). Others are deleted first.
   */
  public static final Set<ResourceKind> CREATE_BEFORE_DESTROY =
      Set.of(
          ResourceKind.EKS_NODEGROUP,
          ResourceKind.LAUNCH_TEMPLATE,
          ResourceKind.INSTANCE,
          ResourceKind.ELASTIC_IP,
          ResourceKind.NAT_GATEWAY);

  /** Attributes holding comma-joined lists whose order means nothing. */
  static final Set<String> UNORDERED =
      Set.of(
          "subnetIds",
          "securityGroupIds",
          "publicAccessCidrs",
          "logTypes",
          "routeTableIds",
          "labels",
          "taints");

  private static final Map<ResourceKind, Map<String, AttributeRule>> RULES =
      new EnumMap<>(ResourceKind.class);

  static {
    RULES.put(
        ResourceKind.ROUTE,
        Map.of("targetId", AttributeRule.update(UpdateOperation.ROUTE_TARGET, "targetId")));
    RULES.put(
        ResourceKind.SECURITY_GROUP_RULE,
        Map.of(
            "sourceCidr", AttributeRule.update(UpdateOperation.RULE_SOURCE, "sourceCidr"),
            "sourceGroupId", AttributeRule.update(UpdateOperation.RULE_SOURCE, "sourceGroupId"),
            "description", AttributeRule.update(UpdateOperation.RULE_SOURCE, "")));
    RULES.put(ResourceKind.IAM_ROLE, Map.of("description", AttributeRule.ignore()));
    // Both in place, so a cluster built before the hosts' instance profile and the endpoint's
    // policy existed keeps its bastion's address and its nodes' path to S3. Not compared with
    // what the account reports: AWS rewrites a policy's JSON in its own layout.
    RULES.put(
        ResourceKind.INSTANCE,
        Map.of("instanceProfileName", AttributeRule.update(UpdateOperation.INSTANCE_PROFILE, "")));
    RULES.put(
        ResourceKind.VPC_ENDPOINT,
        Map.of("policyDocument", AttributeRule.update(UpdateOperation.ENDPOINT_POLICY, "")));
    // The public key is read from the private key file at create time (cloud.LocalKeys),
    // which checks every key pair it meets against that file's fingerprint.
    RULES.put(ResourceKind.KEY_PAIR, Map.of("publicKey", AttributeRule.ignore()));
    RULES.put(
        ResourceKind.EKS_CLUSTER,
        Map.of(
            "kubernetesVersion", AttributeRule.update(UpdateOperation.CLUSTER_VERSION, "version"),
            "endpointPrivateAccess",
                AttributeRule.update(UpdateOperation.CLUSTER_ENDPOINT, "endpointPrivateAccess"),
            "endpointPublicAccess",
                AttributeRule.update(UpdateOperation.CLUSTER_ENDPOINT, "endpointPublicAccess"),
            "publicAccessCidrs",
                AttributeRule.update(UpdateOperation.CLUSTER_ENDPOINT, "publicAccessCidrs"),
            "logTypes", AttributeRule.update(UpdateOperation.CLUSTER_LOGGING, "logging")));
    RULES.put(
        ResourceKind.EKS_NODEGROUP,
        Map.of(
            "kubernetesVersion", AttributeRule.update(UpdateOperation.NODEGROUP_VERSION, "version"),
            "minSize", AttributeRule.update(UpdateOperation.NODEGROUP_SCALING, "minSize"),
            "maxSize", AttributeRule.update(UpdateOperation.NODEGROUP_SCALING, "maxSize"),
            "desiredSize", AttributeRule.update(UpdateOperation.NODEGROUP_SCALING, "desiredSize"),
            "labels", AttributeRule.update(UpdateOperation.NODEGROUP_LABELS, "labels"),
            "taints", AttributeRule.update(UpdateOperation.NODEGROUP_LABELS, "taints"),
            "instanceType", AttributeRule.replaceObserved("instanceType")));
    // The add-on's own version follows the control plane's; EKS reports only the former, so the
    // journal's inputs say which Kubernetes version it was last matched to.
    RULES.put(
        ResourceKind.EKS_ADDON,
        Map.of(
            "configurationValues",
            AttributeRule.update(UpdateOperation.ADDON_CONFIGURATION, "configurationValues"),
            "kubernetesVersion",
            AttributeRule.update(UpdateOperation.ADDON_VERSION, "")));
  }

  private AttributeTable() {}

  public static AttributeRule rule(ResourceKind kind, String attribute) {
    return RULES.getOrDefault(kind, Map.of()).getOrDefault(attribute, AttributeRule.replace());
  }
}
