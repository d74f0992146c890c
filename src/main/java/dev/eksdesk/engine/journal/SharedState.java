package dev.eksdesk.engine.journal;

import dev.eksdesk.cloud.StateObjects;
import dev.eksdesk.domain.spec.StateLocation;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;

/**
 * Journals kept by a team in one S3 location: the journal object of each cluster (the truth; the
 * local file is a copy) and its lock object, both written only with conditions ({@link
 * StateObjects}).
 */
public final class SharedState {
  /**
   * A lock whose heartbeat is older than this is reported stale: its holder most likely stopped.
   */
  public static final Duration LEASE = Duration.ofMinutes(10);

  private final StateObjects objects;
  private final StateLocation location;
  private final String who;
  private final String host;
  private final InstantSource wallClock;

  /**
   * @param who the caller's ARN, named in the lock
   * @param host this machine's name, named in the lock
   * @param wallClock real time: locks are compared across machines
   */
  public SharedState(
      StateObjects objects,
      StateLocation location,
      String who,
      String host,
      InstantSource wallClock) {
    this.objects = objects;
    this.location = location;
    this.who = who;
    this.host = host;
    this.wallClock = wallClock;
  }

  public StateLocation location() {
    return location;
  }

  /** Creates the location's bucket fit for shared state; false when the caller already owns it. */
  public boolean createBucket() {
    return objects.createBucket(location.bucket());
  }

  /** What the location's bucket lacks of versioning, default encryption and blocked access. */
  public List<String> bucketShortfalls() {
    return objects.bucketShortfalls(location.bucket());
  }

  /** The shared journal and its version tag; empty when the location holds none for the cluster. */
  public Optional<Fetched> fetch(String cluster) throws JournalUnreadableException {
    Optional<StateObjects.StoredObject> stored =
        objects.get(location.bucket(), location.journalKey(cluster));
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Fetched(
            JournalStore.decode(cluster, stored.get().body(), where(cluster), false),
            stored.get().etag()));
  }

  /** Only the version tag of the shared journal (its content unreadable), if there is one. */
  Optional<Fetched> versionOnly(String cluster) {
    return objects
        .get(location.bucket(), location.journalKey(cluster))
        .map(stored -> new Fetched(null, stored.etag()));
  }

  /**
   * A journal as read from the location, with the version tag a write must match.
   *
   * @param state null when only the version is known
   */
  public record Fetched(JournalState state, String etag) {}

  /** Who holds the cluster's lock, if anyone. */
  public Optional<LockRecord> holder(String cluster) {
    return objects
        .get(location.bucket(), location.lockKey(cluster))
        .map(stored -> SharedLock.decode(stored.body()));
  }

  /** "locked by ARN on HOST since TIME (apply)", ", stale" added when it is; empty when free. */
  public Optional<String> lockedBy(String cluster) {
    return holder(cluster).map(lock -> lock.describe() + (stale(lock) ? ", stale" : ""));
  }

  /** Whether the holder's heartbeat is older than {@link #LEASE}. */
  public boolean stale(LockRecord lock) {
    return lock.staleAt(wallClock.instant(), LEASE);
  }

  /**
   * Takes the cluster's lock for {@code operation} (apply, destroy), or says who holds it.
   *
   * @throws JournalLockedException naming the holder, and whether it looks stale
   */
  SharedLock lock(String cluster, String operation) throws JournalLockedException {
    return SharedLock.acquire(objects, location, cluster, who, host, operation, wallClock, this);
  }

  /**
   * Clears the cluster's lock when its holder stopped sending heartbeats ({@link #stale}), or
   * whoever holds it when {@code force} ({@code state unlock --force}, the Clusters screen's Unlock
   * after the name is typed).
   */
  public Unlocking unlock(String cluster, boolean force) {
    Optional<LockRecord> holder = holder(cluster);
    if (holder.isEmpty()) {
      return new Unlocking(cluster, holder, false);
    }
    if (!force && !stale(holder.get())) {
      return new Unlocking(cluster, holder, false);
    }
    objects.delete(location.bucket(), location.lockKey(cluster));
    return new Unlocking(cluster, holder, true);
  }

  /**
   * Uploads a journal as the cluster's shared state, if the location has none yet.
   *
   * @return false when it already holds one (nothing written)
   */
  public boolean upload(JournalState state) {
    try {
      objects.create(
          location.bucket(), location.journalKey(state.cluster()), JournalCodec.write(state));
      return true;
    } catch (StateObjects.ObjectChangedException e) {
      return false;
    }
  }

  /** Writes through to the location, merging or refusing when someone else wrote in between. */
  JournalWriter writer(
      String cluster, JournalState ours, Optional<Fetched> shared, JournalWriter local, Path file) {
    return new SharedJournalWriter(this, cluster, ours, shared, local, file);
  }

  String put(String cluster, JournalState state, String etag)
      throws StateObjects.ObjectChangedException {
    byte[] body = JournalCodec.write(state);
    String key = location.journalKey(cluster);
    return etag == null
        ? objects.create(location.bucket(), key, body)
        : objects.replace(location.bucket(), key, body, etag);
  }

  String where(String cluster) {
    return "s3://" + location.bucket() + "/" + location.journalKey(cluster);
  }
}
