package dev.eksdesk.kube;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/** Polls an assertion until it passes or a deadline runs out; the last failure is rethrown. */
public final class Eventually {
  private static final Duration POLL = Duration.ofMillis(25);

  private Eventually() {}

  public static void within(Duration timeout, Runnable assertion) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try {
        assertion.run();
        return;
      } catch (AssertionError | RuntimeException e) {
        // A RuntimeException here is usually state not there yet (a null status); retry it too.
        if (System.nanoTime() > deadline) {
          throw e;
        }
      }
      LockSupport.parkNanos(POLL.toNanos());
    }
  }
}
