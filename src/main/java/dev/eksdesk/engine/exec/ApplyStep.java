package dev.eksdesk.engine.exec;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.FailureKind;
import dev.eksdesk.cloud.LocalKeys;
import dev.eksdesk.cloud.ResourceRequest;
import dev.eksdesk.cloud.ResourceState;
import dev.eksdesk.engine.diff.ReplacementNames;
import dev.eksdesk.engine.diff.RequestAttributes;
import dev.eksdesk.engine.journal.PendingOperation;
import dev.eksdesk.engine.journal.StepRecord;
import dev.eksdesk.engine.plan.KindTiming;
import dev.eksdesk.engine.plan.PollSchedule;
import dev.eksdesk.engine.plan.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Brings one step's resource into being, idempotently: the journal's id is checked first, then the
 * account is searched by tag, and only then is it created, with a client token derived from the
 * step and a pending operation written before the call. Slow kinds are then polled until ready.
 */
final class ApplyStep implements StepWork {
  private enum Phase {
    LOCATE,
    FIND,
    CREATE,
    AWAIT
  }

  private final Step step;
  private final RunContext run;
  private final RunOutputs outputs;
  private final LocalKeys localKeys;
  private final Retrying retrying;
  private final KindTiming timing;
  private Phase phase = Phase.LOCATE;
  private int generation;
  private String resourceId;
  private Instant awaitSince;
  private Instant createdAt;
  private boolean changed;

  ApplyStep(Step step, RunContext run, RunOutputs outputs, LocalKeys localKeys) {
    this.step = step;
    this.run = run;
    this.outputs = outputs;
    this.localKeys = localKeys;
    this.retrying = new Retrying(run, Operation.APPLY);
    this.timing = run.settings().timings().of(step.kind());
  }

  @Override
  public Progress next() {
    try {
      Progress progress =
          switch (phase) {
            case LOCATE -> locate();
            case FIND -> find();
            case CREATE -> create();
            case AWAIT -> await();
          };
      retrying.reset();
      return progress;
    } catch (CloudException e) {
      if (e.kind() == FailureKind.NOT_IMPLEMENTED) {
        run.journal()
            .recordSkipped(
                step.id(),
                step.kind(),
                e.getMessage(),
                generation,
                RequestAttributes.of(request()));
        return new Progress.Skipped(e.getMessage());
      }
      if (phase == Phase.CREATE && e.kind() != FailureKind.UNKNOWN) {
        run.journal().clearPending(step.id()); // AWS answered: the create did not happen
      }
      if (phase == Phase.CREATE) {
        phase = Phase.FIND; // a retry looks again before creating again
      }
      return retrying.onFailure(e);
    }
  }

  /** Checks the resource the journal remembers. */
  private Progress locate() {
    Optional<StepRecord> known =
        run.journal().step(step.id()).filter(r -> r.status() == StepRecord.StepStatus.CREATED);
    generation = run.journal().step(step.id()).map(StepRecord::generation).orElse(0);
    if (known.isEmpty()) {
      phase = Phase.FIND;
      return find();
    }
    StepRecord record = known.get();
    Optional<CloudResource> described = run.cloud().describe(step.kind(), record.resourceId());
    if (described.isEmpty()
        && run.now().isBefore(record.at().plus(run.settings().visibilityDeadline()))) {
      return new Progress.Wait(poll(record.at()), "created moments ago, not visible yet");
    }
    if (described.isEmpty() || isGoing(described.get())) {
      generation = record.generation() + 1; // deleted out of band: create anew, with a new token
      phase = Phase.FIND;
      return find();
    }
    Optional<Progress.Failed> foreign = trusted(described.get());
    if (foreign.isPresent()) {
      return foreign.get();
    }
    resourceId = record.resourceId();
    createdAt = record.at();
    return settle(described.get());
  }

  /** Looks for the resource by its tags (or, for sub-resources, through its parent). */
  private Progress find() {
    ResourceRequest request = request();
    Optional<CloudResource> found =
        run.cloud()
            .find(request, run.tagsFor(step))
            .filter(r -> !run.journal().isReplaced(r.id())) // the old one of a replacement
            // A search that answers what does not carry this step's tags (an emulator ignoring a
            // filter) found nothing of ours: it is left alone and this step's resource is made.
            .filter(r -> trusted(r).isEmpty());
    if (found.isPresent() && !isGoing(found.get())) {
      run.journal()
          .recordPresent(step.id(), found.get(), generation, RequestAttributes.of(request));
      resourceId = found.get().id();
      createdAt = run.now();
      return settle(found.get());
    }
    Optional<PendingOperation> interrupted = run.journal().pending(step.id());
    if (interrupted.isPresent()
        && !step.kind().clientToken()
        && run.now()
            .isBefore(
                interrupted.get().startedAt().plus(run.settings().interruptedCreateGrace()))) {
      // Without a token, creating again could duplicate what the interrupted call made.
      return new Progress.Wait(
          poll(interrupted.get().startedAt()),
          "an interrupted create may still become visible; looking again");
    }
    phase = Phase.CREATE;
    return create();
  }

  private Progress create() {
    ResourceRequest request = localKeys.beforeCreate(request());
    ClientToken token = ClientTokens.forStep(run.cluster(), step.id(), generation);
    run.journal()
        .begin(
            new PendingOperation(
                step.id(), PendingOperation.Action.CREATE, token.value(), run.now()));
    CreateResult result = run.cloud().create(request, token, run.tagsFor(step));
    run.journal()
        .recordPresent(step.id(), result.resource(), generation, RequestAttributes.of(request));
    changed = true;
    resourceId = result.resource().id();
    createdAt = run.now();
    if (!step.kind().asynchronous()) {
      return done(result.resource());
    }
    phase = Phase.AWAIT;
    awaitSince = run.now();
    return new Progress.Wait(
        poll(awaitSince), "creating, expected in " + Durations.words(timing.typicalCreate()));
  }

  /** Polls a slow resource until it is ready, failed, or past its deadline. */
  private Progress await() {
    Optional<CloudResource> described = run.cloud().describe(step.kind(), resourceId);
    if (described.isEmpty()) {
      if (run.now().isBefore(createdAt.plus(run.settings().visibilityDeadline()))) {
        return new Progress.Wait(poll(createdAt), "not visible yet");
      }
      return retrying.failed(
          FailureKind.NOT_FOUND, resourceId + " disappeared while it was being created");
    }
    return settle(described.get());
  }

  private Progress settle(CloudResource resource) {
    switch (resource.state()) {
      case READY:
        if (phase == Phase.AWAIT) {
          run.journal().recordPresent(step.id(), resource, generation);
        }
        return done(resource);
      case FAILED:
        return retrying.failed(
            FailureKind.INVALID,
            step.kind().displayName() + " " + resource.id() + " failed: " + resource.stateReason());
      case DELETING:
      case DELETED:
        return retrying.failed(
            FailureKind.NOT_FOUND, resource.id() + " is being deleted outside Eksdesk");
      default:
        if (awaitSince == null) {
          awaitSince = run.now();
        }
        phase = Phase.AWAIT;
        Duration waited = Duration.between(awaitSince, run.now());
        if (waited.compareTo(timing.createDeadline()) > 0) {
          return retrying.failed(
              FailureKind.UNKNOWN,
              step.kind().displayName()
                  + " "
                  + resource.id()
                  + " is still not ready after "
                  + Durations.words(waited)
                  + " (it keeps going in AWS)");
        }
        return new Progress.Wait(poll(awaitSince), waitWords(resource, waited));
    }
  }

  private Progress done(CloudResource resource) {
    localKeys.confirm(resource);
    outputs.put(step.id(), resource);
    return new Progress.Done(resource.id(), changed);
  }

  /** The request with its parents' ids, named for the step's generation. */
  private ResourceRequest request() {
    return ReplacementNames.named(step.request().build(outputs), generation);
  }

  /** The resource's tags (or, for a sub-resource, its parents) must say it is this step's. */
  private Optional<Progress.Failed> trusted(CloudResource resource) {
    return Ownership.refusal(
        run.cluster(), step.id(), resource, request().references(), Operation.APPLY);
  }

  private static boolean isGoing(CloudResource resource) {
    return resource.state() == ResourceState.DELETING || resource.state() == ResourceState.DELETED;
  }

  /** Counts down to the typical create time, then says how long it has been. */
  private String waitWords(CloudResource resource, Duration waited) {
    Duration left = timing.typicalCreate().minus(waited);
    return left.isNegative() || left.isZero()
        ? stateWords(resource)
            + ", "
            + Durations.words(waited)
            + " so far (it usually takes "
            + Durations.words(timing.typicalCreate())
            + ")"
        : stateWords(resource) + ", expected in " + Durations.words(left);
  }

  private static String stateWords(CloudResource resource) {
    return resource.stateReason().isEmpty() ? "pending" : resource.stateReason();
  }

  private Duration poll(Instant waitingSince) {
    return PollSchedule.after(Duration.between(waitingSince, run.now()));
  }
}
