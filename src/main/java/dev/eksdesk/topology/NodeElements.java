package dev.eksdesk.topology;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The element a node becomes: its card's label, summary and details. */
final class NodeElements {
  private NodeElements() {}

  static Element element(NodeInfo node, String subnetId) {
    String summary =
        String.join(
            " · ",
            Stream.of(node.instanceType(), node.internalIp()).filter(s -> !s.isBlank()).toList());
    Map<String, String> details = new LinkedHashMap<>();
    details.put("Node", node.name());
    details.put(Details.ID, node.instanceId());
    details.put(Details.INSTANCE_TYPE, node.instanceType());
    details.put(Details.ZONE, node.zone());
    details.put(Details.PRIVATE_IP, node.internalIp());
    details.put("Node group", node.nodeGroup());
    details.put("Max pods", Integer.toString(node.maxPods()));
    if (node.podIpCapacity() > 0) {
      details.put("Pod IPs", node.podIpsInUse() + " of " + node.podIpCapacity() + " in use");
    }
    details.put("Status", node.ready() ? "Ready" : "NotReady");
    return Element.of(node.elementId(), ElementKind.NODE, shortName(node.name()), summary, subnetId)
        .withState(node.ready() ? ElementState.READY : ElementState.CREATING, "")
        .withDetails(details);
  }

  /** "ip-10-0-16-10" for "ip-10-0-16-10.eu-central-1.compute.internal": the card is narrow. */
  private static String shortName(String name) {
    int dot = name.indexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
