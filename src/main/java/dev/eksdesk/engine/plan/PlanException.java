package dev.eksdesk.engine.plan;

/** A plan that cannot run: a cycle, a duplicate step or a dependency on a missing step. */
public final class PlanException extends RuntimeException {
  public PlanException(String message) {
    super(message);
  }
}
