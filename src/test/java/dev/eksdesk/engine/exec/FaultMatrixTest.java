package dev.eksdesk.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eksdesk.cloud.FailureKind;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.sandbox.CrashPoint;
import dev.eksdesk.cloud.sandbox.SimulatedCrash;
import dev.eksdesk.engine.SandboxWorld;
import dev.eksdesk.engine.journal.ClusterJournal;
import dev.eksdesk.engine.journal.JournalUnreadableException;
import dev.eksdesk.engine.plan.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The faults AWS shows (docs/ENGINE.md), each on the virtual clock, each ending with zero
 * duplicates (the account holds exactly what one clean apply makes) and, after destroy, zero
 * resources.
 */
class FaultMatrixTest {
  @TempDir Path home;

  /** What one clean apply leaves in the account, kind by kind. */
  private static Map<ResourceKind, Long> cleanApply;

  @BeforeAll
  static void measureCleanApply(@TempDir Path cleanHome) throws Exception {
    SandboxWorld world = new SandboxWorld(cleanHome);
    world.apply();
    cleanApply = world.kindCounts();
  }

  static Stream<Arguments> everyCreateCallOfThePlan() {
    List<Step> steps = new SandboxWorld(Path.of("unused")).plan.steps();
    return steps.stream()
        .flatMap(s -> Stream.of(CrashPoint.values()).map(p -> Arguments.of(s.id(), p)));
  }

  @ParameterizedTest(name = "killed {1} of {0}")
  @MethodSource("everyCreateCallOfThePlan")
  void aProcessKilledAroundAnyCreateResumesWithoutDuplicates(String step, CrashPoint point)
      throws Exception {
    SandboxWorld world = new SandboxWorld(home);
    world.faults.crashAt(step, point);

    world.apply();
    assertThat(world.clock.crash()).isInstanceOf(SimulatedCrash.class);

    RunSummary resumed = world.apply();
    assertConvergedWithoutDuplicates(world, resumed);
    assertDestroyLeavesNothing(world);
  }

  static Stream<Integer> everyStepBoundary() {
    int steps = new SandboxWorld(Path.of("unused")).plan.size();
    return Stream.iterate(1, k -> k < steps, k -> k + 1);
  }

  @ParameterizedTest(name = "killed after {0} steps were journaled")
  @MethodSource("everyStepBoundary")
  void aProcessKilledAtAnyStepBoundaryResumesWithoutDuplicates(int boundary) throws Exception {
    SandboxWorld world = new SandboxWorld(home);
    AtomicInteger succeeded = new AtomicInteger();
    EngineRun run = world.startApply();
    run.subscribe(
        e -> {
          if (e instanceof EngineEvent.StepSucceeded && succeeded.incrementAndGet() == boundary) {
            world.kill();
          }
        });
    world.clock.runUntilIdle();
    assertThat(run.completion()).isNotDone();
    world.kill();

    RunSummary resumed = world.apply();
    assertConvergedWithoutDuplicates(world, resumed);
    assertThat(resumed.unchanged()).isGreaterThanOrEqualTo(boundary);
    assertDestroyLeavesNothing(world);
  }

  @Test
  void aThrottlingStormOfThirtyPercentIsRetriedThrough() throws Exception {
    SandboxWorld world = new SandboxWorld(home);
    world.faults.throttle(0.3);

    RunSummary applied = world.apply();

    assertConvergedWithoutDuplicates(world, applied);
    assertThat(world.events(EngineEvent.StepRetrying.class))
        .extracting(EngineEvent.StepRetrying::kind)
        .contains(FailureKind.THROTTLED);
    assertDestroyLeavesNothing(world);
  }

  @Test
  void idsInvisibleForTenSecondsAndSlowIamPropagationAreWaitedOut() throws Exception {
    SandboxWorld world = new SandboxWorld(home);
    world.faults.visibilityLag(Duration.ofSeconds(10));

    RunSummary applied = world.apply();

    assertConvergedWithoutDuplicates(world, applied);
    assertThat(world.events(EngineEvent.StepRetrying.class))
        .filteredOn(r -> r.stepId().equals("eks:cluster"))
        .extracting(EngineEvent.StepRetrying::kind)
        .contains(FailureKind.EVENTUAL_CONSISTENCY);
    assertDestroyLeavesNothing(world);
  }

  @Test
  void aFailingStepSkipsOnlyItsDescendants() throws Exception {
    SandboxWorld world = new SandboxWorld(home);
    world.faults.failStep("launch-template");

    RunSummary failed = world.apply();

    assertThat(failed.outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(failed.failed()).containsExactly("launch-template");
    assertThat(failed.skipped())
        .containsExactlyInAnyOrderElementsOf(world.plan.descendants("launch-template"));
    assertThat(failed.changed()).isEqualTo(world.plan.size() - 1 - failed.skipped().size());
    EngineEvent.StepFailed event = world.events(EngineEvent.StepFailed.class).get(0);
    assertThat(event.nextAction()).contains("apply again");

    world.faults.failStep("");
    RunSummary fixed = world.apply();
    assertConvergedWithoutDuplicates(world, fixed);
    assertThat(fixed.changed()).isEqualTo(1 + failed.skipped().size());
    assertDestroyLeavesNothing(world);
  }

  @Test
  void cancelMidwayThenDestroyWhileTheClusterIsStillCreating() throws Exception {
    SandboxWorld world = new SandboxWorld(home);
    EngineRun run = world.startApply();
    world.clock.runFor(Duration.ofMinutes(4));
    run.cancel();

    RunSummary cancelled = world.finish();

    assertThat(cancelled.outcome()).isEqualTo(RunOutcome.CANCELLED);
    assertThat(cancelled.skipped()).contains("eks:cluster", "eks:nodegroup");
    assertThat(world.withStep("eks:cluster")).isEqualTo(1);
    RunSummary destroyed = world.destroy();
    assertThat(destroyed.outcome()).as(destroyed.message()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(world.events(EngineEvent.StepRetrying.class))
        .filteredOn(r -> r.stepId().equals("eks:cluster"))
        .extracting(EngineEvent.StepRetrying::kind)
        .contains(FailureKind.DEPENDENCY_VIOLATION);
    assertThat(world.account.everything()).isEmpty();
  }

  @Test
  void aStrayEniBlocksTheNetworkUntilItIsSwept() throws Exception {
    SandboxWorld world = new SandboxWorld(home);
    world.faults.leaveStrayEni(Duration.ofMinutes(15));
    world.apply();

    RunSummary destroyed = world.destroy();

    assertThat(destroyed.outcome()).as(destroyed.message()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(world.events(EngineEvent.StepRetrying.class))
        .filteredOn(r -> r.stepId().startsWith("subnet:"))
        .extracting(EngineEvent.StepRetrying::kind)
        .contains(FailureKind.DEPENDENCY_VIOLATION);
    assertThat(world.account.everything()).isEmpty();
  }

  @Test
  void aCorruptJournalIsRefusedThenRestoredFromItsBackup() throws Exception {
    SandboxWorld world = new SandboxWorld(home);
    world.apply();
    Path file = world.journals.journalFile(world.plan.cluster());
    Files.writeString(file, "{\"format\": \"eksdesk-journal/1\", \"serial\": 7, \"steps\": {");

    assertThatThrownBy(() -> world.journals.open(world.plan.cluster()))
        .isInstanceOf(JournalUnreadableException.class)
        .hasMessageContaining("damaged")
        .hasMessageContaining("--restore-backup")
        .hasMessageContaining("--rebuild");
    try (ClusterJournal restored = world.journals.openFromBackup(world.plan.cluster())) {
      assertThat(restored.snapshot().steps()).isNotEmpty();
    }

    RunSummary again = world.apply();
    assertConvergedWithoutDuplicates(world, again);
    assertThat(again.changed()).isLessThanOrEqualTo(1); // the backup is one write behind
    assertDestroyLeavesNothing(world);
  }

  @Test
  void aLostJournalIsRebuiltFromTagsAndDestroyStillFindsEverything() throws Exception {
    SandboxWorld world = new SandboxWorld(home);
    world.apply();
    Files.writeString(world.journals.journalFile(world.plan.cluster()), "garbage");
    Files.delete(world.journals.backupFile(world.plan.cluster()));

    world.journals.openRebuilding(world.plan.cluster()).close();

    assertDestroyLeavesNothing(world);
  }

  private static void assertConvergedWithoutDuplicates(SandboxWorld world, RunSummary summary) {
    assertThat(summary).isNotNull();
    assertThat(summary.outcome()).as(summary.message()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(world.kindCounts()).isEqualTo(cleanApply);
    world.plan.steps().stream()
        .filter(s -> s.kind().taggable())
        .forEach(s -> assertThat(world.withStep(s.id())).as("copies of " + s.id()).isEqualTo(1));
  }

  private static void assertDestroyLeavesNothing(SandboxWorld world) throws Exception {
    RunSummary destroyed = world.destroy();
    assertThat(destroyed.outcome())
        .as(destroyed.message() + " " + world.events(EngineEvent.StepFailed.class))
        .isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(destroyed.leftovers()).isEmpty();
    assertThat(world.account.everything()).isEmpty();
  }
}
