package dev.eksdesk.engine.exec;

import dev.eksdesk.cloud.FailureKind;
import dev.eksdesk.cloud.Scheduler;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks a {@link WorkGraph} the way Terraform's walker does: a node starts once its dependencies
 * succeeded, at most {@code maxParallel} slices run at once, and a failure skips only what lies
 * downstream of it. Waiting nodes hold no slot. All state changes happen under this object's lock;
 * events are emitted under it too, so listeners see them in order.
 *
 * <p>Whatever a step throws (an {@code Error} included) fails that step only, and a listener that
 * throws misses that event only: both are logged, and the walk always finishes, so the run ends and
 * its journal lock is released.
 */
public final class DagWalker {
  private static final Logger LOG = LoggerFactory.getLogger(DagWalker.class);

  /** Where each node ended. */
  public enum NodeResult {
    SUCCEEDED,
    FAILED,
    SKIPPED
  }

  /** A finished walk: each node's result and whether this run changed anything for it. */
  public record Result(
      Map<String, NodeResult> results, Map<String, Boolean> changed, boolean cancelled) {
    public List<String> with(NodeResult wanted) {
      return results.entrySet().stream()
          .filter(e -> e.getValue() == wanted)
          .map(Map.Entry::getKey)
          .toList();
    }
  }

  private final WorkGraph graph;
  private final Scheduler scheduler;
  private final int maxParallel;
  private final EngineListener listener;
  private final Consumer<Result> onFinished;

  private final Map<String, Integer> waitingFor = new HashMap<>();
  private final Map<String, List<String>> dependents = new HashMap<>();
  private final Map<String, StepWork> running = new HashMap<>();
  private final Map<String, Scheduler.Cancellable> parked = new HashMap<>();
  private final Map<String, NodeResult> results = new LinkedHashMap<>();
  private final Map<String, Boolean> changed = new HashMap<>();
  private final Deque<String> ready = new ArrayDeque<>();
  private int slicesInFlight;
  private boolean cancelled;
  private String cancelReason = "";
  private boolean finished;

  public DagWalker(
      WorkGraph graph,
      Scheduler scheduler,
      int maxParallel,
      EngineListener listener,
      Consumer<Result> onFinished) {
    if (maxParallel < 1) {
      throw new IllegalArgumentException("maxParallel must be at least 1");
    }
    this.graph = graph;
    this.scheduler = scheduler;
    this.maxParallel = maxParallel;
    this.listener = listener;
    this.onFinished = onFinished;
  }

  public synchronized void start() {
    for (WorkGraph.Node node : graph.nodes().values()) {
      waitingFor.put(node.id(), (int) node.dependsOn().stream().distinct().count());
      node.dependsOn().stream()
          .distinct()
          .forEach(d -> dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(node.id()));
      if (node.dependsOn().isEmpty()) {
        ready.add(node.id());
      }
    }
    dispatch();
    finishIfDone();
  }

  /** Starts nothing new; nodes waiting on the cloud stop waiting. Idempotent. */
  public synchronized void cancel(String reason) {
    if (cancelled || finished) {
      return;
    }
    cancelled = true;
    cancelReason = reason;
    new ArrayList<>(parked.keySet())
        .forEach(
            id -> {
              parked.remove(id).cancel();
              running.remove(id);
              skip(id, reason + " while it was waiting; apply or destroy picks it up again");
            });
    new ArrayList<>(ready).forEach(id -> skip(id, reason));
    ready.clear();
    finishIfDone();
  }

  private void dispatch() {
    while (slicesInFlight < maxParallel && !ready.isEmpty()) {
      String id = ready.poll();
      slicesInFlight++;
      scheduler.execute(() -> runSlice(id));
    }
  }

  private void runSlice(String id) {
    StepWork work;
    synchronized (this) {
      if (cancelled) {
        slicesInFlight--;
        skip(id, cancelReason);
        running.remove(id);
        finishIfDone();
        return;
      }
      work = running.get(id);
      if (work == null) {
        emit(new EngineEvent.StepStarted(now(), id, graph.nodes().get(id).description()));
      }
    }
    Progress progress;
    try {
      if (work == null) {
        work = graph.nodes().get(id).work().get();
        synchronized (this) {
          running.put(id, work);
        }
      }
      progress = work.next();
    } catch (ThreadDeath death) {
      throw death; // the thread (in the Sandbox's fault tests, the process) is going away
    } catch (Throwable e) { // an Error too: the walk must finish whatever a step does
      LOG.error("Step {} threw instead of reporting a failure", id, e);
      progress =
          new Progress.Failed(
              FailureKind.UNKNOWN,
              "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage(),
              "Report this as a bug; apply again resumes where it stopped.");
    }
    synchronized (this) {
      slicesInFlight--;
      handle(id, progress);
      dispatch();
      finishIfDone();
    }
  }

  private void handle(String id, Progress progress) {
    if (progress instanceof Progress.Done) {
      Progress.Done done = (Progress.Done) progress;
      running.remove(id);
      results.put(id, NodeResult.SUCCEEDED);
      changed.put(id, done.changed());
      emit(new EngineEvent.StepSucceeded(now(), id, done.resourceId(), done.changed()));
      release(id);
    } else if (progress instanceof Progress.Skipped skipped) {
      running.remove(id);
      results.put(id, NodeResult.SKIPPED);
      changed.put(id, false);
      emit(new EngineEvent.StepSkipped(now(), id, skipped.reason()));
      release(id); // nothing of it exists, but nothing after it needs more than its order
    } else if (progress instanceof Progress.Failed) {
      Progress.Failed failed = (Progress.Failed) progress;
      running.remove(id);
      results.put(id, NodeResult.FAILED);
      emit(
          new EngineEvent.StepFailed(
              now(), id, failed.kind(), failed.cause(), failed.nextAction()));
      skipDescendants(id);
      if (failed.kind() == FailureKind.CREDENTIALS_EXPIRED) {
        cancel("credentials expired");
      }
    } else if (progress instanceof Progress.Wait) {
      Progress.Wait wait = (Progress.Wait) progress;
      emit(new EngineEvent.StepProgress(now(), id, wait.message()));
      park(id, wait.delay());
    } else {
      Progress.Retry retry = (Progress.Retry) progress;
      emit(
          new EngineEvent.StepRetrying(
              now(), id, retry.kind(), retry.cause(), retry.attempt(), retry.delay()));
      park(id, retry.delay());
    }
  }

  private void park(String id, java.time.Duration delay) {
    if (cancelled) {
      running.remove(id);
      skip(id, cancelReason + " while it was waiting; apply or destroy picks it up again");
      return;
    }
    parked.put(
        id,
        scheduler.schedule(
            delay,
            () -> {
              synchronized (this) {
                if (parked.remove(id) == null) {
                  return;
                }
                ready.addFirst(id);
                dispatch();
              }
            }));
  }

  /** {@code id} is finished: the steps that waited only for it may start. */
  private void release(String id) {
    for (String next : dependents.getOrDefault(id, List.of())) {
      if (waitingFor.merge(next, -1, Integer::sum) == 0 && !results.containsKey(next)) {
        if (cancelled) {
          skip(next, cancelReason);
        } else {
          ready.add(next);
        }
      }
    }
  }

  private void skipDescendants(String failedId) {
    Deque<String> todo = new ArrayDeque<>(dependents.getOrDefault(failedId, List.of()));
    while (!todo.isEmpty()) {
      String next = todo.poll();
      if (!results.containsKey(next)) {
        skip(next, "depends on " + failedId + ", which failed");
        todo.addAll(dependents.getOrDefault(next, List.of()));
      }
    }
  }

  private void skip(String id, String reason) {
    if (results.putIfAbsent(id, NodeResult.SKIPPED) == null) {
      emit(new EngineEvent.StepSkipped(now(), id, reason));
    }
  }

  private void finishIfDone() {
    if (finished || slicesInFlight > 0 || !parked.isEmpty() || !ready.isEmpty()) {
      return;
    }
    boolean blocked = graph.nodes().keySet().stream().anyMatch(id -> !results.containsKey(id));
    if (blocked && !cancelled) {
      return;
    }
    graph.nodes().keySet().forEach(id -> skip(id, cancelReason));
    finished = true;
    Map<String, NodeResult> ordered = new LinkedHashMap<>();
    graph.nodes().keySet().forEach(id -> ordered.put(id, results.get(id)));
    onFinished.accept(new Result(ordered, Map.copyOf(changed), cancelled));
  }

  private void emit(EngineEvent event) {
    try {
      listener.on(event);
    } catch (Throwable e) { // a listener's bug must not stop the walk nor keep the journal locked
      LOG.error("A listener failed on {}; the run goes on", event, e);
    }
  }

  private Instant now() {
    return scheduler.instant();
  }
}
