package dev.eksdesk.kube;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waiting for a cluster to reach a state, with a deadline; internal to dev.eksdesk.kube. */
public final class Waits {
  private Waits() {}

  /**
   * Checks every {@code poll} until the condition holds.
   *
   * @throws TimeoutException naming what was awaited when the deadline passes
   * @throws InterruptedException when the waiting thread is interrupted (an abort)
   */
  public static void until(String what, Duration timeout, Duration poll, BooleanSupplier condition)
      throws TimeoutException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new TimeoutException(what + " did not happen within " + timeout.toSeconds() + " s");
      }
      LockSupport.parkNanos(poll.toNanos());
      if (Thread.interrupted()) {
        throw new InterruptedException("stopped while waiting until " + what);
      }
    }
  }
}
