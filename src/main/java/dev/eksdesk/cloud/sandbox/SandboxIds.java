package dev.eksdesk.cloud.sandbox;

import dev.eksdesk.cloud.ResourceRequest;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ids in AWS's shapes: prefixed hex for EC2, names for IAM, S3 and EKS, composites for the rest.
 */
final class SandboxIds {
  private SandboxIds() {}

  /**
   * A new EC2-style id: 17 random hex digits as AWS's, so processes sharing one account never
   * collide (a counter per process did).
   */
  static String next(String prefix) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    StringBuilder id = new StringBuilder(prefix).append('-');
    for (int i = 0; i < 17; i++) {
      id.append(Character.forDigit(random.nextInt(16), 16));
    }
    return id.toString();
  }

  static String next(ResourceRequest request) {
    if (request instanceof ResourceRequest.Route) {
      ResourceRequest.Route r = (ResourceRequest.Route) request;
      return r.routeTableId() + "|" + r.destinationCidr();
    }
    if (request instanceof ResourceRequest.IamRole) {
      return ((ResourceRequest.IamRole) request).name();
    }
    if (request instanceof ResourceRequest.RolePolicyAttachment) {
      ResourceRequest.RolePolicyAttachment a = (ResourceRequest.RolePolicyAttachment) request;
      return a.roleName() + "|" + a.policyArn();
    }
    if (request instanceof ResourceRequest.Bucket) {
      return ((ResourceRequest.Bucket) request).name();
    }
    if (request instanceof ResourceRequest.BucketPublicAccessBlock) {
      return ((ResourceRequest.BucketPublicAccessBlock) request).bucket() + "|public-access-block";
    }
    if (request instanceof ResourceRequest.BucketEncryption) {
      return ((ResourceRequest.BucketEncryption) request).bucket() + "|encryption";
    }
    if (request instanceof ResourceRequest.BucketVersioning v) {
      return v.bucket() + "|versioning";
    }
    if (request instanceof ResourceRequest.BucketTlsPolicy p) {
      return p.bucket() + "|tls-policy";
    }
    if (request instanceof ResourceRequest.DefaultSecurityGroupEmptied g) {
      return g.vpcId() + "|default-security-group";
    }
    if (request instanceof ResourceRequest.InstanceProfile p) {
      return p.name();
    }
    if (request instanceof ResourceRequest.Trail) {
      return ((ResourceRequest.Trail) request).name();
    }
    if (request instanceof ResourceRequest.EksCluster) {
      return ((ResourceRequest.EksCluster) request).name();
    }
    if (request instanceof ResourceRequest.AccessEntry) {
      ResourceRequest.AccessEntry e = (ResourceRequest.AccessEntry) request;
      return e.clusterName() + "|" + e.principalArn();
    }
    if (request instanceof ResourceRequest.NodeGroup) {
      ResourceRequest.NodeGroup g = (ResourceRequest.NodeGroup) request;
      return g.clusterName() + "/" + g.name();
    }
    if (request instanceof ResourceRequest.Addon) {
      ResourceRequest.Addon a = (ResourceRequest.Addon) request;
      return a.clusterName() + "|" + a.name();
    }
    return next(prefix(request));
  }

  private static String prefix(ResourceRequest request) {
    return switch (request.kind()) {
      case VPC -> "vpc";
      case INTERNET_GATEWAY -> "igw";
      case SUBNET -> "subnet";
      case ROUTE_TABLE -> "rtb";
      case ROUTE_TABLE_ASSOCIATION -> "rtbassoc";
      case ELASTIC_IP -> "eipalloc";
      case NAT_GATEWAY -> "nat";
      case SECURITY_GROUP -> "sg";
      case SECURITY_GROUP_RULE -> "sgr";
      case KEY_PAIR -> "key";
      case INSTANCE -> "i";
      case VPC_ENDPOINT -> "vpce";
      case LAUNCH_TEMPLATE -> "lt";
      case FLOW_LOG -> "fl";
      default -> request.kind().name().toLowerCase(Locale.ROOT);
    };
  }
}
