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
 * @param nodesToRecycle the nodes that booted before Calico was installed (every node before the
 *     swap): each keeps the VPC CNI's configuration and its --max-pods until it is replaced
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

  SwapPlan withChanges(List<String> newChanges) {
    return new SwapPlan(
        awsNodeInstalled,
        calicoInstalled,
        newChanges,
        cidr,
        hostNetworkNeeds,
        podsRestarting,
        podsKeepingVpcAddresses,
        nodesToRecycle);
  }

  /** Nothing is left to do: aws-node gone, Calico in, callees on host networking, nodes new. */
  public boolean alreadyOnCalico() {
    return !awsNodeInstalled
        && calicoInstalled
        && nodesToRecycle.isEmpty()
        && hostNetworkNeeds.stream().allMatch(HostNetworkNeed::alreadyOnHostNetwork);
  }

  /** The swap must not start when Calico's pool overlaps the VPC. */
  public boolean canProceed() {
    return !cidr.overlaps();
  }
}
