package dev.eksdesk.engine.exec;

import java.time.Duration;
import java.util.Random;

/**
 * Exponential backoff with "equal jitter": half the exponential delay, plus a random part up to the
 * other half, so that retrying steps do not hit the API in lockstep.
 */
public record Backoff(Duration base, Duration cap) {

  /** The delay before retry number {@code attempt} (1-based). */
  public Duration delay(int attempt, Random random) {
    long exponential = base.toMillis() << Math.min(attempt - 1, 20);
    long capped = Math.min(cap.toMillis(), exponential);
    long half = capped / 2;
    return Duration.ofMillis(half + (half == 0 ? 0 : random.nextLong(half + 1)));
  }
}
