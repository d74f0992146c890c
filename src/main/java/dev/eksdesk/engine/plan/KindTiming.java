package dev.eksdesk.engine.plan;

import java.time.Duration;

/**
 * How long one kind takes to create and to delete: typical (for ETAs and the critical path) and the
 * slow end seen in practice (waiters give up at 1.5 times it).
 */
public record KindTiming(
    Duration typicalCreate, Duration slowCreate, Duration typicalDelete, Duration slowDelete) {

  public Duration createDeadline() {
    return slowCreate.multipliedBy(3).dividedBy(2);
  }

  public Duration deleteDeadline() {
    return slowDelete.multipliedBy(3).dividedBy(2);
  }

  /** Each duration {@code factor} times shorter (a sped-up Sandbox). */
  public KindTiming shortenedBy(double factor) {
    return new KindTiming(
        shorten(typicalCreate, factor),
        shorten(slowCreate, factor),
        shorten(typicalDelete, factor),
        shorten(slowDelete, factor));
  }

  public static Duration shorten(Duration duration, double factor) {
    return Duration.ofNanos((long) (duration.toNanos() / factor));
  }
}
