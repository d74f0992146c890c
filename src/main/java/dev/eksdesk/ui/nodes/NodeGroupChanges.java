package dev.eksdesk.ui.nodes;

/**
 * What the Nodes &amp; Pods screen's Scale and Change node type buttons open: the day-2 dialogs on
 * the watched cluster, whose confirmed edit goes to the Review page.
 */
public record NodeGroupChanges(Runnable scale, Runnable retype) {
  /** For a screen without them (the buttons are hidden). */
  public static final NodeGroupChanges NONE = new NodeGroupChanges(null, null);

  public boolean offered() {
    return scale != null && retype != null;
  }
}
