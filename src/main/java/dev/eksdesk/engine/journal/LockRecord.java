package dev.eksdesk.engine.journal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The content of a shared cluster's lock object: who holds it, where, for what, since when, and
 * when it last said it is still working (its heartbeat).
 */
public record LockRecord(
    String cluster, String who, String host, String operation, Instant since, Instant heartbeat) {

  public LockRecord withHeartbeat(Instant now) {
    return new LockRecord(cluster, who, host, operation, since, now);
  }

  /** No heartbeat for longer than {@code lease}: its holder most likely stopped. */
  public boolean staleAt(Instant now, Duration lease) {
    return heartbeat.plus(lease).isBefore(now);
  }

  /** "locked by ARN on HOST since TIME (apply)". */
  public String describe() {
    return "locked by "
        + who
        + " on "
        + host
        + " since "
        + since.truncatedTo(ChronoUnit.SECONDS)
        + " ("
        + operation
        + ")";
  }
}
