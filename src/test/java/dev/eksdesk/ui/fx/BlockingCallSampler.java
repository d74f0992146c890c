package dev.eksdesk.ui.fx;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Samples one thread's stack every few milliseconds and records each time it stayed, for longer
 * than a limit, in Eksdesk code that waits: for a lock, a sleep or a future, or inside a disk or
 * network call. A slow but busy thread (layout, CSS, a loaded machine) is not reported, nor a wait
 * inside JavaFX itself (its render lock), so the verdict does not depend on the machine's load.
 */
final class BlockingCallSampler implements AutoCloseable {
  private static final String OURS = "dev.eksdesk.";
  private static final List<String> JAVAFX =
      List.of("javafx.", "com.sun.javafx.", "com.sun.glass.", "com.sun.prism.");
  private static final List<String> DISK_OR_NETWORK =
      List.of(
          "java.net.",
          "sun.net.",
          "sun.nio.ch.",
          "sun.nio.fs.",
          "java.nio.file.",
          "java.nio.channels.",
          "java.io.FileInputStream",
          "java.io.FileOutputStream",
          "java.io.RandomAccessFile",
          "software.amazon.",
          "io.fabric8.",
          "okhttp3.",
          "io.vertx.");
  private static final List<String> CLASS_LOADING =
      List.of("java.lang.ClassLoader", "jdk.internal.loader.");
  private static final long PERIOD_MILLIS = 10;

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final Thread watched;
  private final long limitNanos;
  private final List<String> stalls = new ArrayList<>();
  private final Thread sampler;
  private volatile boolean stopped;

  BlockingCallSampler(Thread watched, Duration limit) {
    this.watched = watched;
    this.limitNanos = limit.toNanos();
    this.sampler = new Thread(this::sample, "fx-watchdog");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void sample() {
    String blockedAt = null;
    long since = 0;
    boolean reported = false;
    while (!stopped) {
      ThreadInfo info = threads.getThreadInfo(watched.getId(), Integer.MAX_VALUE);
      long now = System.nanoTime();
      Optional<String> blocking = info == null ? Optional.empty() : blockingFrame(info);
      if (blocking.isEmpty() || !blocking.get().equals(blockedAt)) {
        blockedAt = blocking.orElse(null);
        since = now;
        reported = false;
      } else if (!reported && now - since >= limitNanos) {
        record(info, Duration.ofNanos(now - since));
        reported = true;
      }
      try {
        Thread.sleep(PERIOD_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private synchronized void record(ThreadInfo info, Duration held) {
    stalls.add(
        watched.getName()
            + " waited "
            + held.toMillis()
            + "+ ms ("
            + info.getThreadState()
            + (info.getLockName() == null ? "" : " on " + info.getLockName())
            + "):\n"
            + Arrays.stream(info.getStackTrace())
                .limit(40)
                .map(frame -> "    at " + frame)
                .collect(Collectors.joining("\n")));
  }

  /**
   * The Eksdesk frame that waits, when the thread waits in Eksdesk code: the top Eksdesk frame,
   * provided nothing between it and the top of the stack is JavaFX or class loading.
   */
  static Optional<String> blockingFrame(ThreadInfo info) {
    StackTraceElement[] stack = info.getStackTrace();
    for (int i = 0; i < stack.length; i++) {
      if (!stack[i].getClassName().startsWith(OURS)) {
        continue;
      }
      List<StackTraceElement> above = Arrays.asList(stack).subList(0, i);
      if (above.stream()
          .anyMatch(f -> startsWithAny(f, JAVAFX) || startsWithAny(f, CLASS_LOADING))) {
        return Optional.empty();
      }
      boolean waits = info.getThreadState() != Thread.State.RUNNABLE;
      boolean inIo = above.stream().anyMatch(f -> startsWithAny(f, DISK_OR_NETWORK));
      return waits || inIo ? Optional.of(stack[i].toString()) : Optional.empty();
    }
    return Optional.empty();
  }

  private static boolean startsWithAny(StackTraceElement frame, List<String> prefixes) {
    return prefixes.stream().anyMatch(frame.getClassName()::startsWith);
  }

  /** What was recorded so far, one entry per stall with the stack it was sampled in. */
  synchronized List<String> stalls() {
    return List.copyOf(stalls);
  }

  @Override
  public void close() {
    stopped = true;
    sampler.interrupt();
    try {
      sampler.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
