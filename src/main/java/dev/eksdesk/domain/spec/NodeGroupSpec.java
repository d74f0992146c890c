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

  public NodeGroupSpec withSizes(int newDesired, int newMin, int newMax) {
    return new NodeGroupSpec(
        name, instanceType, newDesired, newMin, newMax, capacityType, diskGiB, amiType);
  }

  public NodeGroupSpec withInstanceType(String newType) {
    return new NodeGroupSpec(
        name, newType, desiredSize, minSize, maxSize, capacityType, diskGiB, amiType);
  }
}
