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

/** A pod's container logs: read whole, or followed as they are written. */
public final class PodLogs {
  private final KubernetesClient client;

  PodLogs(KubernetesClient client) {
    this.client = client;
  }

  /** The names of the pod's containers, in the order of its spec; empty when the pod is gone. */
  public List<String> containers(String namespace, String pod) {
    Pod found = client.pods().inNamespace(namespace).withName(pod).get();
    return found == null
        ? List.of()
        : found.getSpec().getContainers().stream().map(Container::getName).toList();
  }

  /**
   * The lines the request asks for, read now (without timestamps), as one text.
   *
   * @throws IllegalStateException saying why the server refused (no such container, not started, no
   *     previous instance)
   */
  public String read(LogRequest request) {
    try {
      return loggable(request, false, null).getLog();
    } catch (KubernetesClientException e) {
      throw new IllegalStateException(LogFailures.describe(request, e), e);
    }
  }

  /**
   * Follows the log: the requested lines first, then each line as the container writes it, given to
   * {@code lines} in batches on a thread of the HTTP client (hop to the UI thread yourself). When a
   * stream ends while the container still runs, it is opened again from the last line seen; when
   * the container has stopped, or the server refuses, {@code ended} hears why, once. Close the
   * handle to stop: no line is given after {@link LogFollow#close()} returns.
   */
  public LogFollow follow(
      LogRequest request, Consumer<List<String>> lines, Consumer<String> ended) {
    LogFollow follow = new LogFollow(this, request, lines, ended);
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
