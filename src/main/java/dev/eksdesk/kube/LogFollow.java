package dev.eksdesk.kube;

import java.util.concurrent.CompletionStage;

/**
 * A followed container log (see {@link PodLogs#follow}). Lines come with the API server's
 * timestamps, which are stripped: they let a stream that ended be opened again after the last line
 * seen without repeating it. Reopened at most once a second. No thread of its own: lines are handed
 * on from the HTTP client's, reopening waits on the JDK's shared delayed executor.
 */
public interface LogFollow extends AutoCloseable {
  /** Completes once the follow has stopped: closed, or ended on its own. */
  CompletionStage<Void> stopped();

  /** Stops following and closes the stream; no line is handed on once this returns. */
  void close();
}
