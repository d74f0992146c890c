package dev.eksdesk.engine.exec;

import dev.eksdesk.engine.diff.Change;
import dev.eksdesk.engine.diff.ChangeAction;
import dev.eksdesk.engine.journal.ClusterJournal;
import dev.eksdesk.engine.journal.StepRecord;
import dev.eksdesk.engine.plan.Plan;
import dev.eksdesk.engine.plan.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The work of applying a diff: every step of the plan in dependency order (located, created,
 * adopted, updated or replaced as its change says), then the deletes, dependents first, once
 * everything that could still use them has moved on.
 */
final class DiffGraph {
  private DiffGraph() {}

  static WorkGraph of(
      Plan plan,
      List<Change> changes,
      RunContext run,
      RunOutputs outputs,
      SecretSink secrets,
      DestroyContext known,
      StraySweeper sweeper) {
    Map<String, Change> byStep = new java.util.HashMap<>();
    changes.forEach(c -> byStep.put(c.step(), c));
    WorkGraph graph = new WorkGraph();
    for (Step step : plan.steps()) {
      Change change = byStep.get(step.id());
      ChangeAction action = change == null ? ChangeAction.SAME : change.action();
      graph.add(
          step.id(),
          step.description(),
          step.dependsOn(),
          () ->
              switch (action) {
                case UPDATE -> new UpdateStep(step, change, run, outputs);
                case REPLACE ->
                    new ReplaceStep(step.id(), run, new ApplyStep(step, run, outputs, secrets));
                default -> new ApplyStep(step, run, outputs, secrets);
              });
    }
    List<String> applied = plan.steps().stream().map(Step::id).toList();
    List<StepRecord> leaving = leaving(changes, run.journal());
    List<StepRecord> added = new ArrayList<>();
    for (StepRecord record : leaving) {
      List<String> deps = new ArrayList<>(applied);
      added.stream()
          .filter(earlier -> refersTo(earlier, record.resourceId()))
          .forEach(earlier -> deps.add(earlier.stepId()));
      Step gone =
          new Step(
              record.stepId(),
              record.kind(),
              "Delete " + record.kind().displayName() + " " + record.resourceId(),
              List.of(),
              Map.of(),
              context -> {
                throw new IllegalStateException(record.stepId() + " is deleted, never built");
              });
      graph.add(
          gone.id(), gone.description(), deps, () -> new DestroyStep(gone, run, known, sweeper));
      added.add(record);
    }
    return graph;
  }

  /**
   * What goes: the steps no longer in the spec, and the old resources of replacements, ordered so
   * that one goes before anything it refers to.
   */
  private static List<StepRecord> leaving(List<Change> changes, ClusterJournal journal) {
    List<StepRecord> pool = new ArrayList<>();
    for (Change change : changes) {
      if (change.action() == ChangeAction.DELETE) {
        journal.step(change.step()).ifPresent(pool::add);
      } else if (change.action() == ChangeAction.REPLACE) {
        journal
            .step(change.step())
            .filter(r -> r.status() == StepRecord.StepStatus.CREATED)
            .map(
                r ->
                    new StepRecord(
                        r.stepId() + ClusterJournal.REPLACED_SUFFIX,
                        r.kind(),
                        r.resourceId(),
                        r.status(),
                        r.inputs(),
                        r.outputs(),
                        r.generation(),
                        r.at()))
            .ifPresent(pool::add);
      }
    }
    List<StepRecord> ordered = new ArrayList<>();
    while (!pool.isEmpty()) {
      StepRecord next =
          pool.stream()
              .filter(
                  candidate ->
                      pool.stream()
                          .filter(other -> other != candidate)
                          .noneMatch(other -> refersTo(other, candidate.resourceId())))
              .findFirst()
              .orElse(pool.get(0));
      pool.remove(next);
      ordered.add(next);
    }
    return ordered;
  }

  private static boolean refersTo(StepRecord record, String resourceId) {
    return record.inputs().values().stream()
        .anyMatch(v -> Arrays.asList(v.split(",")).contains(resourceId));
  }
}
