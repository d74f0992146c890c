package dev.eksdesk.ui.clusters;

/** An account that refused or could not be reached; the message says why, for its row. */
public final class ClusterListException extends Exception {
  public ClusterListException(String message) {
    super(message);
  }
}
