package dev.eksdesk.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A read that is made again only once the last one is older than a minimum age; in between the last
 * result is handed out. Thread-safe.
 */
final class RecentRead<T> implements Supplier<T> {
  private final Duration minimumAge;
  private final Supplier<T> read;
  private final Clock clock;
  private T last;
  private Instant readAt;

  RecentRead(Duration minimumAge, Supplier<T> read, Clock clock) {
    this.minimumAge = minimumAge;
    this.read = read;
    this.clock = clock;
  }

  @Override
  public synchronized T get() {
    Instant now = clock.instant();
    if (readAt == null || !now.isBefore(readAt.plus(minimumAge))) {
      last = read.get();
      readAt = now;
    }
    return last;
  }
}
