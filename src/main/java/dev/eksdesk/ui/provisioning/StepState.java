package dev.eksdesk.ui.provisioning;

/** Where one step of a run stands, as the screen shows it. */
public enum StepState {
  PLANNED("planned"),
  RUNNING("running"),
  RETRYING("retrying"),
  DONE("done"),
  FAILED("failed"),
  SKIPPED("skipped");

  private final String label;

  StepState(String label) {
    this.label = label;
  }

  public boolean finished() {
    return this == DONE || this == FAILED || this == SKIPPED;
  }

  @Override
  public String toString() {
    return label;
  }
}
