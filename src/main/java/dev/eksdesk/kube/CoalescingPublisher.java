package dev.eksdesk.kube;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Turns a stream of "something changed" into at most one snapshot per interval. A burst of 10,000
 * watch events costs a few snapshots, not 10,000 table refreshes; a lone change is published at
 * once when the last publication is older than the interval. Snapshots are taken and delivered on
 * one thread of its own, never concurrently.
 */
final class CoalescingPublisher<T> implements AutoCloseable {
  private final long intervalNanos;
  private final Supplier<T> snapshot;
  private final Consumer<T> listener;
  private final ScheduledExecutorService timer;
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private final AtomicBoolean dirty = new AtomicBoolean();
  private volatile long lastDelivered;

  CoalescingPublisher(Duration interval, Supplier<T> snapshot, Consumer<T> listener) {
    this.intervalNanos = interval.toNanos();
    this.snapshot = snapshot;
    this.listener = listener;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "kube-snapshot-publisher");
              t.setDaemon(true);
              return t;
            });
    this.lastDelivered = System.nanoTime() - intervalNanos;
  }

  /** Something changed; a snapshot will follow within one interval. */
  void changed() {
    dirty.set(true);
    if (scheduled.compareAndSet(false, true)) {
      long wait = Math.max(0, lastDelivered + intervalNanos - System.nanoTime());
      timer.schedule(this::publish, wait, TimeUnit.NANOSECONDS);
    }
  }

  /**
   * The interval counts from the end of one delivery to the start of the next snapshot, so a slow
   * listener (a UI refreshing a large table) still gets the whole interval to breathe.
   */
  private void publish() {
    // Cleared before the snapshot is taken, so a change made while it is taken is not lost.
    dirty.set(false);
    listener.accept(snapshot.get());
    lastDelivered = System.nanoTime();
    if (dirty.get()) {
      timer.schedule(this::publish, intervalNanos, TimeUnit.NANOSECONDS);
      return;
    }
    scheduled.set(false);
    // A change that came between the check above and clearing the flag found it still set.
    if (dirty.get() && scheduled.compareAndSet(false, true)) {
      timer.schedule(this::publish, intervalNanos, TimeUnit.NANOSECONDS);
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
