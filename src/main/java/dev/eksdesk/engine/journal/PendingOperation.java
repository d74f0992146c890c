package dev.eksdesk.engine.journal;

import java.time.Instant;

/**
 * A mutating call that was about to be made: written before the call and cleared after, so a crash
 * in between leaves a known question ("did it happen?") instead of a mystery.
 */
public record PendingOperation(
    String stepId, Action action, String clientToken, Instant startedAt) {
  public enum Action {
    CREATE,
    DELETE
  }
}
