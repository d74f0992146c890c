package dev.eksdesk.kube;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.LogWatch;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** LogFollow through fabric8. */
public final class Fabric8LogFollow implements LogFollow {
  private static final Duration REOPEN_AT_MOST_EVERY = Duration.ofSeconds(1);

  private final Fabric8PodLogs logs;
  private final LogRequest request;
  private final Consumer<List<String>> lines;
  private final Consumer<String> ended;
  private final Object lock = new Object();
  private final CompletableFuture<Void> stopped = new CompletableFuture<>();
  private boolean closed; // guarded by lock
  private LogWatch watch; // guarded by lock

  /** Written only by the stream that is open (one at a time), read when the next one opens. */
  private volatile Instant lastSeen;

  Fabric8LogFollow(
      Fabric8PodLogs logs,
      LogRequest request,
      Consumer<List<String>> lines,
      Consumer<String> ended) {
    this.logs = logs;
    this.request = request;
    this.lines = lines;
    this.ended = ended;
  }

  /**
   * Opens the first stream. A refusal (no such container, no previous instance) is asked for first
   * with a read of no lines: a follow's stream would end without saying why.
   */
  void open() {
    try {
      logs.read(
          new LogRequest(
              request.namespace(),
              request.pod(),
              request.container(),
              request.previous(),
              null,
              0));
    } catch (IllegalStateException refused) {
      finish(refused.getMessage());
      return;
    }
    connect(null);
  }

  private void connect(Instant resumeAfter) {
    long openedAt = System.nanoTime();
    synchronized (lock) {
      if (closed) {
        return;
      }
    }
    LogWatch opened;
    try {
      // waits for the response's headers: not under the lock, so that close() does not wait too
      opened = logs.loggable(request, true, resumeAfter).watchLog(new LineStream(this::deliver));
    } catch (KubernetesClientException e) {
      finish(LogFailures.describe(request, e));
      return;
    }
    synchronized (lock) {
      if (closed) {
        opened.close();
        return;
      }
      watch = opened;
    }
    opened.onClose().whenComplete((failure, e) -> streamEnded(opened, failure, openedAt));
  }

  private void streamEnded(LogWatch which, Throwable failure, long openedAt) {
    synchronized (lock) {
      if (closed || which != watch) {
        return;
      }
    }
    if (failure != null) {
      finish(LogFailures.describe(request, failure));
      return;
    }
    if (request.previous()) {
      finish("The previous container's log ends here.");
      return;
    }
    boolean running;
    try {
      running = logs.running(request);
    } catch (KubernetesClientException e) {
      finish(LogFailures.describe(request, e));
      return;
    }
    if (!running) {
      finish("The container is not running now; its log ends here.");
      return;
    }
    long waitNanos = REOPEN_AT_MOST_EVERY.toNanos() - (System.nanoTime() - openedAt);
    Instant resumeAfter = lastSeen;
    CompletableFuture.delayedExecutor(Math.max(0, waitNanos), TimeUnit.NANOSECONDS)
        .execute(() -> connect(resumeAfter));
  }

  private void finish(String why) {
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
    }
    stopped.complete(null);
    ended.accept(why);
  }

  /** Lines of one write of the stream; drops what an earlier stream already gave. */
  private void deliver(List<String> stamped) {
    List<String> fresh = new ArrayList<>(stamped.size());
    for (String line : stamped) {
      int space = line.indexOf(' ');
      Instant at = space > 0 ? timestamp(line.substring(0, space)) : null;
      if (at == null) {
        fresh.add(line);
        continue;
      }
      Instant seen = lastSeen;
      if (seen == null || at.isAfter(seen)) {
        lastSeen = at;
        fresh.add(line.substring(space + 1));
      }
    }
    synchronized (lock) {
      if (!closed && !fresh.isEmpty()) {
        lines.accept(fresh);
      }
    }
  }

  private static Instant timestamp(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Override
  public CompletionStage<Void> stopped() {
    return stopped;
  }

  @Override
  public void close() {
    LogWatch open;
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      open = watch;
    }
    if (open != null) {
      open.close();
    }
    stopped.complete(null);
  }

  /** Cuts the bytes of a stream into lines, handing on the complete ones of each write. */
  private static final class LineStream extends OutputStream {
    private final Consumer<List<String>> sink;
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

    LineStream(Consumer<List<String>> sink) {
      this.sink = sink;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      List<String> complete = new ArrayList<>();
      for (int i = offset; i < offset + length; i++) {
        if (bytes[i] == '\n') {
          complete.add(partial.toString(StandardCharsets.UTF_8));
          partial.reset();
        } else {
          partial.write(bytes[i]);
        }
      }
      if (!complete.isEmpty()) {
        sink.accept(complete);
      }
    }
  }
}
