package dev.eksdesk.engine.journal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The journal file's content.
 *
 * @param format {@link #FORMAT}; a file with another format is refused, never guessed at
 * @param serial incremented on every write, so a stale copy can be told from a fresh one
 */
public record JournalState(
    String format,
    long serial,
    String cluster,
    Instant updatedAt,
    Map<String, StepRecord> steps,
    List<PendingOperation> pending) {

  public static final String FORMAT = "eksdesk-journal/1";

  public JournalState {
    steps = steps == null ? Map.of() : Map.copyOf(steps);
    pending = pending == null ? List.of() : List.copyOf(pending);
  }

  public static JournalState empty(String cluster, Instant now) {
    return new JournalState(FORMAT, 0, cluster, now, Map.of(), List.of());
  }
}
