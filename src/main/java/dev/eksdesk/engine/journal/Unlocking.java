package dev.eksdesk.engine.journal;

import java.util.Optional;

/**
 * What clearing a cluster's shared lock found and did ({@link SharedState#unlock}), worded the same
 * for {@code eksdesk state unlock} and the Clusters screen's Unlock.
 *
 * @param holder who held the lock; empty when nobody did
 * @param cleared whether the lock was cleared (false when nobody held it or its holder is alive and
 *     clearing was not forced)
 */
public record Unlocking(String cluster, Optional<LockRecord> holder, boolean cleared) {

  /** Nobody held it, or it was cleared: nothing stands in the way of the next run. */
  public boolean free() {
    return holder.isEmpty() || cleared;
  }

  /**
   * "unlocked NAME (it was locked by …)", "NAME was not locked", or why a live lock was left (with
   * what to add to clear it anyway).
   */
  public String sentence() {
    if (holder.isEmpty()) {
      return cluster + " was not locked";
    }
    if (cleared) {
      return "unlocked " + cluster + " (it was " + holder.get().describe() + ")";
    }
    return cluster
        + " is "
        + holder.get().describe()
        + " and its heartbeat is recent: that Eksdesk is most likely still running."
        + " Clearing the lock would let a second run start beside it. If you know it"
        + " stopped, add --force.";
  }
}
