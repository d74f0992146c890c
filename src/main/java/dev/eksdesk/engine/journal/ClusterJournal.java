package dev.eksdesk.engine.journal;

import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.ResourceKind;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One cluster's journal, held open (and locked) while a run works on it. Every change is written
 * through at once, so what is on disk is never behind a cloud call that already happened.
 */
public final class ClusterJournal implements AutoCloseable {
  /** The journal key of a resource being replaced, kept until the old one is deleted. */
  public static final String REPLACED_SUFFIX = "@replaced";

  private final InstantSource clock;
  private final JournalWriter writer;
  private final Runnable onClose;
  private JournalState state;

  ClusterJournal(JournalState state, InstantSource clock, JournalWriter writer, Runnable onClose) {
    this.state = state;
    this.clock = clock;
    this.writer = writer;
    this.onClose = onClose;
  }

  /** A journal that lives only in memory (benchmarks, plans that are never applied). */
  public static ClusterJournal inMemory(String cluster, InstantSource clock) {
    return new ClusterJournal(
        JournalState.empty(cluster, "", clock.instant()), clock, JournalWriter.none(), () -> {});
  }

  public synchronized JournalState snapshot() {
    return state;
  }

  public synchronized Optional<StepRecord> step(String stepId) {
    return Optional.ofNullable(state.steps().get(stepId));
  }

  public synchronized Optional<PendingOperation> pending(String stepId) {
    return state.pending().stream().filter(p -> p.stepId().equals(stepId)).findFirst();
  }

  /** Written before a mutating call. */
  public synchronized void begin(PendingOperation operation) {
    List<PendingOperation> pending = withoutPending(operation.stepId());
    pending.add(operation);
    save(state.steps(), pending);
  }

  /**
   * The step's resource exists (created now, or found), made from {@code inputs}; clears its
   * pending operation.
   */
  public synchronized void recordPresent(
      String stepId, CloudResource resource, int generation, Map<String, String> inputs) {
    Map<String, StepRecord> steps = new LinkedHashMap<>(state.steps());
    steps.put(
        stepId,
        new StepRecord(
            stepId,
            resource.kind(),
            resource.id(),
            StepRecord.StepStatus.CREATED,
            inputs,
            resource.attributes(),
            generation,
            clock.instant()));
    save(steps, withoutPending(stepId));
  }

  /**
   * The endpoint does not implement the step's operation: recorded as skipped with {@code reason}
   * and the request it was asked with; clears its pending operation.
   */
  public synchronized void recordSkipped(
      String stepId, ResourceKind kind, String reason, int generation, Map<String, String> inputs) {
    Map<String, StepRecord> steps = new LinkedHashMap<>(state.steps());
    steps.put(
        stepId,
        new StepRecord(
            stepId,
            kind,
            "",
            StepRecord.StepStatus.SKIPPED,
            inputs,
            Map.of(StepRecord.SKIPPED_REASON, reason),
            generation,
            clock.instant()));
    save(steps, withoutPending(stepId));
  }

  /** As {@link #recordPresent(String, CloudResource, int, Map)}, keeping the recorded inputs. */
  public synchronized void recordPresent(String stepId, CloudResource resource, int generation) {
    recordPresent(
        stepId, resource, generation, step(stepId).map(StepRecord::inputs).orElse(Map.of()));
  }

  /** An asynchronous update was accepted under {@code updateId}: a resumed run polls that one. */
  public synchronized void updateAccepted(String stepId, String updateId) {
    PendingOperation old = pending(stepId).orElseThrow();
    List<PendingOperation> pending = withoutPending(stepId);
    pending.add(
        new PendingOperation(
            stepId, old.action(), old.clientToken(), old.startedAt(), old.operation(), updateId));
    save(state.steps(), pending);
  }

  /**
   * The step's resource is about to be replaced: the old one is kept under {@code stepId +
   * REPLACED_SUFFIX} until it is deleted, and the step's next generation is created.
   */
  public synchronized void beginReplacement(String stepId) {
    StepRecord old = state.steps().get(stepId);
    if (old == null || old.status() != StepRecord.StepStatus.CREATED) {
      return; // already begun by an interrupted run
    }
    Map<String, StepRecord> steps = new LinkedHashMap<>(state.steps());
    steps.put(
        stepId + REPLACED_SUFFIX,
        new StepRecord(
            stepId + REPLACED_SUFFIX,
            old.kind(),
            old.resourceId(),
            old.status(),
            old.inputs(),
            old.outputs(),
            old.generation(),
            old.at()));
    steps.put(
        stepId,
        new StepRecord(
            stepId,
            old.kind(),
            old.resourceId(),
            StepRecord.StepStatus.DELETED,
            Map.of(),
            Map.of(),
            old.generation() + 1,
            clock.instant()));
    save(steps, state.pending());
  }

  /** Whether {@code resourceId} is an old resource waiting to be deleted after a replacement. */
  public synchronized boolean isReplaced(String resourceId) {
    return state.steps().values().stream()
        .anyMatch(
            r ->
                r.stepId().endsWith(REPLACED_SUFFIX)
                    && r.status() == StepRecord.StepStatus.CREATED
                    && r.resourceId().equals(resourceId));
  }

  /** The account said the step's resource is gone; clears its pending operation. */
  public synchronized void recordDeleted(String stepId) {
    Map<String, StepRecord> steps = new LinkedHashMap<>(state.steps());
    StepRecord old = steps.get(stepId);
    if (old != null) {
      steps.put(
          stepId,
          new StepRecord(
              stepId,
              old.kind(),
              old.resourceId(),
              StepRecord.StepStatus.DELETED,
              old.inputs(),
              old.outputs(),
              old.generation(),
              clock.instant()));
    }
    save(steps, withoutPending(stepId));
  }

  public synchronized void clearPending(String stepId) {
    if (pending(stepId).isPresent()) {
      save(state.steps(), withoutPending(stepId));
    }
  }

  private List<PendingOperation> withoutPending(String stepId) {
    List<PendingOperation> pending = new ArrayList<>(state.pending());
    pending.removeIf(p -> p.stepId().equals(stepId));
    return pending;
  }

  private void save(Map<String, StepRecord> steps, List<PendingOperation> pending) {
    JournalState next =
        new JournalState(
            JournalState.FORMAT,
            state.serial() + 1,
            state.cluster(),
            state.region(),
            clock.instant(),
            steps,
            pending);
    writer.write(next);
    state = next;
  }

  /** Releases the lock; the journal stays on disk. */
  @Override
  public void close() {
    onClose.run();
  }
}
