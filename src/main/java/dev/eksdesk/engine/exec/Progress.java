package dev.eksdesk.engine.exec;

import dev.eksdesk.cloud.FailureKind;
import java.time.Duration;

/** What one slice of a step's work ended with; the walker acts on it. */
public sealed interface Progress {

  /** The step is finished. */
  record Done(String resourceId, boolean changed) implements Progress {}

  record Failed(FailureKind kind, String cause, String nextAction) implements Progress {}

  /**
   * The endpoint does not implement the step's operation: the step is recorded as skipped with
   * {@code reason}, nothing stands behind it, and the steps after it go on.
   */
  record Skipped(String reason) implements Progress {}

  /** Come back after {@code delay} (polling a slow resource); holds no concurrency slot. */
  record Wait(Duration delay, String message) implements Progress {}

  /** A retryable failure: come back after the backoff {@code delay}. */
  record Retry(Duration delay, FailureKind kind, String cause, int attempt) implements Progress {}
}
