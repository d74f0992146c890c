package dev.eksdesk.engine.exec;

import dev.eksdesk.cloud.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;

/**
 * A single-threaded discrete-event scheduler: tasks run in time order and the clock jumps to the
 * next task, so ten simulated minutes take microseconds and every run is reproducible.
 *
 * <p>A task that throws an {@link Error} (the sandbox's simulated crash) stops the loop and drops
 * every pending task, as if the process had been killed.
 */
public final class VirtualScheduler implements Scheduler {
  private final PriorityQueue<Entry> queue = new PriorityQueue<>();
  private Instant now;
  private long sequence;
  private Error crash;
  private boolean killed;

  public VirtualScheduler(Instant start) {
    this.now = start;
  }

  public static VirtualScheduler atEpoch() {
    return new VirtualScheduler(Instant.parse("2025-01-01T00:00:00Z"));
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public void execute(Runnable task) {
    schedule(Duration.ZERO, task);
  }

  @Override
  public Cancellable schedule(Duration delay, Runnable task) {
    if (killed) {
      return () -> {}; // a dead process schedules nothing
    }
    Entry entry = new Entry(now.plus(delay.isNegative() ? Duration.ZERO : delay), sequence++, task);
    queue.add(entry);
    return () -> entry.cancelled = true;
  }

  /** Runs tasks until none is left or one crashes; returns whether it ended without a crash. */
  public boolean runUntilIdle() {
    return runUntil(Instant.MAX);
  }

  /** Runs the tasks due up to {@code limit}, then leaves the clock there (or at the last task). */
  public boolean runUntil(Instant limit) {
    while (!queue.isEmpty() && crash == null && !killed) {
      Entry next = queue.peek();
      if (next.at.isAfter(limit)) {
        now = limit;
        return true;
      }
      queue.poll();
      if (next.cancelled) {
        continue;
      }
      now = next.at;
      try {
        next.task.run();
      } catch (Error e) {
        crash = e;
        killed = true;
        queue.clear();
      }
    }
    return crash == null;
  }

  public boolean runFor(Duration duration) {
    return runUntil(now.plus(duration));
  }

  /**
   * The process is gone: pending tasks are dropped, and so is whatever the dying task still tries
   * to schedule. Safe to call from inside a task.
   */
  public void kill() {
    killed = true;
    queue.clear();
  }

  /** A new process starts on the same clock (the time goes on). */
  public void revive() {
    killed = false;
    crash = null;
  }

  /** The error that stopped the loop, or null. */
  public Error crash() {
    return crash;
  }

  private static final class Entry implements Comparable<Entry> {
    final Instant at;
    final long sequence;
    final Runnable task;
    boolean cancelled;

    Entry(Instant at, long sequence, Runnable task) {
      this.at = at;
      this.sequence = sequence;
      this.task = task;
    }

    @Override
    public int compareTo(Entry other) {
      int byTime = at.compareTo(other.at);
      return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
    }
  }
}
