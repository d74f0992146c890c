package dev.eksdesk.engine.exec;

import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.FailureKind;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceState;
import dev.eksdesk.engine.journal.PendingOperation;
import dev.eksdesk.engine.journal.StepRecord;
import dev.eksdesk.engine.plan.KindTiming;
import dev.eksdesk.engine.plan.PollSchedule;
import dev.eksdesk.engine.plan.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Deletes one step's resource: "not found" counts as deleted, "still in use" is retried until a
 * deadline (sweeping strays first, for the network kinds they block), and the step succeeds only
 * once the account no longer lists the resource.
 */
final class DestroyStep implements StepWork {
  /** Kinds that stray ENIs and load balancer groups keep from being deleted. */
  static final Set<ResourceKind> SWEEP_GATED =
      Set.of(
          ResourceKind.SUBNET,
          ResourceKind.SECURITY_GROUP,
          ResourceKind.INTERNET_GATEWAY,
          ResourceKind.VPC);

  private enum Phase {
    LOCATE,
    DELETE,
    CONFIRM
  }

  private final Step step;
  private final RunContext run;
  private final DestroyContext known;
  private final StraySweeper sweeper;
  private final Retrying retrying;
  private final BlockedDelete blocked;
  private final KindTiming timing;
  private Phase phase = Phase.LOCATE;
  private String resourceId;
  private Instant deleteSince;

  DestroyStep(Step step, RunContext run, DestroyContext known, StraySweeper sweeper) {
    this.step = step;
    this.run = run;
    this.known = known;
    this.sweeper = sweeper;
    this.retrying = new Retrying(run, Operation.DESTROY);
    this.blocked = new BlockedDelete(run, step.kind());
    this.timing = run.settings().timings().of(step.kind());
  }

  @Override
  public Progress next() {
    try {
      Progress progress =
          switch (phase) {
            case LOCATE -> locate();
            case DELETE -> delete();
            case CONFIRM -> confirm();
          };
      retrying.reset();
      return progress;
    } catch (CloudException e) {
      if (e.kind() == FailureKind.DEPENDENCY_VIOLATION && SWEEP_GATED.contains(step.kind())) {
        sweeper.sweepQuietly();
        return blocked.onRefused(e, resourceId, retrying);
      }
      return retrying.onFailure(e);
    }
  }

  private Progress locate() {
    Optional<String> id = knownId();
    if (id.isEmpty()) {
      return new Progress.Done("", false);
    }
    resourceId = id.get();
    Optional<Progress.Failed> foreign = Ownership.beforeDelete(run, step, resourceId);
    if (foreign.isPresent()) {
      return foreign.get();
    }
    phase = Phase.DELETE;
    return delete();
  }

  /** The journal's id, the id tag discovery found, or (sub-resources) what the parent lists. */
  private Optional<String> knownId() {
    Optional<StepRecord> record = run.journal().step(step.id());
    if (record.isPresent()) {
      return record.get().status() == StepRecord.StepStatus.CREATED
          ? Optional.of(record.get().resourceId())
          : Optional.empty();
    }
    if (step.kind().taggable()) {
      return Optional.empty(); // discovery has already put every tagged resource in the journal
    }
    try {
      return run.cloud()
          .find(step.request().build(known), run.tagsFor(step))
          .map(CloudResource::id);
    } catch (RunOutputs.MissingResourceException e) {
      return Optional.empty(); // its parent does not exist, so neither does it
    }
  }

  private Progress delete() {
    if (deleteSince == null) {
      deleteSince = run.now();
    }
    run.journal()
        .begin(new PendingOperation(step.id(), PendingOperation.Action.DELETE, "", run.now()));
    try {
      run.cloud().delete(step.kind(), resourceId);
    } catch (CloudException e) {
      if (e.kind() != FailureKind.NOT_FOUND) {
        run.journal().clearPending(step.id());
        throw e;
      }
      run.journal().recordDeleted(step.id());
      return new Progress.Done(resourceId, false);
    }
    if (!step.kind().taggable()) {
      run.journal().recordDeleted(step.id()); // sub-resources are gone when the call returns
      return new Progress.Done(resourceId, true);
    }
    phase = Phase.CONFIRM;
    return confirm();
  }

  /** Deleted only when the account says so. */
  private Progress confirm() {
    Optional<CloudResource> described = run.cloud().describe(step.kind(), resourceId);
    if (described.isEmpty() || described.get().state() == ResourceState.DELETED) {
      run.journal().recordDeleted(step.id());
      return new Progress.Done(resourceId, true);
    }
    CloudResource resource = described.get();
    if (resource.state() == ResourceState.FAILED) {
      return retrying.failed(
          FailureKind.UNKNOWN,
          "AWS reports DELETE_FAILED for " + resourceId + ": " + resource.stateReason());
    }
    Duration waited = Duration.between(deleteSince, run.now());
    if (waited.compareTo(timing.deleteDeadline()) > 0) {
      return retrying.failed(
          FailureKind.UNKNOWN,
          resourceId + " is still " + resource.state() + " after " + Durations.words(waited));
    }
    return new Progress.Wait(
        PollSchedule.after(waited), "deleting, " + Durations.words(waited) + " so far");
  }
}
