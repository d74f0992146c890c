package dev.eksdesk.kube.sandbox;

import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.catalog.InstanceType;
import java.util.Objects;

/**
 * An EC2 instance joining the sandbox cluster as a node, as the node group's bootstrap would
 * configure it.
 *
 * @param cniMode how the node's VPC CNI hands out addresses while aws-node runs on it (plain or
 *     prefix delegation); a node that joins after Calico replaced aws-node uses Calico anyway
 * @param maxPods the kubelet's --max-pods, which the bootstrap sets and nothing changes later
 * @param subnet where the node's ENIs take their addresses from
 */
public record NodeRegistration(
    String name,
    String instanceId,
    InstanceType instanceType,
    String zone,
    String nodeGroup,
    String privateIp,
    CniMode cniMode,
    int maxPods,
    SubnetAddresses subnet) {

  public NodeRegistration {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(instanceId, "instanceId");
    Objects.requireNonNull(instanceType, "instanceType");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(nodeGroup, "nodeGroup");
    Objects.requireNonNull(privateIp, "privateIp");
    Objects.requireNonNull(cniMode, "cniMode");
    Objects.requireNonNull(subnet, "subnet");
    if (maxPods < 1) {
      throw new IllegalArgumentException(name + ": max pods must be positive, got " + maxPods);
    }
  }

  /** EKS names nodes after their private DNS name. */
  public static String nodeNameFor(String privateIp, String region) {
    return "ip-" + privateIp.replace('.', '-') + "." + region + ".compute.internal";
  }

  /** What the cloud provider writes in spec.providerID. */
  public String providerId() {
    return "aws:///" + zone + "/" + instanceId;
  }
}
