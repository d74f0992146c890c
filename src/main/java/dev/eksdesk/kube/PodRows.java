package dev.eksdesk.kube;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import java.time.Instant;
import java.util.List;

/** Reads a pod the way kubectl prints it. */
final class PodRows {
  private PodRows() {}

  static PodRow of(Pod pod) {
    List<ContainerStatus> statuses =
        pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null
            ? List.of()
            : pod.getStatus().getContainerStatuses();
    int containers = pod.getSpec() == null ? 0 : pod.getSpec().getContainers().size();
    long ready = statuses.stream().filter(s -> Boolean.TRUE.equals(s.getReady())).count();
    int restarts =
        statuses.stream()
            .mapToInt(s -> s.getRestartCount() == null ? 0 : s.getRestartCount())
            .sum();
    return new PodRow(
        pod.getMetadata().getNamespace(),
        pod.getMetadata().getName(),
        ready + "/" + containers,
        status(pod, statuses),
        restarts,
        timestamp(pod.getMetadata().getCreationTimestamp()),
        pod.getStatus() == null ? null : pod.getStatus().getPodIP(),
        Pods.nodeName(pod),
        Pods.usesHostNetwork(pod));
  }

  private static String status(Pod pod, List<ContainerStatus> statuses) {
    if (pod.getMetadata().getDeletionTimestamp() != null) {
      return "Terminating";
    }
    return statuses.stream()
        .filter(s -> s.getState() != null && s.getState().getWaiting() != null)
        .map(s -> s.getState().getWaiting().getReason())
        .filter(reason -> reason != null && !reason.isBlank())
        .findFirst()
        .orElse(Pods.phase(pod));
  }

  static Instant timestamp(String text) {
    return text == null || text.isBlank() ? null : Instant.parse(text);
  }
}
