package dev.eksdesk.engine.exec;

public enum RunOutcome {
  SUCCEEDED,
  FAILED,
  CANCELLED
}
