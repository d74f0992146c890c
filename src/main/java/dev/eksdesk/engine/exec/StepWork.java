package dev.eksdesk.engine.exec;

/**
 * A step as a resumable state machine: each call does one short slice (a few cloud calls) and says
 * whether it is done or when to be called again. Waiting never blocks a thread.
 */
@FunctionalInterface
public interface StepWork {
  Progress next();
}
