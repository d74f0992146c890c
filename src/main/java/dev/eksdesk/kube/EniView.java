package dev.eksdesk.kube;

import java.util.List;

/**
 * One elastic network interface of a node and what the VPC CNI did with it.
 *
 * @param assignedAddresses secondary addresses that a pod uses
 * @param warmAddresses secondary addresses (or addresses of prefixes) held for future pods: they
 *     are taken from the subnet but used by nobody
 * @param prefixes /28 prefixes attached under prefix delegation, empty otherwise
 */
public record EniView(
    String eniId,
    int deviceIndex,
    String primaryAddress,
    List<String> assignedAddresses,
    List<String> warmAddresses,
    List<String> prefixes) {

  public EniView {
    assignedAddresses = List.copyOf(assignedAddresses);
    warmAddresses = List.copyOf(warmAddresses);
    prefixes = List.copyOf(prefixes);
  }
}
