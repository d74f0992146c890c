package dev.eksdesk.engine.exec;

import dev.eksdesk.cloud.FailureKind;
import java.time.Duration;
import java.time.Instant;

/**
 * What a run reports, in order, from engine threads. Step ids are the plan's, plus the pseudo-steps
 * {@code discover}, {@code sweep} and {@code verify} of a destroy.
 */
public sealed interface EngineEvent {
  Instant at();

  record StepStarted(Instant at, String stepId, String description) implements EngineEvent {}

  /** A step is waiting on the cloud ("CREATING, 3 min so far"). */
  record StepProgress(Instant at, String stepId, String message) implements EngineEvent {}

  /** A retryable failure; the step tries again after {@code delay}. */
  record StepRetrying(
      Instant at, String stepId, FailureKind kind, String cause, int attempt, Duration delay)
      implements EngineEvent {}

  /**
   * @param resourceId the account id, empty when there was nothing to do (a destroy of a resource
   *     that never existed)
   * @param changed whether this run changed the account (created or deleted) rather than finding
   *     the work done
   */
  record StepSucceeded(Instant at, String stepId, String resourceId, boolean changed)
      implements EngineEvent {}

  /**
   * @param nextAction what the person should do about it, in words
   */
  record StepFailed(Instant at, String stepId, FailureKind kind, String cause, String nextAction)
      implements EngineEvent {}

  /**
   * @param reason why it did not run: the failed step it depends on, or a cancel
   */
  record StepSkipped(Instant at, String stepId, String reason) implements EngineEvent {}

  record RunFinished(Instant at, RunSummary summary) implements EngineEvent {}
}
