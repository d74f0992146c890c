package dev.eksdesk.cloud.sandbox;

import java.time.Duration;
import java.util.Random;

/** Knobs that make the sandbox misbehave the ways AWS does; all off by default. */
public final class SandboxFaults {
  private final Random random;
  private double throttleRate;
  private Duration visibilityLag = Duration.ZERO;
  private String failingStep = "";
  private String crashStep = "";
  private CrashPoint crashPoint = CrashPoint.BEFORE_CALL;
  private Duration strayEniDetach;

  public SandboxFaults(long seed) {
    this.random = new Random(seed);
  }

  public static SandboxFaults none() {
    return new SandboxFaults(7);
  }

  /** Share of calls answered with RequestLimitExceeded (0.3 = a throttling storm). */
  public synchronized SandboxFaults throttle(double rate) {
    this.throttleRate = rate;
    return this;
  }

  /** How long a created resource stays invisible to describe, find and inventory. */
  public synchronized SandboxFaults visibilityLag(Duration lag) {
    this.visibilityLag = lag;
    return this;
  }

  /** The create of this step fails with an invalid-parameter error, every time. */
  public synchronized SandboxFaults failStep(String stepId) {
    this.failingStep = stepId;
    return this;
  }

  /** The process dies once, at this point of this step's create. */
  public synchronized SandboxFaults crashAt(String stepId, CrashPoint point) {
    this.crashStep = stepId;
    this.crashPoint = point;
    return this;
  }

  /**
   * Deleting a node group leaves one VPC CNI ENI behind, still attached for {@code detachAfter}
   * past the node group's end, then available; null for none.
   */
  public synchronized SandboxFaults leaveStrayEni(Duration detachAfter) {
    this.strayEniDetach = detachAfter;
    return this;
  }

  synchronized boolean throttleNow() {
    return throttleRate > 0 && random.nextDouble() < throttleRate;
  }

  synchronized Duration visibilityLag() {
    return visibilityLag;
  }

  synchronized boolean fails(String stepId) {
    return !failingStep.isEmpty() && failingStep.equals(stepId);
  }

  /** True once when the crash is due here; the knob then resets (the process restarted). */
  synchronized boolean crashNow(String stepId, CrashPoint point) {
    if (!crashStep.isEmpty() && crashStep.equals(stepId) && crashPoint == point) {
      crashStep = "";
      return true;
    }
    return false;
  }

  synchronized Duration strayEniDetach() {
    return strayEniDetach;
  }

  synchronized double random() {
    return random.nextDouble();
  }
}
