package dev.eksdesk.cloud;

import java.time.Duration;
import java.time.InstantSource;

/**
 * Time and threads for the engine, swappable so tests run on a virtual clock without sleeping and
 * the sandbox can be run faster than real time. {@link #instant()} is the (possibly simulated) now.
 */
public interface Scheduler extends InstantSource {

  /** Runs the task soon, on an engine thread. */
  void execute(Runnable task);

  /** Runs the task after the delay (in this scheduler's time). */
  Cancellable schedule(Duration delay, Runnable task);

  /** A scheduled task that can be called off. */
  interface Cancellable {
    void cancel();
  }
}
