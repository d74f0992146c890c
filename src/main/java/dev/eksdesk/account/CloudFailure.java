package dev.eksdesk.account;

import java.util.Objects;

/**
 * A cloud call that failed, translated for people: what happened and what to do next.
 *
 * @param retryable true when the same call may succeed later without anyone changing anything
 */
public record CloudFailure(Kind kind, String message, String nextAction, boolean retryable) {

  /** Coarse classes of failure; callers decide on retries and wording from these. */
  public enum Kind {
    ACCESS_DENIED,
    CREDENTIALS_INVALID,
    NO_CREDENTIALS,
    ENDPOINT_UNREACHABLE,
    TIMEOUT,
    QUOTA_EXCEEDED,
    UNSUPPORTED_IN_ZONE,
    INSUFFICIENT_CAPACITY,
    THROTTLED,
    DEPENDENCY_VIOLATION,
    NOT_YET_CONSISTENT,
    NOT_FOUND,
    SERVICE_ERROR,
    OTHER
  }

  public CloudFailure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(nextAction, "nextAction");
  }
}
