package dev.eksdesk.ui.clusters;

/** The shared lock of a cluster's journal as the Clusters screen last read it. */
public enum StateLock {
  /** Free, or the journal is not shared. */
  NONE,
  /** Another Eksdesk holds it and sends its heartbeat. */
  HELD,
  /** Held, but its holder stopped sending heartbeats: most likely it stopped. */
  STALE
}
