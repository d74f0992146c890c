package dev.eksdesk.cloud;

/**
 * An asynchronous update's progress (EKS DescribeUpdate: InProgress, Successful, Failed,
 * Cancelled).
 *
 * @param reason the service's words when it failed; empty otherwise
 */
public record UpdateStatus(State state, String reason) {
  public enum State {
    IN_PROGRESS,
    SUCCESSFUL,
    FAILED
  }

  public UpdateStatus {
    reason = reason == null ? "" : reason;
  }

  public static UpdateStatus of(State state) {
    return new UpdateStatus(state, "");
  }
}
