package dev.eksdesk.cloud;

/**
 * Every kind of resource Eksdesk creates or sweeps, with the facts the engine needs about it.
 *
 * <p>Sub-resources (routes, associations, attachments, bucket settings, access entries) carry no
 * tags in AWS; they are found through their parent and their ids are composite ({@code parent|key})
 * as documented on each {@link ResourceRequest}.
 */
public enum ResourceKind {
  VPC("VPC", true, false, false, false),
  INTERNET_GATEWAY("Internet gateway", true, false, false, false),
  SUBNET("Subnet", true, false, false, false),
  ROUTE_TABLE("Route table", true, false, false, false),
  ROUTE("Route", false, false, false, false),
  ROUTE_TABLE_ASSOCIATION("Route table association", false, false, false, false),
  ELASTIC_IP("Elastic IP", true, false, false, true),
  NAT_GATEWAY("NAT gateway", true, true, true, true),
  SECURITY_GROUP("Security group", true, false, false, false),
  SECURITY_GROUP_RULE("Security group rule", true, false, false, false),
  IAM_ROLE("IAM role", true, false, false, false),
  ROLE_POLICY_ATTACHMENT("Role policy attachment", false, false, false, false),
  KEY_PAIR("Key pair", true, false, false, false),
  INSTANCE("EC2 instance", true, true, true, true),
  NETWORK_INTERFACE("Network interface", true, false, false, false),
  S3_BUCKET("S3 bucket", true, false, false, true),
  BUCKET_PUBLIC_ACCESS_BLOCK("Bucket public access block", false, false, false, false),
  BUCKET_ENCRYPTION("Bucket default encryption", false, false, false, false),
  VPC_ENDPOINT("VPC endpoint", true, true, true, false),
  CLOUDTRAIL_TRAIL("CloudTrail trail", true, false, false, true),
  EKS_CLUSTER("EKS cluster", true, true, true, true),
  EKS_ACCESS_ENTRY("EKS access entry", false, true, false, false),
  LAUNCH_TEMPLATE("Launch template", true, true, false, false),
  EKS_NODEGROUP("EKS managed node group", true, true, true, true),
  EKS_ADDON("EKS add-on", true, true, true, false),
  INSTANCE_PROFILE("IAM instance profile", true, false, false, false),
  BUCKET_VERSIONING("Bucket versioning", false, false, false, false),
  BUCKET_TLS_POLICY("Bucket TLS-only policy", false, false, false, false),
  FLOW_LOG("VPC flow log", true, true, false, true),
  DEFAULT_SECURITY_GROUP_EMPTIED("Default security group emptied", false, false, false, false),
  /** Made by Kubernetes for a LoadBalancer Service, never by Eksdesk; destroy sweeps its own. */
  LOAD_BALANCER("Load balancer", true, false, false, true);

  private final String displayName;
  private final boolean taggable;
  private final boolean clientToken;
  private final boolean asynchronous;
  private final boolean costsMoney;

  ResourceKind(
      String displayName,
      boolean taggable,
      boolean clientToken,
      boolean asynchronous,
      boolean costsMoney) {
    this.displayName = displayName;
    this.taggable = taggable;
    this.clientToken = clientToken;
    this.asynchronous = asynchronous;
    this.costsMoney = costsMoney;
  }

  public String displayName() {
    return displayName;
  }

  /** Whether the resource carries tags, so it can be found by the {@code eksdesk:*} tags. */
  public boolean taggable() {
    return taggable;
  }

  /** Whether the create API takes a client token (EC2 ClientToken, EKS clientRequestToken). */
  public boolean clientToken() {
    return clientToken;
  }

  /** Whether it becomes usable later than the create call returns, so it needs a waiter. */
  public boolean asynchronous() {
    return asynchronous;
  }

  /** Whether it is billed while it exists (the destroy report names these first). */
  public boolean costsMoney() {
    return costsMoney;
  }
}
