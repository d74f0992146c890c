package dev.eksdesk.ui.nodes;

/** Where one swap step or one node of a recycle stands. */
public enum ProgressState {
  WAITING("Waiting"),
  RUNNING("Working"),
  DONE("Done"),
  SKIPPED("Skipped"),
  FAILED("Failed");

  private final String label;

  ProgressState(String label) {
    this.label = label;
  }

  @Override
  public String toString() {
    return label;
  }
}
