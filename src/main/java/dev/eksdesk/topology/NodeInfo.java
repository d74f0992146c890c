package dev.eksdesk.topology;

import java.util.Objects;

/**
 * A Kubernetes node as the diagram needs it.
 *
 * @param internalIp the node's primary address; places the node in the subnet that contains it
 * @param zone the fallback placement when the address is unknown
 * @param maxPods the kubelet's limit: the number of pod slots the card draws
 * @param podIpsInUse pod addresses taken on the node; with {@code podIpCapacity} 0 the card shows
 *     pods against {@code maxPods} instead
 * @param podIpCapacity addresses the node can hold under its CNI mode (0 when unknown)
 */
public record NodeInfo(
    String name,
    String instanceId,
    String instanceType,
    String zone,
    String internalIp,
    String nodeGroup,
    int maxPods,
    int podIpsInUse,
    int podIpCapacity,
    boolean ready) {

  public NodeInfo {
    Objects.requireNonNull(name, "name");
    instanceId = instanceId == null ? "" : instanceId;
    instanceType = instanceType == null ? "" : instanceType;
    zone = zone == null ? "" : zone;
    internalIp = internalIp == null ? "" : internalIp;
    nodeGroup = nodeGroup == null ? "" : nodeGroup;
    if (maxPods < 0 || podIpsInUse < 0 || podIpCapacity < 0) {
      throw new IllegalArgumentException(name + ": pod counts cannot be negative");
    }
  }

  /** The element id the node gets in a topology. */
  public String elementId() {
    return elementId(name);
  }

  public static String elementId(String nodeName) {
    return "node:" + nodeName;
  }
}
