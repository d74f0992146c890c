package dev.eksdesk.cloud.sandbox;

/**
 * Thrown by the sandbox to play a killed process. An Error, so no retry logic catches it: it ends
 * the virtual scheduler's loop the way a kill ends a process.
 */
public final class SimulatedCrash extends Error {
  public SimulatedCrash(String message) {
    super(message);
  }
}
