package dev.eksdesk.cloud;

import java.util.Objects;

/**
 * A cloud call that failed, translated for people: what happened and what to do next, classed by
 * the same {@link FailureKind} the engine decides on.
 *
 * @param retryable true when the same call may succeed later without anyone changing anything
 */
public record CloudFailure(FailureKind kind, String message, String nextAction, boolean retryable) {

  public CloudFailure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(nextAction, "nextAction");
  }
}
