package dev.eksdesk.engine.plan;

import java.time.Duration;

/**
 * When to describe a resource again while it becomes ready (or goes away): every 2 s at first, then
 * 2% of the time waited so far, at most every 20 s. Whatever the account's speed, readiness is
 * noticed within 2 s early on and within about 2% of the wait later, which an emulator that answers
 * at once and an AWS faster than typical both need; the call count stays bounded ({@link
 * #callsWithin}).
 */
public final class PollSchedule {
  static final Duration FLOOR = Duration.ofSeconds(2);
  static final Duration CAP = Duration.ofSeconds(20);
  private static final int FRACTION = 50; // 1/50 = 2%

  private PollSchedule() {}

  /** The delay before the next describe, after {@code waited} of waiting. */
  public static Duration after(Duration waited) {
    Duration share = waited.dividedBy(FRACTION);
    return share.compareTo(FLOOR) < 0 ? FLOOR : share.compareTo(CAP) > 0 ? CAP : share;
  }

  /** How many describes a wait that gives up at {@code deadline} makes at most. */
  public static int callsWithin(Duration deadline) {
    int calls = 0;
    for (Duration waited = Duration.ZERO;
        waited.compareTo(deadline) <= 0;
        waited = waited.plus(after(waited))) {
      calls++;
    }
    return calls;
  }
}
