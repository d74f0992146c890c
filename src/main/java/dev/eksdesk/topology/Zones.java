package dev.eksdesk.topology;

/** Zone elements: one per availability zone, named after it. */
final class Zones {
  private Zones() {}

  static String elementId(String zone) {
    return "zone:" + zone;
  }

  static Element element(String zone, String vpcId) {
    return Element.of(elementId(zone), ElementKind.ZONE, zone, "", vpcId)
        .withState(ElementState.READY, "")
        .withDetail(Details.ZONE, zone);
  }
}
