package dev.eksdesk.engine.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.eksdesk.cloud.StateObjects;
import dev.eksdesk.domain.spec.StateLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A held lock object {@code <prefix>/<cluster>.lock}, created with {@code If-None-Match: *} so only
 * one Eksdesk gets it. While held, its heartbeat is renewed (with {@code If-Match}) every {@link
 * #HEARTBEAT}; released (deleted, if still this one's) when the run ends.
 */
final class SharedLock {
  static final Duration HEARTBEAT = Duration.ofMinutes(1);

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private final StateObjects objects;
  private final StateLocation location;
  private final String key;
  private final InstantSource wallClock;
  private final ScheduledExecutorService heartbeats;
  private LockRecord record;
  private String etag;
  private boolean released;

  private SharedLock(
      StateObjects objects,
      StateLocation location,
      String cluster,
      LockRecord record,
      String etag,
      InstantSource wallClock) {
    this.objects = objects;
    this.location = location;
    this.key = location.lockKey(cluster);
    this.record = record;
    this.etag = etag;
    this.wallClock = wallClock;
    this.heartbeats =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "eksdesk-lock-heartbeat-" + cluster);
              thread.setDaemon(true);
              return thread;
            });
    long every = HEARTBEAT.toMillis();
    heartbeats.scheduleAtFixedRate(this::beat, every, every, TimeUnit.MILLISECONDS);
  }

  static SharedLock acquire(
      StateObjects objects,
      StateLocation location,
      String cluster,
      String who,
      String host,
      String operation,
      InstantSource wallClock,
      SharedState state)
      throws JournalLockedException {
    var now = wallClock.instant();
    LockRecord record = new LockRecord(cluster, who, host, operation, now, now);
    try {
      String etag = objects.create(location.bucket(), location.lockKey(cluster), encode(record));
      return new SharedLock(objects, location, cluster, record, etag, wallClock);
    } catch (StateObjects.ObjectChangedException e) {
      throw refusal(cluster, state.holder(cluster), state);
    }
  }

  private static JournalLockedException refusal(
      String cluster, Optional<LockRecord> holder, SharedState state) {
    if (holder.isEmpty()) {
      return new JournalLockedException(
          "Cluster " + cluster + " was locked a moment ago and released since. Try again.");
    }
    LockRecord lock = holder.get();
    String advice =
        state.stale(lock)
            ? " Its last heartbeat was at "
                + lock.heartbeat().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                + ", more than "
                + SharedState.LEASE.toMinutes()
                + " minutes ago: the lock is stale (that Eksdesk most likely stopped). If it is"
                + " not running, clear the lock with `eksdesk state unlock "
                + cluster
                + " --force`, then try again."
            : " Wait until it finishes (or ask its holder), then try again.";
    return new JournalLockedException(
        "Cluster " + cluster + " is " + lock.describe() + " at " + state.location() + "." + advice);
  }

  private synchronized void beat() {
    if (released) {
      return;
    }
    LockRecord next = record.withHeartbeat(wallClock.instant());
    try {
      etag = objects.replace(location.bucket(), key, encode(next), etag);
      record = next;
    } catch (StateObjects.ObjectChangedException | RuntimeException e) {
      // forced away or unreachable: the journal's own conditional writes still refuse to lose
      // records; a later heartbeat tries again
    }
  }

  /** Deletes the lock object if it is still this one (not forced away and taken by another). */
  synchronized void release() {
    if (released) {
      return;
    }
    released = true;
    heartbeats.shutdownNow();
    Optional<StateObjects.StoredObject> current = objects.get(location.bucket(), key);
    if (current.isPresent() && current.get().etag().equals(etag)) {
      objects.delete(location.bucket(), key);
    }
  }

  static byte[] encode(LockRecord record) {
    try {
      return MAPPER.writeValueAsBytes(record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LockRecord decode(byte[] body) {
    try {
      return MAPPER.readValue(body, LockRecord.class);
    } catch (IOException e) {
      throw new UncheckedIOException("the lock object is not Eksdesk's: " + e.getMessage(), e);
    }
  }
}
