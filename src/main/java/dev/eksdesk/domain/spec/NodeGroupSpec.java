package dev.eksdesk.domain.spec;

import static dev.eksdesk.domain.spec.Require.present;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The managed node group: what it runs on and how far it scales.
 *
 * @param labels Kubernetes labels every node carries; written to the file only when there are some
 * @param taints Kubernetes taints every node carries, as kubectl writes them: {@code
 *     key=value:NoSchedule} ({@link NodeTaint}); written to the file only when there are some
 */
public record NodeGroupSpec(
    String name,
    String instanceType,
    int desiredSize,
    int minSize,
    int maxSize,
    CapacityType capacityType,
    int diskGiB,
    String amiType,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> labels,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> taints) {

  public NodeGroupSpec {
    present(name, "name");
    present(instanceType, "instanceType");
    present(capacityType, "capacityType");
    present(amiType, "amiType");
    labels =
        labels == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
    taints = taints == null ? List.of() : List.copyOf(taints);
  }

  /** A group whose nodes carry no labels or taints of the user's. */
  public NodeGroupSpec(
      String name,
      String instanceType,
      int desiredSize,
      int minSize,
      int maxSize,
      CapacityType capacityType,
      int diskGiB,
      String amiType) {
    this(
        name,
        instanceType,
        desiredSize,
        minSize,
        maxSize,
        capacityType,
        diskGiB,
        amiType,
        Map.of(),
        List.of());
  }

  /** The same group with another size; labels, taints and the rest kept. */
  public NodeGroupSpec withSizes(int desired, int min, int max) {
    return new NodeGroupSpec(
        name, instanceType, desired, min, max, capacityType, diskGiB, amiType, labels, taints);
  }

  /** The same group on another instance type; labels, taints and the rest kept. */
  public NodeGroupSpec withInstanceType(String type) {
    return new NodeGroupSpec(
        name, type, desiredSize, minSize, maxSize, capacityType, diskGiB, amiType, labels, taints);
  }

  /** The same group with other labels and taints. */
  public NodeGroupSpec withLabelsAndTaints(Map<String, String> newLabels, List<String> newTaints) {
    return new NodeGroupSpec(
        name,
        instanceType,
        desiredSize,
        minSize,
        maxSize,
        capacityType,
        diskGiB,
        amiType,
        newLabels,
        newTaints);
  }
}
