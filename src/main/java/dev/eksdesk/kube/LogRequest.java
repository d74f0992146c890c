package dev.eksdesk.kube;

import java.time.Duration;
import java.util.Objects;

/**
 * Which log lines of a pod's container to read, as {@code kubectl logs} takes them.
 *
 * @param container null for the pod's only (or first) container
 * @param previous the container's previous instance, the one that ended before the last restart
 * @param since only lines of this recent past; null for all
 * @param tailLines only the last lines; null for all
 */
public record LogRequest(
    String namespace,
    String pod,
    String container,
    boolean previous,
    Duration since,
    Integer tailLines) {

  public LogRequest {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(pod, "pod");
    if (tailLines != null && tailLines < 0) {
      throw new IllegalArgumentException("tail lines must be 0 or more, not " + tailLines);
    }
  }

  /** The last {@code tailLines} lines of the pod's first container. */
  public static LogRequest tail(String namespace, String pod, int tailLines) {
    return new LogRequest(namespace, pod, null, false, null, tailLines);
  }
}
