package dev.eksdesk.engine.exec;

/**
 * Receives a run's events on engine threads, one at a time and in order. Must return quickly: the
 * UI hands events over to its own thread, the CLI prints a line.
 */
@FunctionalInterface
public interface EngineListener {
  void on(EngineEvent event);
}
