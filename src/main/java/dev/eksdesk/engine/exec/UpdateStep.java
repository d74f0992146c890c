package dev.eksdesk.engine.exec;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.FailureKind;
import dev.eksdesk.cloud.ResourceRequest;
import dev.eksdesk.cloud.UpdateOperation;
import dev.eksdesk.cloud.UpdateResult;
import dev.eksdesk.cloud.UpdateStatus;
import dev.eksdesk.engine.diff.Change;
import dev.eksdesk.engine.diff.ReplacementNames;
import dev.eksdesk.engine.diff.RequestAttributes;
import dev.eksdesk.engine.journal.PendingOperation;
import dev.eksdesk.engine.journal.StepRecord;
import dev.eksdesk.engine.plan.PollSchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Changes one step's resource in place, one update at a time (EKS refuses a second while one runs):
 * a pending UPDATE with a token derived from the step is journaled before each call, the update id
 * EKS answers right after, so a resumed run polls the update it started instead of asking again. An
 * update is described on the {@link PollSchedule} like every other wait. The record's inputs become
 * the desired request once every update succeeded.
 */
final class UpdateStep implements StepWork {
  private enum Phase {
    LOCATE,
    CALL,
    AWAIT
  }

  private final dev.eksdesk.engine.plan.Step step;
  private final Change change;
  private final RunContext run;
  private final RunOutputs outputs;
  private final Retrying retrying;
  private final Deque<UpdateOperation> todo = new ArrayDeque<>();
  private Phase phase = Phase.LOCATE;
  private StepRecord record;
  private String resourceId;
  private UpdateOperation current;
  private String updateId;
  private Instant since;

  UpdateStep(dev.eksdesk.engine.plan.Step step, Change change, RunContext run, RunOutputs outputs) {
    this.step = step;
    this.change = change;
    this.run = run;
    this.outputs = outputs;
    this.retrying = new Retrying(run, Operation.APPLY);
  }

  @Override
  public Progress next() {
    try {
      Progress progress =
          switch (phase) {
            case LOCATE -> locate();
            case CALL -> call();
            case AWAIT -> await();
          };
      retrying.reset();
      return progress;
    } catch (CloudException e) {
      if (phase == Phase.CALL && e.kind() != FailureKind.UNKNOWN) {
        run.journal().clearPending(step.id()); // AWS answered: the update did not start
      }
      return retrying.onFailure(e);
    }
  }

  private Progress locate() {
    Optional<StepRecord> known =
        run.journal().step(step.id()).filter(r -> r.status() == StepRecord.StepStatus.CREATED);
    if (known.isEmpty()) {
      return retrying.failed(
          FailureKind.NOT_FOUND, step.id() + " is no longer in the journal; plan again");
    }
    record = known.get();
    resourceId = record.resourceId();
    todo.addAll(change.operations());
    Optional<PendingOperation> interrupted =
        run.journal().pending(step.id()).filter(p -> p.action() == PendingOperation.Action.UPDATE);
    if (interrupted.isPresent()) {
      UpdateOperation operation = UpdateOperation.valueOf(interrupted.get().operation());
      todo.remove(operation);
      if (!interrupted.get().updateId().isEmpty()) {
        current = operation;
        updateId = interrupted.get().updateId();
        phase = Phase.AWAIT;
        since = run.now();
        return await();
      }
      todo.addFirst(operation); // asked again with the same token: the same update comes back
    }
    return nextOperation();
  }

  private Progress nextOperation() {
    current = todo.poll();
    if (current == null) {
      return finish();
    }
    phase = Phase.CALL;
    return call();
  }

  private Progress call() {
    ResourceRequest desired = desired();
    Optional<Progress.Failed> foreign =
        run.cloud()
            .describe(step.kind(), resourceId)
            .flatMap(
                r ->
                    Ownership.refusal(
                        run.cluster(), step.id(), r, desired.references(), Operation.APPLY));
    if (foreign.isPresent()) {
      return foreign.get();
    }
    ClientToken token =
        ClientTokens.forUpdate(
            run.cluster(),
            step.id(),
            current.name(),
            record.at().toString(),
            RequestAttributes.of(desired).toString());
    run.journal()
        .begin(
            new PendingOperation(
                step.id(),
                PendingOperation.Action.UPDATE,
                token.value(),
                run.now(),
                current.name(),
                ""));
    UpdateResult result =
        run.cloud().update(step.kind(), resourceId, current, desired, run.tagsFor(step), token);
    resourceId = result.resourceId();
    if (result.updateId().isEmpty()) {
      return nextOperation();
    }
    run.journal().updateAccepted(step.id(), result.updateId());
    updateId = result.updateId();
    phase = Phase.AWAIT;
    since = run.now();
    return new Progress.Wait(
        PollSchedule.after(Duration.ZERO),
        "updating (" + current.call() + "), expected in " + Durations.words(typical(current)));
  }

  private Progress await() {
    UpdateStatus status = run.cloud().updateStatus(step.kind(), resourceId, updateId);
    switch (status.state()) {
      case SUCCESSFUL:
        return nextOperation();
      case FAILED:
        run.journal().clearPending(step.id());
        return retrying.failed(
            FailureKind.INVALID,
            current.call() + " on " + resourceId + " failed: " + status.reason());
      default:
        Duration waited = Duration.between(since, run.now());
        if (waited.compareTo(typical(current).multipliedBy(3)) > 0) {
          return retrying.failed(
              FailureKind.UNKNOWN,
              current.call()
                  + " on "
                  + resourceId
                  + " is still in progress after "
                  + Durations.words(waited)
                  + " (it keeps going in AWS; apply again to wait for it)");
        }
        return new Progress.Wait(
            PollSchedule.after(waited),
            "updating (" + current.call() + "), " + Durations.words(waited) + " so far");
    }
  }

  /** Every update went through: the journal now remembers the desired request as the inputs. */
  private Progress finish() {
    Optional<CloudResource> described = run.cloud().describe(step.kind(), resourceId);
    if (described.isEmpty()) {
      return retrying.failed(
          FailureKind.NOT_FOUND, resourceId + " disappeared while it was being updated");
    }
    run.journal()
        .recordPresent(
            step.id(), described.get(), record.generation(), RequestAttributes.of(desired()));
    outputs.put(step.id(), described.get());
    return new Progress.Done(resourceId, true);
  }

  private ResourceRequest desired() {
    return ReplacementNames.named(step.request().build(outputs), record.generation());
  }

  /**
   * How long EKS typically takes (the order of magnitude AWS shows), for progress and the give-up
   * at three times it; the others finish in their call and are never awaited.
   */
  private static Duration typical(UpdateOperation operation) {
    return switch (operation) {
      case NODEGROUP_SCALING, NODEGROUP_LABELS, ADDON_CONFIGURATION -> Duration.ofSeconds(90);
      case CLUSTER_ENDPOINT, CLUSTER_LOGGING -> Duration.ofSeconds(210);
      case CLUSTER_VERSION -> Duration.ofMinutes(10);
      case ADDON_VERSION -> Duration.ofMinutes(2);
      case NODEGROUP_VERSION -> Duration.ofMinutes(15);
      case TAGS, RULE_SOURCE, ROUTE_TARGET, INSTANCE_PROFILE, ENDPOINT_POLICY -> Duration.ZERO;
    };
  }
}
