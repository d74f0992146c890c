package dev.eksdesk.cloud.sandbox;

import dev.eksdesk.cloud.ResourceRequest;
import java.util.Locale;

/**
 * Ids in AWS's shapes: prefixed hex for EC2, names for IAM, S3 and EKS, composites for the rest.
 */
final class SandboxIds {
  private SandboxIds() {}

  static String next(SandboxState state, String prefix) {
    state.counter++;
    return prefix + "-" + String.format(Locale.ROOT, "%017x", state.counter);
  }

  static String next(SandboxState state, ResourceRequest request) {
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
    return next(state, prefix(request));
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
      default -> request.kind().name().toLowerCase(Locale.ROOT);
    };
  }
}
