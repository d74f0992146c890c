package dev.eksdesk.engine.exec;

import dev.eksdesk.engine.plan.KindTiming;
import dev.eksdesk.engine.plan.StepTimings;
import java.time.Duration;

/**
 * The engine's knobs.
 *
 * @param maxParallel slices of work (cloud calls) running at once; waiting steps hold none
 * @param throttleAttempts how many throttled calls in a row a step accepts before failing
 * @param consistencyDeadline how long "not usable yet" (IAM role, new id) is retried: 1.5 times
 *     AWS's slow end of 2 minutes
 * @param dependencyDeadline how long a delete blocked by a dependency is retried
 * @param blockedDeadline how long a delete is retried while only the same things outside the
 *     cluster block it (a foreign subnet, a hand-made ENI, a Lambda's): they do not go away alone
 * @param visibilityDeadline how long a just-created id may stay invisible: 1.5 times 5 minutes
 * @param interruptedCreateGrace how long to look for the result of an interrupted create of a kind
 *     without client token before creating again
 * @param seed for the backoff jitter; fixed in tests so runs repeat exactly
 */
public record EngineSettings(
    int maxParallel,
    StepTimings timings,
    Backoff backoff,
    int throttleAttempts,
    Duration consistencyDeadline,
    Duration dependencyDeadline,
    Duration blockedDeadline,
    Duration visibilityDeadline,
    Duration interruptedCreateGrace,
    long seed) {

  public static EngineSettings defaults() {
    return new EngineSettings(
        8,
        StepTimings.aws(),
        new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(20)),
        12,
        Duration.ofMinutes(3),
        Duration.ofMinutes(20),
        Duration.ofMinutes(2),
        Duration.ofSeconds(450),
        Duration.ofSeconds(60),
        42);
  }

  public EngineSettings withMaxParallel(int value) {
    return new EngineSettings(
        value,
        timings,
        backoff,
        throttleAttempts,
        consistencyDeadline,
        dependencyDeadline,
        blockedDeadline,
        visibilityDeadline,
        interruptedCreateGrace,
        seed);
  }

  /**
   * For an account {@code speed} times faster than AWS on the wall clock (the Sandbox): what the
   * engine measures against elapsed time (step timings, deadlines) is that much shorter; its waits
   * (polls, backoff) are shortened by the scheduler instead ({@code RealtimeScheduler}).
   */
  public EngineSettings shortenedBy(double speed) {
    return new EngineSettings(
        maxParallel,
        timings.shortenedBy(speed),
        backoff,
        throttleAttempts,
        shortenedDeadline(consistencyDeadline, speed),
        shortenedDeadline(dependencyDeadline, speed),
        shortenedDeadline(blockedDeadline, speed),
        shortenedDeadline(visibilityDeadline, speed),
        KindTiming.shorten(interruptedCreateGrace, speed),
        seed);
  }

  /** Shorter by the speed, but never below the shorter of itself and KindTiming.SHORTEST_WAIT. */
  private static Duration shortenedDeadline(Duration deadline, double speed) {
    Duration floor =
        deadline.compareTo(KindTiming.SHORTEST_WAIT) < 0 ? deadline : KindTiming.SHORTEST_WAIT;
    Duration shortened = KindTiming.shorten(deadline, speed);
    return shortened.compareTo(floor) < 0 ? floor : shortened;
  }

  public EngineSettings withTimings(StepTimings value) {
    return new EngineSettings(
        maxParallel,
        value,
        backoff,
        throttleAttempts,
        consistencyDeadline,
        dependencyDeadline,
        blockedDeadline,
        visibilityDeadline,
        interruptedCreateGrace,
        seed);
  }
}
