package dev.eksdesk.kube.cni;

import java.util.List;

/**
 * What the swap from the VPC CNI to Calico will do to this cluster, before anything is done.
 *
 * @param changes the steps, in words, in order
 * @param podsRestarting pods ("namespace/name") the swap itself replaces: aws-node's and those of
 *     the Deployments moved to host networking
 * @param podsKeepingVpcAddresses pods that keep running with VPC addresses until their node is
 *     recycled
 * @param nodesToRecycle every current node: each keeps the VPC CNI's configuration and its
 *     --max-pods until it is replaced
 */
public record SwapPlan(
    boolean awsNodeInstalled,
    boolean calicoInstalled,
    List<String> changes,
    CidrCheck cidr,
    List<HostNetworkNeed> hostNetworkNeeds,
    List<String> podsRestarting,
    List<String> podsKeepingVpcAddresses,
    List<String> nodesToRecycle) {

  public SwapPlan {
    changes = List.copyOf(changes);
    hostNetworkNeeds = List.copyOf(hostNetworkNeeds);
    podsRestarting = List.copyOf(podsRestarting);
    podsKeepingVpcAddresses = List.copyOf(podsKeepingVpcAddresses);
    nodesToRecycle = List.copyOf(nodesToRecycle);
  }

  /** The swap must not start when Calico's pool overlaps the VPC. */
  public boolean canProceed() {
    return !cidr.overlaps();
  }
}
