package dev.eksdesk.kube;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Workloads and Services as the watches last saw them, each with the pods it selects, and every
 * namespace of the cluster.
 *
 * @param podsOf the pods each row selects, by {@link WorkloadRow#key()}
 */
public record WorkloadsSnapshot(
    List<WorkloadRow> workloads,
    Map<String, List<PodRow>> podsOf,
    List<String> namespaces,
    Instant takenAt) {
  public WorkloadsSnapshot {
    workloads = List.copyOf(workloads);
    podsOf = Map.copyOf(podsOf);
    namespaces = List.copyOf(namespaces);
  }

  public List<PodRow> podsOf(WorkloadRow row) {
    return podsOf.getOrDefault(row.key(), List.of());
  }
}
