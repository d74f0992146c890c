package dev.eksdesk.engine.exec;

import dev.eksdesk.cloud.FailureKind;
import dev.eksdesk.engine.journal.ClusterJournal;
import dev.eksdesk.engine.journal.StepRecord;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A node group's delete that first has its pods moved ({@link WorkloadMover}): onto the group that
 * replaced it, which by then is ACTIVE, or onto the cluster's other nodes. The delete starts only
 * once every pod could move; otherwise the step fails and the old group keeps running.
 */
final class MoveWorkloadsFirst implements StepWork {
  private static final Duration LOOK_AGAIN = Duration.ofSeconds(2);

  private final StepRecord leaving;
  private final RunContext run;
  private final WorkloadMover mover;
  private final StepWork delete;
  private CompletableFuture<String> moving;
  private boolean moved;

  MoveWorkloadsFirst(StepRecord leaving, RunContext run, WorkloadMover mover, StepWork delete) {
    this.leaving = leaving;
    this.run = run;
    this.mover = mover;
    this.delete = delete;
  }

  @Override
  public Progress next() {
    if (moved) {
      return delete.next();
    }
    if (moving == null) {
      moving = start();
    }
    if (!moving.isDone()) {
      return new Progress.Wait(
          LOOK_AGAIN,
          "moving the pods off node group "
              + groupName(leaving.resourceId())
              + " (cordon, evictions within disruption budgets)");
    }
    try {
      String done = moving.join();
      moved = true;
      return new Progress.Wait(Duration.ZERO, done);
    } catch (CompletionException | java.util.concurrent.CancellationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return new Progress.Failed(
          FailureKind.DEPENDENCY_VIOLATION,
          "the pods could not all move off node group "
              + groupName(leaving.resourceId())
              + ": "
              + cause.getMessage(),
          "The old node group still runs, nothing was deleted. Let the disruption budgets allow"
              + " the evictions (or move those pods yourself), then apply again.");
    }
  }

  private CompletableFuture<String> start() {
    String original = leaving.stepId().replace(ClusterJournal.REPLACED_SUFFIX, "");
    Optional<StepRecord> successor =
        leaving.stepId().equals(original)
            ? Optional.empty()
            : run.journal().step(original).filter(r -> r.status() == StepRecord.StepStatus.CREATED);
    try {
      return mover.moveOff(
          new WorkloadMover.NodeGroupMove(
              run.cluster(),
              groupName(leaving.resourceId()),
              successor.map(r -> groupName(r.resourceId())),
              successor.map(MoveWorkloadsFirst::desiredSize).orElse(0)));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private static int desiredSize(StepRecord group) {
    String desired = group.inputs().getOrDefault("desiredSize", group.outputs().get("desiredSize"));
    return desired == null ? 1 : Integer.parseInt(desired);
  }

  /** A node group's id is {@code cluster/nodegroup} (ResourceRequest.NodeGroup). */
  private static String groupName(String resourceId) {
    return resourceId.substring(resourceId.lastIndexOf('/') + 1);
  }
}
