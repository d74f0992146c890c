package dev.eksdesk.cloud;

/**
 * The in-place changes the engine makes to a resource that exists, each one AWS call (or pair); the
 * diff engine's attribute tables say which request attributes each one covers.
 */
public enum UpdateOperation {
  /** TagResources / CreateTags / TagRole...: the step's tags, keys Eksdesk does not set kept. */
  TAGS("tags", false),
  /** UpdateNodegroupConfig scalingConfig: min, desired and max size. */
  NODEGROUP_SCALING("UpdateNodegroupConfig", true),
  /** UpdateNodegroupConfig labels and taints: those added or changed, those removed. */
  NODEGROUP_LABELS("UpdateNodegroupConfig (labels and taints)", true),
  /** UpdateNodegroupVersion: the nodes roll to the control plane's Kubernetes version. */
  NODEGROUP_VERSION("UpdateNodegroupVersion", true),
  /** UpdateClusterConfig resourcesVpcConfig: endpoint access and public access CIDRs. */
  CLUSTER_ENDPOINT("UpdateClusterConfig (endpoint access)", true),
  /** UpdateClusterConfig logging: the control plane's log types. */
  CLUSTER_LOGGING("UpdateClusterConfig (logging)", true),
  /** UpdateAddon configurationValues: the add-on's settings (the VPC CNI's environment). */
  ADDON_CONFIGURATION("UpdateAddon (configuration)", true),
  /** UpdateClusterVersion: one minor version up. */
  CLUSTER_VERSION("UpdateClusterVersion", true),
  /** UpdateAddon addonVersion: EKS's default version of the add-on for the new control plane. */
  ADDON_VERSION("UpdateAddon (version)", true),
  /** Revoke the ingress rule and authorize it with the new source: the rule's id changes. */
  RULE_SOURCE("RevokeSecurityGroupIngress + AuthorizeSecurityGroupIngress", false),
  /** ReplaceRoute: the same destination to another gateway. */
  ROUTE_TARGET("ReplaceRoute", false),
  /**
   * AssociateIamInstanceProfile, or ReplaceIamInstanceProfileAssociation when the instance has one:
   * a running instance gets its role without a restart.
   */
  INSTANCE_PROFILE("AssociateIamInstanceProfile", false),
  /** ModifyVpcEndpoint PolicyDocument: the gateway endpoint's policy, traffic uninterrupted. */
  ENDPOINT_POLICY("ModifyVpcEndpoint (policy)", false);

  private final String call;
  private final boolean asynchronous;

  UpdateOperation(String call, boolean asynchronous) {
    this.call = call;
    this.asynchronous = asynchronous;
  }

  /** The AWS call(s), for plans and logs. */
  public String call() {
    return call;
  }

  /** Whether the call returns an update id to poll (EKS's DescribeUpdate) rather than finishing. */
  public boolean asynchronous() {
    return asynchronous;
  }
}
