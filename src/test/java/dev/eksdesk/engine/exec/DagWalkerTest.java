package dev.eksdesk.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cloud.FailureKind;
import dev.eksdesk.cloud.RealtimeScheduler;
import dev.eksdesk.engine.plan.StepTimings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class DagWalkerTest {
  private final VirtualScheduler clock = VirtualScheduler.atEpoch();
  private final List<EngineEvent> events = new ArrayList<>();
  private final AtomicReference<DagWalker.Result> result = new AtomicReference<>();

  @Test
  void independentStepsOverlapAndTheRunTakesTheLongestChain() {
    WorkGraph graph = new WorkGraph();
    graph.add("a", "a", List.of(), () -> waiting(Duration.ofMinutes(10)));
    graph.add("b", "b", List.of(), () -> waiting(Duration.ofMinutes(3)));
    graph.add("c", "c", List.of("a", "b"), () -> waiting(Duration.ofMinutes(2)));

    walk(graph, 4);

    assertThat(result.get().with(DagWalker.NodeResult.SUCCEEDED)).containsExactly("a", "b", "c");
    assertThat(clock.instant()).isEqualTo(VirtualScheduler.atEpoch().instant().plusSeconds(720));
  }

  @Test
  void aFailureSkipsOnlyWhatDependsOnIt() {
    WorkGraph graph = new WorkGraph();
    graph.add("root", "root", List.of(), () -> done());
    graph.add("bad", "bad", List.of("root"), () -> () -> failed());
    graph.add("child", "child", List.of("bad"), () -> done());
    graph.add("grandchild", "grandchild", List.of("child"), () -> done());
    graph.add("sibling", "sibling", List.of("root"), () -> done());

    walk(graph, 2);

    assertThat(result.get().with(DagWalker.NodeResult.FAILED)).containsExactly("bad");
    assertThat(result.get().with(DagWalker.NodeResult.SKIPPED))
        .containsExactly("child", "grandchild");
    assertThat(result.get().with(DagWalker.NodeResult.SUCCEEDED))
        .containsExactly("root", "sibling");
    assertThat(events)
        .filteredOn(e -> e instanceof EngineEvent.StepSkipped)
        .extracting(e -> ((EngineEvent.StepSkipped) e).reason())
        .containsExactly("depends on bad, which failed", "depends on bad, which failed");
  }

  @Test
  void aStepTheEndpointDoesNotImplementIsSkippedAndWhatFollowsItRuns() {
    WorkGraph graph = new WorkGraph();
    graph.add("addon", "addon", List.of(), () -> () -> new Progress.Skipped("not implemented"));
    graph.add("nodes", "nodes", List.of("addon"), () -> done());

    walk(graph, 2);

    assertThat(result.get().with(DagWalker.NodeResult.SKIPPED)).containsExactly("addon");
    assertThat(result.get().with(DagWalker.NodeResult.SUCCEEDED)).containsExactly("nodes");
    assertThat(result.get().changed()).containsEntry("addon", false);
    assertThat(events)
        .filteredOn(e -> e instanceof EngineEvent.StepSkipped)
        .extracting(e -> ((EngineEvent.StepSkipped) e).reason())
        .containsExactly("not implemented");
  }

  @Test
  void noMoreThanMaxParallelSlicesRunAtOnce() {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    WorkGraph graph = new WorkGraph();
    for (int i = 0; i < 20; i++) {
      graph.add(
          "n" + i,
          "n",
          List.of(),
          () ->
              () -> {
                peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                inFlight.decrementAndGet();
                return new Progress.Done("", true);
              });
    }
    RealtimeScheduler threads = new RealtimeScheduler(1, 8);
    try {
      CountingWalk walk = new CountingWalk();
      new DagWalker(graph, threads, 3, e -> {}, walk::finish).start();
      assertThat(walk.await().with(DagWalker.NodeResult.SUCCEEDED)).hasSize(20);
    } finally {
      threads.close();
    }
    assertThat(peak.get()).isLessThanOrEqualTo(3);
  }

  @Test
  void cancelStopsWaitingStepsAndStartsNothingNew() {
    WorkGraph graph = new WorkGraph();
    graph.add("slow", "slow", List.of(), () -> waiting(Duration.ofMinutes(10)));
    graph.add("after", "after", List.of("slow"), () -> done());
    DagWalker walker = new DagWalker(graph, clock, 2, events::add, result::set);
    walker.start();
    clock.runFor(Duration.ofMinutes(1));

    walker.cancel("cancelled");
    clock.runUntilIdle();

    assertThat(result.get().cancelled()).isTrue();
    assertThat(result.get().with(DagWalker.NodeResult.SKIPPED)).containsExactly("slow", "after");
    assertThat(clock.instant()).isBefore(VirtualScheduler.atEpoch().instant().plusSeconds(120));
  }

  @Test
  void aStepThatThrowsAnErrorFailsAndTheWalkStillFinishes() {
    WorkGraph graph = new WorkGraph();
    graph.add(
        "broken",
        "broken",
        List.of(),
        () ->
            () -> {
              throw new NoClassDefFoundError("software/amazon/Missing");
            });
    graph.add("after", "after", List.of("broken"), () -> done());
    graph.add("other", "other", List.of(), () -> done());

    walk(graph, 2);

    assertThat(result.get().with(DagWalker.NodeResult.FAILED)).containsExactly("broken");
    assertThat(result.get().with(DagWalker.NodeResult.SKIPPED)).containsExactly("after");
    assertThat(result.get().with(DagWalker.NodeResult.SUCCEEDED)).containsExactly("other");
    assertThat(events)
        .filteredOn(e -> e instanceof EngineEvent.StepFailed)
        .extracting(e -> ((EngineEvent.StepFailed) e).cause())
        .containsExactly("unexpected NoClassDefFoundError: software/amazon/Missing");
  }

  @Test
  void aStepWhoseWorkCannotBeMadeFailsAndTheWalkStillFinishes() {
    WorkGraph graph = new WorkGraph();
    graph.add(
        "unmade",
        "unmade",
        List.of(),
        () -> {
          throw new IllegalStateException("no journal entry");
        });

    walk(graph, 1);

    assertThat(result.get().with(DagWalker.NodeResult.FAILED)).containsExactly("unmade");
  }

  @Test
  void aListenerThatThrowsMissesOnlyThatEventAndTheWalkFinishes() {
    WorkGraph graph = new WorkGraph();
    graph.add("a", "a", List.of(), () -> done());
    graph.add("b", "b", List.of("a"), () -> done());
    EngineListener throwsOnStart =
        event -> {
          if (event instanceof EngineEvent.StepStarted) {
            throw new IllegalStateException("listener bug");
          }
          events.add(event);
        };

    new DagWalker(graph, clock, 2, throwsOnStart, result::set).start();
    clock.runUntilIdle();

    assertThat(result.get().with(DagWalker.NodeResult.SUCCEEDED)).containsExactly("a", "b");
    assertThat(events)
        .filteredOn(e -> e instanceof EngineEvent.StepSucceeded)
        .extracting(e -> ((EngineEvent.StepSucceeded) e).stepId())
        .containsExactly("a", "b");
  }

  @Test
  void aRunCompletesAndOtherListenersHearItEndWhenOneListenerThrows() {
    WorkGraph graph = new WorkGraph();
    graph.add("a", "a", List.of(), () -> done());
    RunSummary summary =
        new RunSummary(
            Operation.APPLY,
            RunOutcome.SUCCEEDED,
            1,
            0,
            List.of(),
            List.of(),
            Duration.ZERO,
            List.of(),
            "done");
    EngineRun run =
        new EngineRun(
            clock,
            2,
            StepTimings.zero(),
            new EngineRun.Phase() {
              @Override
              public WorkGraph graph() {
                return graph;
              }

              @Override
              public EngineRun.Phase after(DagWalker.Result walked) {
                return null;
              }
            },
            walks -> summary);
    run.subscribe(
        event -> {
          throw new AssertionError("listener bug");
        });
    run.subscribe(events::add);

    run.start();
    clock.runUntilIdle();

    assertThat(run.completion()).isCompletedWithValue(summary);
    assertThat(events).last().isInstanceOf(EngineEvent.RunFinished.class);
  }

  private void walk(WorkGraph graph, int parallel) {
    new DagWalker(graph, clock, parallel, events::add, result::set).start();
    clock.runUntilIdle();
  }

  private static StepWork done() {
    return () -> new Progress.Done("id", true);
  }

  private static Progress failed() {
    return new Progress.Failed(FailureKind.INVALID, "bad request", "fix it");
  }

  /** Waits once for {@code duration}, then is done. */
  private static StepWork waiting(Duration duration) {
    AtomicInteger calls = new AtomicInteger();
    return () ->
        calls.getAndIncrement() == 0
            ? new Progress.Wait(duration, "waiting")
            : new Progress.Done("id", true);
  }

  /** Waits for a walk on real threads to end. */
  private static final class CountingWalk {
    private final java.util.concurrent.CompletableFuture<DagWalker.Result> done =
        new java.util.concurrent.CompletableFuture<>();

    void finish(DagWalker.Result result) {
      done.complete(result);
    }

    DagWalker.Result await() {
      return done.orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).join();
    }
  }
}
