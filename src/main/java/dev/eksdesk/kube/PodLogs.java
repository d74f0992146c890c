package dev.eksdesk.kube;

import java.util.List;
import java.util.function.Consumer;

/** A pod's container logs: read whole, or followed as they are written. */
public interface PodLogs {
  /** The names of the pod's containers, in the order of its spec; empty when the pod is gone. */
  List<String> containers(String namespace, String pod);

  /**
   * The lines the request asks for, read now (without timestamps), as one text.
   *
   * @throws IllegalStateException saying why the server refused (no such container, not started, no
   *     previous instance)
   */
  String read(LogRequest request);

  /**
   * Follows the log: the requested lines first, then each line as the container writes it, given to
   * {@code lines} in batches on a thread of the HTTP client (hop to the UI thread yourself). When a
   * stream ends while the container still runs, it is opened again from the last line seen; when
   * the container has stopped, or the server refuses, {@code ended} hears why, once. Close the
   * handle to stop: no line is given after {@link LogFollow#close()} returns.
   */
  LogFollow follow(LogRequest request, Consumer<List<String>> lines, Consumer<String> ended);
}
