package dev.eksdesk.engine.journal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The journal file's content.
 *
 * @param format {@link #FORMAT}, or {@link #FORMAT_1} as read from an older file (written back as
 *     {@link #FORMAT}); any other format is refused, never guessed at
 * @param serial incremented on every write, so a stale copy can be told from a fresh one
 * @param region the AWS region the cluster is in; empty for format 1 and the Sandbox
 */
public record JournalState(
    String format,
    long serial,
    String cluster,
    String region,
    Instant updatedAt,
    Map<String, StepRecord> steps,
    List<PendingOperation> pending) {

  public static final String FORMAT = "eksdesk-journal/2";

  /** Steps kept only what the account reported; one journal per cluster name for all regions. */
  public static final String FORMAT_1 = "eksdesk-journal/1";

  public JournalState {
    region = region == null ? "" : region;
    steps = steps == null ? Map.of() : Map.copyOf(steps);
    pending = pending == null ? List.of() : List.copyOf(pending);
  }

  public static JournalState empty(String cluster, String region, Instant now) {
    return new JournalState(FORMAT, 0, cluster, region, now, Map.of(), List.of());
  }

  /** Whether this version of Eksdesk reads the format (and writes it back as {@link #FORMAT}). */
  public static boolean readable(String format) {
    return FORMAT.equals(format) || FORMAT_1.equals(format);
  }
}
