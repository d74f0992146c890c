package dev.eksdesk.topology;

import java.util.Optional;

/** The words drawn on an element, the same on screen, in the PNG and in the SVG. */
public final class Captions {
  private Captions() {}

  /** The state badge; places (region, zones) have none. */
  public static String badge(Element element) {
    if (element.kind().structural()) {
      return "";
    }
    return switch (element.state()) {
      case CREATING -> "Creating…";
      case DELETING -> "Deleting…";
      default -> element.state().displayName();
    };
  }

  /** The title line: containers name their kind, cards their own name. */
  public static String title(Element element) {
    return switch (element.kind()) {
      case REGION -> "Region " + element.label();
      case PUBLIC_SUBNET, PRIVATE_SUBNET -> element.kind().displayName() + " " + element.label();
      default -> element.label();
    };
  }

  /** How full a node is: pod addresses when known, else pods against the pod limit. */
  public static Optional<Usage> usage(Topology topology, String nodeElementId) {
    return topology
        .node(nodeElementId)
        .map(
            node -> {
              int pods = topology.podsOn(nodeElementId).size();
              if (node.podIpCapacity() > 0) {
                return new Usage(
                    "Pod IPs " + node.podIpsInUse() + " / " + node.podIpCapacity(),
                    node.podIpsInUse() / (double) node.podIpCapacity());
              }
              if (node.maxPods() > 0) {
                return new Usage(
                    "Pods " + pods + " / " + node.maxPods(), pods / (double) node.maxPods());
              }
              return new Usage("Pods " + pods, 0);
            });
  }

  /**
   * @param fraction used over capacity, 0 to 1 (more when over the limit)
   */
  public record Usage(String text, double fraction) {
    /** Nearly full: the card warns before pods get stuck without an address. */
    public boolean high() {
      return fraction >= 0.85;
    }
  }
}
