package dev.eksdesk.engine.journal;

import java.time.Instant;

/**
 * A mutating call that was about to be made: written before the call and cleared after, so a crash
 * in between leaves a known question ("did it happen?") instead of a mystery.
 *
 * @param operation for an UPDATE, which update (an {@code UpdateOperation} name); else empty
 * @param updateId for an asynchronous UPDATE the account accepted, its id (EKS's update id), so a
 *     resumed run polls it instead of asking again; empty until the account answered
 */
public record PendingOperation(
    String stepId,
    Action action,
    String clientToken,
    Instant startedAt,
    String operation,
    String updateId) {
  public enum Action {
    CREATE,
    UPDATE,
    DELETE
  }

  public PendingOperation {
    clientToken = clientToken == null ? "" : clientToken;
    operation = operation == null ? "" : operation;
    updateId = updateId == null ? "" : updateId;
  }

  public PendingOperation(String stepId, Action action, String clientToken, Instant startedAt) {
    this(stepId, action, clientToken, startedAt, "", "");
  }
}
