package dev.eksdesk.cloud.sandbox;

import java.time.Duration;
import java.util.Random;

/**
 * How the sandbox misbehaves the ways AWS does, asked at each call; the app runs {@link #none()},
 * and tests provide their own to throttle, lag, fail or crash.
 */
public interface SandboxFaults {

  /** No faults; the timings' jitter from a fixed seed. */
  static SandboxFaults none() {
    Random random = new Random(7);
    return new SandboxFaults() {
      @Override
      public synchronized double random() {
        return random.nextDouble();
      }
    };
  }

  /** Whether this call is answered with RequestLimitExceeded. */
  default boolean throttleNow() {
    return false;
  }

  /** How long a created resource stays invisible to describe, find and inventory. */
  default Duration visibilityLag() {
    return Duration.ZERO;
  }

  /** Whether the create of this step fails with an invalid-parameter error. */
  default boolean fails(String stepId) {
    return false;
  }

  /** Whether the process dies now, at this point of this step's create. */
  default boolean crashNow(String stepId, CrashPoint point) {
    return false;
  }

  /**
   * How long one VPC CNI ENI stays attached past its node group's deletion, then available; null
   * when a deletion leaves none behind.
   */
  default Duration strayEniDetach() {
    return null;
  }

  /** A number in [0, 1) for the timings' jitter. */
  double random();
}
