package dev.eksdesk.kube;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.BytesLimitTerminateTimeTailPrettyLoggable;
import io.fabric8.kubernetes.client.dsl.ContainerResource;
import io.fabric8.kubernetes.client.dsl.Loggable;
import io.fabric8.kubernetes.client.dsl.PodResource;
import io.fabric8.kubernetes.client.dsl.TailPrettyLoggable;
import io.fabric8.kubernetes.client.dsl.TimeTailPrettyLoggable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** PodLogs through fabric8. */
public final class Fabric8PodLogs implements PodLogs {
  private final KubernetesClient client;

  Fabric8PodLogs(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public List<String> containers(String namespace, String pod) {
    Pod found = client.pods().inNamespace(namespace).withName(pod).get();
    return found == null
        ? List.of()
        : found.getSpec().getContainers().stream().map(Container::getName).toList();
  }

  @Override
  public String read(LogRequest request) {
    try {
      return loggable(request, false, null).getLog();
    } catch (KubernetesClientException e) {
      throw new IllegalStateException(LogFailures.describe(request, e), e);
    }
  }

  @Override
  public LogFollow follow(
      LogRequest request, Consumer<List<String>> lines, Consumer<String> ended) {
    Fabric8LogFollow follow = new Fabric8LogFollow(this, request, lines, ended);
    follow.open();
    return follow;
  }

  /**
   * The request as fabric8 builds it, always with timestamps when {@code timestamps} (the follow
   * uses them to resume without repeating a line), from {@code resumeAfter} when given.
   */
  Loggable loggable(LogRequest request, boolean timestamps, Instant resumeAfter) {
    PodResource pod = client.pods().inNamespace(request.namespace()).withName(request.pod());
    ContainerResource container =
        request.container() == null ? pod : pod.inContainer(request.container());
    BytesLimitTerminateTimeTailPrettyLoggable stamped =
        timestamps ? container.usingTimestamps() : container;
    TimeTailPrettyLoggable previous = request.previous() ? stamped.terminated() : stamped;
    if (resumeAfter != null) {
      // sinceTime has whole seconds: the follow drops the lines it has seen already
      return previous.sinceTime(
          resumeAfter.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
    }
    TailPrettyLoggable since =
        request.since() == null
            ? previous
            : previous.sinceSeconds((int) Math.max(1, request.since().toSeconds()));
    return request.tailLines() == null ? since : since.tailingLines(request.tailLines());
  }

  /** Whether the container is running now, so that a stream that ended may be opened again. */
  boolean running(LogRequest request) {
    Pod pod = client.pods().inNamespace(request.namespace()).withName(request.pod()).get();
    if (pod == null
        || pod.getMetadata().getDeletionTimestamp() != null
        || pod.getStatus() == null) {
      return false;
    }
    String name =
        Optional.ofNullable(request.container())
            .orElse(pod.getSpec().getContainers().get(0).getName());
    List<ContainerStatus> statuses = pod.getStatus().getContainerStatuses();
    return statuses != null
        && statuses.stream()
            .anyMatch(
                s ->
                    name.equals(s.getName())
                        && s.getState() != null
                        && s.getState().getRunning() != null);
  }
}
