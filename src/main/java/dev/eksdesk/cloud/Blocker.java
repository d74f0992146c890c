package dev.eksdesk.cloud;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Something in the account that keeps a VPC, subnet or security group from being deleted: a network
 * interface in it (or holding it), or, for a VPC, a subnet or security group of its own. The fields
 * are what EC2 reports, so a person can tell who made it.
 *
 * @param kind usually NETWORK_INTERFACE, SUBNET or SECURITY_GROUP
 * @param description the resource's description (an ENI's says who made it: "ELB app/k8s-...", "AWS
 *     Lambda VPC ENI-...", "Amazon EKS ...", "aws-K8S-i-..."); for a subnet its CIDR
 * @param requesterId for an ENI: the account or service that asked for it ("" when the owner did)
 * @param requesterManaged for an ENI: whether AWS manages it for a service
 * @param interfaceType for an ENI: "interface", "nat_gateway", "lambda", "vpc_endpoint"...
 * @param attachedTo for an ENI: the instance it is attached to, or ""
 * @param subnetId the subnet it is in ("" for a security group)
 * @param securityGroups for an ENI: the groups it holds
 */
public record Blocker(
    ResourceKind kind,
    String id,
    String description,
    String requesterId,
    boolean requesterManaged,
    String interfaceType,
    String attachedTo,
    String subnetId,
    List<String> securityGroups,
    Map<String, String> tags) {

  public Blocker {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    description = Objects.requireNonNullElse(description, "");
    requesterId = Objects.requireNonNullElse(requesterId, "");
    interfaceType = Objects.requireNonNullElse(interfaceType, "");
    attachedTo = Objects.requireNonNullElse(attachedTo, "");
    subnetId = Objects.requireNonNullElse(subnetId, "");
    securityGroups = List.copyOf(securityGroups);
    tags = Map.copyOf(tags);
  }

  /** A subnet or security group, described by its CIDR or name. */
  public static Blocker of(
      ResourceKind kind, String id, String description, String subnetId, Map<String, String> tags) {
    return new Blocker(kind, id, description, "", false, "", "", subnetId, List.of(), tags);
  }
}
