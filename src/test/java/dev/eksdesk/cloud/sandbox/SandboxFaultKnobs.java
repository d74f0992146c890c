package dev.eksdesk.cloud.sandbox;

import java.time.Duration;
import java.util.Random;

/** Knobs that make the sandbox misbehave the ways AWS does; all off until a test turns one on. */
public final class SandboxFaultKnobs implements SandboxFaults {
  private final Random random;
  private double throttleRate;
  private Duration visibilityLag = Duration.ZERO;
  private String failingStep = "";
  private String crashStep = "";
  private CrashPoint crashPoint = CrashPoint.BEFORE_CALL;
  private Duration strayEniDetach;

  public SandboxFaultKnobs(long seed) {
    this.random = new Random(seed);
  }

  /** The seed {@link SandboxFaults#none()} uses, so a run without faults times the same. */
  public static SandboxFaultKnobs off() {
    return new SandboxFaultKnobs(7);
  }

  /** Share of calls answered with RequestLimitExceeded (0.3 = a throttling storm). */
  public synchronized SandboxFaultKnobs throttle(double rate) {
    this.throttleRate = rate;
    return this;
  }

  /** How long a created resource stays invisible to describe, find and inventory. */
  public synchronized SandboxFaultKnobs visibilityLag(Duration lag) {
    this.visibilityLag = lag;
    return this;
  }

  /** The create of this step fails with an invalid-parameter error, every time. */
  public synchronized SandboxFaultKnobs failStep(String stepId) {
    this.failingStep = stepId;
    return this;
  }

  /** The process dies once, at this point of this step's create. */
  public synchronized SandboxFaultKnobs crashAt(String stepId, CrashPoint point) {
    this.crashStep = stepId;
    this.crashPoint = point;
    return this;
  }

  /**
   * Deleting a node group leaves one VPC CNI ENI behind, still attached for {@code detachAfter}
   * past the node group's end, then available; null for none.
   */
  public synchronized SandboxFaultKnobs leaveStrayEni(Duration detachAfter) {
    this.strayEniDetach = detachAfter;
    return this;
  }

  @Override
  public synchronized boolean throttleNow() {
    return throttleRate > 0 && random.nextDouble() < throttleRate;
  }

  @Override
  public synchronized Duration visibilityLag() {
    return visibilityLag;
  }

  @Override
  public synchronized boolean fails(String stepId) {
    return !failingStep.isEmpty() && failingStep.equals(stepId);
  }

  /** True once when the crash is due here; the knob then resets (the process restarted). */
  @Override
  public synchronized boolean crashNow(String stepId, CrashPoint point) {
    if (!crashStep.isEmpty() && crashStep.equals(stepId) && crashPoint == point) {
      crashStep = "";
      return true;
    }
    return false;
  }

  @Override
  public synchronized Duration strayEniDetach() {
    return strayEniDetach;
  }

  @Override
  public synchronized double random() {
    return random.nextDouble();
  }
}
