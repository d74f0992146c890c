package dev.eksdesk.domain.spec;

import static dev.eksdesk.domain.spec.Require.present;

/** The managed node group: what it runs on and how far it scales. */
public record NodeGroupSpec(
    String name,
    String instanceType,
    int desiredSize,
    int minSize,
    int maxSize,
    CapacityType capacityType,
    int diskGiB,
    String amiType) {

  public NodeGroupSpec {
    present(name, "name");
    present(instanceType, "instanceType");
    present(capacityType, "capacityType");
    present(amiType, "amiType");
  }
}
