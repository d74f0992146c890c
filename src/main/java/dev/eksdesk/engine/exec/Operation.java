package dev.eksdesk.engine.exec;

public enum Operation {
  APPLY,
  DESTROY
}
