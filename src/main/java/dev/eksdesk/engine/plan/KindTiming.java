package dev.eksdesk.engine.plan;

import java.time.Duration;

/**
 * How long one kind takes to create and to delete: typical (for ETAs and the critical path) and the
 * slow end seen in practice (waiters give up at 1.5 times it, and never in under {@link
 * #SHORTEST_WAIT}).
 */
public record KindTiming(
    Duration typicalCreate, Duration slowCreate, Duration typicalDelete, Duration slowDelete) {

  /**
   * No waiter gives up sooner: on a Sandbox sped up 1000 times a slow end is a fraction of a
   * second, less than a busy machine may take to schedule the next poll.
   */
  public static final Duration SHORTEST_WAIT = Duration.ofSeconds(30);

  public Duration createDeadline() {
    return atLeastTheShortestWait(slowCreate.multipliedBy(3).dividedBy(2));
  }

  public Duration deleteDeadline() {
    return atLeastTheShortestWait(slowDelete.multipliedBy(3).dividedBy(2));
  }

  private static Duration atLeastTheShortestWait(Duration deadline) {
    return deadline.compareTo(SHORTEST_WAIT) < 0 ? SHORTEST_WAIT : deadline;
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
