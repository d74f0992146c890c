package dev.eksdesk.engine.exec;

import dev.eksdesk.cloud.Blocker;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceTags;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Names what blocks a delete and who made it, from what EC2 reports: an ENI's description,
 * interface type and requester tell a Kubernetes load balancer from a Lambda, a NAT gateway or an
 * ENI someone made by hand.
 */
final class BlockerWords {
  private BlockerWords() {}

  static String list(List<Blocker> blockers, String cluster) {
    return blockers.stream().map(b -> describe(b, cluster)).collect(Collectors.joining("; "));
  }

  static String describe(Blocker blocker, String cluster) {
    List<String> facts = new ArrayList<>();
    if (!blocker.description().isEmpty()) {
      facts.add("\"" + blocker.description() + "\"");
    }
    facts.add(maker(blocker, cluster));
    if (blocker.kind() == ResourceKind.NETWORK_INTERFACE) {
      if (!blocker.subnetId().isEmpty()) {
        facts.add("in subnet " + blocker.subnetId());
      }
      if (!blocker.securityGroups().isEmpty()) {
        facts.add("holds security group " + String.join(", ", blocker.securityGroups()));
      }
    }
    return noun(blocker.kind()) + " " + blocker.id() + " (" + String.join(", ", facts) + ")";
  }

  /** Whether the blocker is the cluster's own, so a sweep or AWS will remove it in time. */
  static boolean ownedBy(Blocker blocker, String cluster) {
    return ResourceTags.ownedBy(cluster).matches(blocker.tags())
        || blocker.description().equals("Amazon EKS " + cluster);
  }

  private static String maker(Blocker b, String cluster) {
    String description = b.description();
    String type = b.interfaceType();
    if (cluster.equals(b.tags().get(ResourceTags.CLUSTER))) {
      return "made by Eksdesk for this cluster";
    }
    if (b.tags().containsKey(ResourceTags.CLUSTER)) {
      return "made by Eksdesk for cluster " + b.tags().get(ResourceTags.CLUSTER);
    }
    if (b.kind() != ResourceKind.NETWORK_INTERFACE) {
      return "not made by Eksdesk";
    }
    if (description.startsWith("ELB ")) {
      return "ELB " + loadBalancerName(description.substring(4));
    }
    if (type.equals("nat_gateway")) {
      return "a NAT gateway";
    }
    if (type.equals("lambda") || description.startsWith("AWS Lambda VPC ENI")) {
      return "a Lambda";
    }
    if (type.equals("vpc_endpoint") || description.startsWith("VPC Endpoint Interface")) {
      return "a VPC endpoint";
    }
    if (description.startsWith("Amazon EKS ")) {
      return "an EKS cluster's control plane";
    }
    if (b.tags().containsKey(ResourceTags.VPC_CNI_CLUSTER) || description.startsWith("aws-K8S-")) {
      return "the VPC CNI of a Kubernetes node";
    }
    if (b.requesterManaged()) {
      return "managed by AWS for " + (b.requesterId().isEmpty() ? "a service" : b.requesterId());
    }
    if (!b.attachedTo().isEmpty()) {
      return "an ENI attached to instance " + b.attachedTo();
    }
    return "an ENI you made";
  }

  /** "app/k8s-default-web-1a2b/50dc6c495c0c9188" names the load balancer k8s-default-web-1a2b. */
  private static String loadBalancerName(String described) {
    String[] parts = described.split("/");
    return parts.length >= 2 ? parts[1] : described;
  }

  private static String noun(ResourceKind kind) {
    return switch (kind) {
      case NETWORK_INTERFACE -> "ENI";
      case SUBNET -> "subnet";
      case SECURITY_GROUP -> "security group";
      default -> kind.displayName();
    };
  }
}
