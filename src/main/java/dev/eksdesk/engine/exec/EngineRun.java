package dev.eksdesk.engine.exec;

import dev.eksdesk.cloud.Scheduler;
import dev.eksdesk.engine.plan.StepTimings;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One apply or destroy: subscribe, start, cancel, and wait for its {@link RunSummary}. Events come
 * on engine threads; a run ends with exactly one {@link EngineEvent.RunFinished}.
 */
public final class EngineRun {
  private static final Logger LOG = LoggerFactory.getLogger(EngineRun.class);

  /** Releases a subscription (a view being closed). */
  public interface Subscription extends AutoCloseable {
    @Override
    void close();
  }

  /** A run is a chain of walks: apply has one, destroy a second that takes the inventory. */
  interface Phase {
    WorkGraph graph();

    /** The next phase, or null when the run is over and its summary can be made. */
    Phase after(DagWalker.Result result);
  }

  private final List<EngineListener> listeners = new CopyOnWriteArrayList<>();
  private final CompletableFuture<RunSummary> completion = new CompletableFuture<>();
  private final Scheduler scheduler;
  private final int maxParallel;
  private final StepTimings timings;
  private final Phase first;
  private final Function<List<DagWalker.Result>, RunSummary> summarize;
  private final List<DagWalker.Result> results = new CopyOnWriteArrayList<>();
  private final List<Runnable> atEnd = new CopyOnWriteArrayList<>();
  private volatile DagWalker current;
  private volatile boolean cancelled;
  private boolean started;

  EngineRun(
      Scheduler scheduler,
      int maxParallel,
      StepTimings timings,
      Phase first,
      Function<List<DagWalker.Result>, RunSummary> summarize) {
    this.scheduler = scheduler;
    this.maxParallel = maxParallel;
    this.timings = timings;
    this.first = first;
    this.summarize = summarize;
  }

  public Subscription subscribe(EngineListener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  public synchronized void start() {
    if (started) {
      throw new IllegalStateException("a run starts once");
    }
    started = true;
    walk(first);
  }

  /** Stops starting steps; steps waiting on the cloud stop waiting. Safe from any thread. */
  public void cancel() {
    cancelled = true;
    DagWalker walker = current;
    if (walker != null) {
      walker.cancel("cancelled");
    }
  }

  /**
   * How long this run expects each kind to take on its scheduler's clock: AWS's timings, shortened
   * on a sped-up Sandbox. Progress and ETAs are drawn from these.
   */
  public StepTimings timings() {
    return timings;
  }

  public CompletableFuture<RunSummary> completion() {
    return completion;
  }

  /**
   * Runs {@code release} when the run ends, before its completion does: whoever waits for the run
   * (a CLI about to exit, a second run) finds the journal and its locks already released.
   */
  public void releaseAtEnd(Runnable release) {
    atEnd.add(release);
  }

  private void walk(Phase phase) {
    DagWalker walker =
        new DagWalker(
            phase.graph(),
            scheduler,
            maxParallel,
            this::emit,
            result -> {
              results.add(result);
              Phase next = phase.after(result);
              if (next == null) {
                finish();
              } else {
                walk(next);
              }
            });
    current = walker;
    walker.start();
    if (cancelled) {
      walker.cancel("cancelled");
    }
  }

  private void finish() {
    RunSummary summary = summarize.apply(List.copyOf(results));
    for (Runnable release : atEnd) {
      try {
        release.run();
      } catch (RuntimeException e) { // the run's outcome still stands
        LOG.error("Releasing after the run failed", e);
      }
    }
    emit(new EngineEvent.RunFinished(scheduler.instant(), summary));
    completion.complete(summary);
  }

  private void emit(EngineEvent event) {
    for (EngineListener listener : listeners) {
      try {
        listener.on(event);
      } catch (Throwable e) { // the others still hear it, and the run still completes
        LOG.error("A listener failed on {}; the run goes on", event, e);
      }
    }
  }
}
