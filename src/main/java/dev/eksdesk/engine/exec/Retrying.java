package dev.eksdesk.engine.exec;

import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.FailureKind;
import dev.eksdesk.engine.plan.PollSchedule;
import java.time.Duration;
import java.time.Instant;

/**
 * One step's retry bookkeeping: throttling is retried a number of times, "not usable yet" and (for
 * deletes) "still in use" until a deadline counted from the first such answer.
 */
final class Retrying {
  private final RunContext run;
  private final Operation operation;
  private int attempts;
  private Instant firstConsistencyError;
  private Instant firstDependencyError;

  Retrying(RunContext run, Operation operation) {
    this.run = run;
    this.operation = operation;
  }

  /** A call went through: the next refusal starts a new episode with fresh limits. */
  void reset() {
    attempts = 0;
    firstConsistencyError = null;
    firstDependencyError = null;
  }

  Progress onFailure(CloudException e) {
    return onFailure(e, e.getMessage());
  }

  /** As {@link #onFailure(CloudException)}, reporting {@code cause} instead of the message. */
  Progress onFailure(CloudException e, String cause) {
    EngineSettings settings = run.settings();
    boolean retry =
        switch (e.kind()) {
          case THROTTLED -> attempts < settings.throttleAttempts();
          case EVENTUAL_CONSISTENCY ->
              within(
                  firstConsistencyError = first(firstConsistencyError),
                  settings.consistencyDeadline());
          case DEPENDENCY_VIOLATION ->
              operation == Operation.DESTROY
                  && within(
                      firstDependencyError = first(firstDependencyError),
                      settings.dependencyDeadline());
          case UNKNOWN -> e.retryable() && attempts < settings.throttleAttempts();
          default -> false;
        };
    if (!retry) {
      return failed(e.kind(), cause);
    }
    attempts++;
    Duration delay =
        e.kind() == FailureKind.EVENTUAL_CONSISTENCY
            // AWS is catching up, not overloaded: asked on the wait schedule, the create goes
            // through within seconds of the role or id becoming usable
            ? PollSchedule.after(Duration.between(firstConsistencyError, run.now()))
            : settings.backoff().delay(attempts, run.random());
    return new Progress.Retry(delay, e.kind(), cause, attempts);
  }

  Progress.Failed failed(FailureKind kind, String cause) {
    return new Progress.Failed(kind, cause, NextActions.after(kind, operation));
  }

  private Instant first(Instant seen) {
    return seen == null ? run.now() : seen;
  }

  private boolean within(Instant since, Duration deadline) {
    return !run.now().isAfter(since.plus(deadline));
  }
}
