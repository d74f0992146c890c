package dev.eksdesk.cloud;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real threads on the wall clock whose waits are {@code speed} times shorter: speed 1 for AWS,
 * higher to watch the Sandbox build a cluster in a minute (the Sandbox's own durations are
 * shortened by the same factor, see {@code SandboxTimings#shortenedBy}). The clock itself never
 * runs ahead, so what a run records (creation times, pod starts, metric points, the journal) is
 * wall-clock time and ages agree with the wall clock once the run ends. Close it when done.
 */
public final class RealtimeScheduler implements Scheduler, AutoCloseable {
  private final double speed;
  private final Instant origin;
  private final long originNanos;
  private final ScheduledExecutorService executor;

  public RealtimeScheduler(double speed, int threads) {
    this(speed, threads, Instant.now());
  }

  /**
   * @param origin the clock's reading now: a simulated account left ahead of the wall clock (by a
   *     version whose clock ran fast) resumes from the time it last saw
   */
  public RealtimeScheduler(double speed, int threads, Instant origin) {
    if (speed <= 0) {
      throw new IllegalArgumentException("speed must be positive: " + speed);
    }
    this.speed = speed;
    this.origin = origin;
    this.originNanos = System.nanoTime();
    this.executor = Executors.newScheduledThreadPool(threads, new Named("eksdesk-engine-"));
  }

  @Override
  public Instant instant() {
    long elapsed = System.nanoTime() - originNanos;
    return origin.plusNanos(elapsed);
  }

  @Override
  public void execute(Runnable task) {
    executor.execute(task);
  }

  @Override
  public Cancellable schedule(Duration delay, Runnable task) {
    long nanos = (long) (delay.toNanos() / speed);
    ScheduledFuture<?> future = executor.schedule(task, Math.max(0, nanos), TimeUnit.NANOSECONDS);
    return () -> future.cancel(false);
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }

  private static final class Named implements ThreadFactory {
    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();

    Named(String prefix) {
      this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
