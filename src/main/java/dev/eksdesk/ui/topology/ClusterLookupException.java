package dev.eksdesk.ui.topology;

/** Listing or reading clusters failed, with what to do about it. */
public final class ClusterLookupException extends Exception {
  /** The next action when a listed cluster is not found. */
  public static final String REFRESH =
      "Refresh the list: the cluster may have been deleted since it was listed.";

  private final String nextAction;

  public ClusterLookupException(String message, String nextAction) {
    super(message);
    this.nextAction = nextAction;
  }

  /** The cluster was listed but is there no more: deleted in the meantime. */
  public static ClusterLookupException gone(String cluster, String where) {
    return new ClusterLookupException(
        "There is no cluster " + cluster + " in " + where + " any more.", REFRESH);
  }

  public String nextAction() {
    return nextAction;
  }
}
