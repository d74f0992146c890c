package dev.eksdesk.ui.topology;

/** What the person clicked in the diagram: an element, or one pod mark on a node. */
public sealed interface Selection {
  record OfElement(String elementId) implements Selection {}

  /**
   * @param podKey "namespace/name"
   */
  record OfPod(String nodeElementId, String podKey) implements Selection {}
}
