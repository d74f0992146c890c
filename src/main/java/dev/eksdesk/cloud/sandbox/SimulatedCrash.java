package dev.eksdesk.cloud.sandbox;

/**
 * Thrown by the sandbox to play a killed process. A {@link ThreadDeath}, so neither retry logic nor
 * the walker's guard against failing steps catches it: it ends the virtual scheduler's loop the way
 * a kill ends a process.
 */
public final class SimulatedCrash extends ThreadDeath {
  private final String message;

  public SimulatedCrash(String message) {
    this.message = message;
  }

  @Override
  public String getMessage() {
    return message;
  }
}
