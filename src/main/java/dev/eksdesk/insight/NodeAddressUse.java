package dev.eksdesk.insight;

import dev.eksdesk.domain.catalog.CniMode;

/**
 * How full one node is, in pods and in pod addresses.
 *
 * @param addressesInUse pod addresses a pod holds (VPC addresses, or overlay addresses)
 * @param warmAddresses subnet addresses the VPC CNI holds for future pods, used by nobody
 * @param addressCapacity pod addresses the node can ever hold under its CNI mode
 * @param podsWaitingForAddress pods whose sandbox failed for lack of an address
 */
public record NodeAddressUse(
    String node,
    String instanceType,
    CniMode mode,
    int maxPods,
    int podsRunning,
    int addressesInUse,
    int warmAddresses,
    int addressCapacity,
    int podsWaitingForAddress) {

  /** The tighter of the two limits, 0 to 1: pods against max pods, addresses against capacity. */
  public double saturation() {
    double pods = maxPods < 1 ? 1 : (double) podsRunning / maxPods;
    double addresses = addressCapacity < 1 ? 1 : (double) addressesInUse / addressCapacity;
    return Math.min(1, Math.max(pods, addresses));
  }
}
