package dev.eksdesk.kube.sandbox;

import dev.eksdesk.domain.catalog.CniMode;
import java.util.List;
import java.util.Map;

/**
 * One node's network as the sandbox saves it: the instance behind the node, the CNI configurations
 * its agents wrote, the VPC CNI's ENIs and the Calico blocks with the address each pod holds.
 *
 * @param subnetCidr the subnet the node's ENIs draw from, which names its address pool on restore
 */
record SavedNetwork(
    String name,
    String instanceId,
    String instanceType,
    String zone,
    String nodeGroup,
    String privateIp,
    CniMode cniMode,
    int maxPods,
    String subnetCidr,
    List<CniPlugin> plugins,
    List<SavedEni> enis,
    Map<String, String> vpcAddressByPod,
    List<String> calicoBlocks,
    Map<String, String> calicoAddressByPod) {

  /** An ENI the VPC CNI attached, with the addresses (or /28 prefixes) it took and those in use. */
  record SavedEni(
      String id,
      int deviceIndex,
      String primary,
      List<String> secondaries,
      List<String> prefixes,
      List<String> used) {}
}
