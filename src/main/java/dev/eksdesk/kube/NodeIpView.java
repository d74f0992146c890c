package dev.eksdesk.kube;

import java.util.List;
import java.util.Optional;

/**
 * Pod addresses on one node: the per-node view AWS's tooling lacks (its metrics helper only sums
 * over the cluster). The sandbox derives it from its CNI model; on AWS the same record can be built
 * from EC2's view of the node's ENIs and the pods bound to it.
 *
 * @param activePlugin the CNI plugin the kubelet calls for new pods ("aws-vpc-cni", "calico"), or
 *     empty while no CNI configuration is installed on the node
 * @param addressCapacity pod addresses the node can ever hold under its plugin: ENIs × (IPv4 per
 *     ENI − 1) under the VPC CNI; the pod limit under an overlay
 * @param enis the node's ENIs (empty under an overlay-only node)
 * @param overlayBlocks Calico /26 blocks affine to the node
 * @param podsRunning pods in phase Running on the node, host-network ones included
 * @param podsWaitingForAddress pods ("namespace/name") bound to the node whose sandbox could not be
 *     created because no address was left or the CNI did not answer
 */
public record NodeIpView(
    String nodeName,
    String instanceType,
    int maxPods,
    Optional<String> activePlugin,
    int addressCapacity,
    List<EniView> enis,
    List<String> overlayBlocks,
    int overlayAddressesInUse,
    int podsRunning,
    List<String> podsWaitingForAddress) {

  public NodeIpView {
    enis = List.copyOf(enis);
    overlayBlocks = List.copyOf(overlayBlocks);
    podsWaitingForAddress = List.copyOf(podsWaitingForAddress);
  }

  /** Subnet addresses held for pods that no pod uses. */
  public int warmAddresses() {
    return enis.stream().mapToInt(e -> e.warmAddresses().size()).sum();
  }

  /**
   * What the node takes from its subnet, as CIDR blocks: each ENI's primary address and secondary
   * addresses as /32, its prefixes as /28 (their addresses are not listed again).
   */
  public List<String> subnetBlocksHeld() {
    List<String> blocks = new java.util.ArrayList<>();
    for (EniView eni : enis) {
      if (eni.primaryAddress() != null && !eni.primaryAddress().isEmpty()) {
        blocks.add(eni.primaryAddress() + "/32");
      }
      blocks.addAll(eni.prefixes());
      if (eni.prefixes().isEmpty()) {
        eni.assignedAddresses().forEach(a -> blocks.add(a + "/32"));
        eni.warmAddresses().forEach(a -> blocks.add(a + "/32"));
      }
    }
    return blocks;
  }

  public int vpcAddressesInUse() {
    return enis.stream().mapToInt(e -> e.assignedAddresses().size()).sum();
  }
}
