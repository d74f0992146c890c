package dev.eksdesk.engine.exec;

import dev.eksdesk.cloud.LocalKeys;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.engine.diff.Change;
import dev.eksdesk.engine.diff.ChangeAction;
import dev.eksdesk.engine.diff.DeleteOrder;
import dev.eksdesk.engine.journal.ClusterJournal;
import dev.eksdesk.engine.journal.StepRecord;
import dev.eksdesk.engine.plan.Plan;
import dev.eksdesk.engine.plan.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The work of applying a diff: first the old resources of replacements that must go before their
 * successors exist (dependents first); then every step of the plan in dependency order (located,
 * created, adopted, updated or replaced as its change says); then the remaining deletes, dependents
 * first, once everything that could still use them has moved on. A node group's pods are moved off
 * it (the {@link WorkloadMover}) before it is deleted.
 */
final class DiffGraph {
  private final RunContext run;
  private final DestroyContext known;
  private final StraySweeper sweeper;
  private final WorkloadMover mover;
  private final WorkGraph graph = new WorkGraph();

  private DiffGraph(
      RunContext run, DestroyContext known, StraySweeper sweeper, WorkloadMover mover) {
    this.run = run;
    this.known = known;
    this.sweeper = sweeper;
    this.mover = mover;
  }

  static WorkGraph of(
      Plan plan,
      List<Change> changes,
      RunContext run,
      RunOutputs outputs,
      LocalKeys localKeys,
      DestroyContext known,
      StraySweeper sweeper,
      WorkloadMover mover) {
    return new DiffGraph(run, known, sweeper, mover).build(plan, changes, outputs, localKeys);
  }

  private WorkGraph build(
      Plan plan, List<Change> changes, RunOutputs outputs, LocalKeys localKeys) {
    Map<String, Change> byStep = new HashMap<>();
    changes.forEach(c -> byStep.put(c.step(), c));
    Set<String> deletedFirst =
        changes.stream()
            .filter(c -> c.action() == ChangeAction.REPLACE && c.deleteFirst())
            .map(Change::step)
            .collect(Collectors.toSet());
    List<StepRecord> early = new ArrayList<>();
    List<StepRecord> late = new ArrayList<>();
    for (Change change : changes) {
      StepRecord record = run.journal().step(change.step()).orElse(null);
      if (record == null || record.status() != StepRecord.StepStatus.CREATED) {
        continue;
      }
      if (change.action() == ChangeAction.REPLACE) {
        (change.deleteFirst() ? early : late).add(replaced(record));
      } else if (change.action() == ChangeAction.DELETE) {
        late.add(record);
      }
    }
    // a leaving resource that refers to one deleted early must go before it, hence early too
    List<StepRecord> blocking =
        late.stream()
            .filter(r -> early.stream().anyMatch(e -> DeleteOrder.refersTo(r, e.resourceId())))
            .toList();
    late.removeAll(blocking);
    early.addAll(blocking);

    addDeletes(DeleteOrder.of(early), List.of(), deletedFirst);
    for (Step step : plan.steps()) {
      Change change = byStep.get(step.id());
      ChangeAction action = change == null ? ChangeAction.SAME : change.action();
      List<String> deps = new ArrayList<>(step.dependsOn());
      if (deletedFirst.contains(step.id())) {
        deps.add(step.id() + ClusterJournal.REPLACED_SUFFIX);
      }
      graph.add(
          step.id(),
          step.description(),
          deps,
          () ->
              switch (action) {
                case UPDATE -> new UpdateStep(step, change, run, outputs);
                case REPLACE ->
                    change.deleteFirst()
                        ? new ApplyStep(step, run, outputs, localKeys)
                        : new ReplaceStep(
                            step.id(), run, new ApplyStep(step, run, outputs, localKeys));
                default -> new ApplyStep(step, run, outputs, localKeys);
              });
    }
    addDeletes(DeleteOrder.of(late), plan.steps().stream().map(Step::id).toList(), Set.of());
    return graph;
  }

  /** Deletes in order; each after {@code before} and the earlier ones that refer to it. */
  private void addDeletes(List<StepRecord> records, List<String> before, Set<String> replacing) {
    List<StepRecord> added = new ArrayList<>();
    for (StepRecord record : records) {
      List<String> deps = new ArrayList<>(before);
      added.stream()
          .filter(earlier -> DeleteOrder.refersTo(earlier, record.resourceId()))
          .forEach(earlier -> deps.add(earlier.stepId()));
      Step gone = RecordedDelete.step(record, "Delete");
      String original = record.stepId().replace(ClusterJournal.REPLACED_SUFFIX, "");
      boolean retireFirst = replacing.contains(original);
      graph.add(
          gone.id(),
          gone.description(),
          deps,
          () -> {
            StepWork delete = new DestroyStep(gone, run, known, sweeper);
            if (record.kind() == ResourceKind.EKS_NODEGROUP) {
              delete = new MoveWorkloadsFirst(record, run, mover, delete);
            }
            if (!retireFirst) {
              return delete;
            }
            StepWork finalDelete = delete;
            return new StepWork() {
              private boolean begun;

              @Override
              public Progress next() {
                if (!begun) {
                  run.journal().beginReplacement(original); // its successor comes after
                  begun = true;
                }
                return finalDelete.next();
              }
            };
          });
      added.add(record);
    }
  }

  private static StepRecord replaced(StepRecord r) {
    return new StepRecord(
        r.stepId() + ClusterJournal.REPLACED_SUFFIX,
        r.kind(),
        r.resourceId(),
        r.status(),
        r.inputs(),
        r.outputs(),
        r.generation(),
        r.at());
  }
}
