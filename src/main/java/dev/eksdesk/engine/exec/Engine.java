package dev.eksdesk.engine.exec;

import dev.eksdesk.cloud.CallerIdentity;
import dev.eksdesk.cloud.CloudAccount;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.LocalKeys;
import dev.eksdesk.cloud.Scheduler;
import dev.eksdesk.engine.diff.ChangeAction;
import dev.eksdesk.engine.diff.DeleteOrder;
import dev.eksdesk.engine.diff.PlanDiff;
import dev.eksdesk.engine.journal.ClusterJournal;
import dev.eksdesk.engine.journal.StepRecord;
import dev.eksdesk.engine.plan.Plan;
import dev.eksdesk.engine.plan.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * The provisioning engine: makes runs that apply a plan (creating what is missing, resuming what a
 * crash interrupted) or destroy it (reverse order, sweep, inventory). The caller opens and closes
 * the journal, which holds the cluster's lock for as long as it is open.
 */
public final class Engine {
  static final String DISCOVER = "discover";
  static final String SWEEP = "sweep";
  static final String VERIFY = "verify";

  private final CloudAccount cloud;
  private final Scheduler scheduler;
  private final EngineSettings settings;
  private final WorkloadMover mover;

  public Engine(CloudAccount cloud, Scheduler scheduler, EngineSettings settings) {
    this(cloud, scheduler, settings, WorkloadMover.NONE);
  }

  private Engine(
      CloudAccount cloud, Scheduler scheduler, EngineSettings settings, WorkloadMover mover) {
    this.cloud = cloud;
    this.scheduler = scheduler;
    this.settings = settings;
    this.mover = mover;
  }

  /** This engine, moving the pods off a node group before a diff's apply deletes it. */
  public Engine movingWorkloadsWith(WorkloadMover workloads) {
    return new Engine(cloud, scheduler, settings, workloads);
  }

  /** A run that makes the account match the plan; not started yet. */
  public EngineRun apply(
      Plan plan, ClusterJournal journal, Map<String, String> userTags, LocalKeys localKeys) {
    RunContext run = context(plan, journal, userTags);
    RunOutputs outputs = new RunOutputs(run.caller());
    WorkGraph graph = new WorkGraph();
    for (Step step : plan.steps()) {
      graph.add(
          step.id(),
          step.description(),
          step.dependsOn(),
          () -> new ApplyStep(step, run, outputs, localKeys));
    }
    Instant start = scheduler.instant();
    return new EngineRun(
        scheduler,
        settings.maxParallel(),
        settings.timings(),
        single(graph),
        results ->
            applySummary(plan, results.get(0), Duration.between(start, scheduler.instant())));
  }

  /**
   * A run that applies exactly the diff: the plan's steps created, adopted, updated or replaced as
   * the diff says (unchanged ones located, as a resume does), then the diff's deletes and the old
   * resources of replacements, dependents first.
   */
  public EngineRun apply(
      Plan plan,
      PlanDiff diff,
      ClusterJournal journal,
      Map<String, String> userTags,
      LocalKeys localKeys) {
    RunContext run = context(plan, journal, userTags);
    WorkGraph graph =
        DiffGraph.of(
            plan,
            diff.changes(),
            run,
            new RunOutputs(run.caller()),
            localKeys,
            new DestroyContext(journal, plan, run.caller()),
            new StraySweeper(run, plan),
            mover);
    Instant start = scheduler.instant();
    return new EngineRun(
        scheduler,
        settings.maxParallel(),
        settings.timings(),
        single(graph),
        results ->
            diffSummary(plan, diff, results.get(0), Duration.between(start, scheduler.instant())));
  }

  /** A run that deletes everything the plan made, then whatever else carries the cluster's tags. */
  public EngineRun destroy(Plan plan, ClusterJournal journal) {
    RunContext run = context(plan, journal, Map.of());
    DestroyContext known = new DestroyContext(journal, plan, run.caller());
    StraySweeper sweeper = new StraySweeper(run, plan);
    WorkGraph graph = new WorkGraph();
    graph.add(
        DISCOVER,
        "Find every resource tagged for " + plan.cluster(),
        List.of(),
        () -> InventoryWork.discover(run, id -> plan.find(id).isPresent()));
    List<String> replaced = addReplacedDeletes(graph, run, known, sweeper);
    List<Step> reversed = new ArrayList<>(plan.steps());
    java.util.Collections.reverse(reversed);
    List<String> ungated = new ArrayList<>();
    for (Step step : reversed) {
      if (!DestroyStep.SWEEP_GATED.contains(step.kind())) {
        addDelete(graph, plan, step, replacedOf(step, replaced), run, known, sweeper);
        ungated.add(step.id());
      }
    }
    graph.add(
        SWEEP,
        "Delete strays tagged for " + plan.cluster() + " (ENIs, load balancer groups)",
        ungated.isEmpty() ? List.of(DISCOVER) : ungated,
        () -> sweeper.asStep(run));
    for (Step step : reversed) {
      if (DestroyStep.SWEEP_GATED.contains(step.kind())) {
        List<String> extra = new ArrayList<>(List.of(SWEEP));
        extra.addAll(replacedOf(step, replaced));
        addDelete(graph, plan, step, extra, run, known, sweeper);
      }
    }
    AtomicReference<List<CloudResource>> leftovers = new AtomicReference<>(List.of());
    WorkGraph verify =
        new WorkGraph()
            .add(
                VERIFY,
                "List what is left",
                List.of(),
                () -> InventoryWork.verify(run, leftovers::set));
    Instant start = scheduler.instant();
    EngineRun.Phase last = phase(verify, null);
    return new EngineRun(
        scheduler,
        settings.maxParallel(),
        settings.timings(),
        phase(graph, last),
        results ->
            destroySummary(
                plan, results, leftovers.get(), Duration.between(start, scheduler.instant())));
  }

  /**
   * The old resources of an interrupted replacement go first (dependents first), and each step's
   * own delete waits for its old one, so the parents they share go last.
   */
  private static List<String> addReplacedDeletes(
      WorkGraph graph, RunContext run, DestroyContext known, StraySweeper sweeper) {
    List<StepRecord> old =
        run.journal().snapshot().steps().values().stream()
            .filter(r -> r.stepId().endsWith(ClusterJournal.REPLACED_SUFFIX))
            .filter(r -> r.status() == StepRecord.StepStatus.CREATED)
            .toList();
    List<String> added = new ArrayList<>();
    List<StepRecord> done = new ArrayList<>();
    for (StepRecord record : DeleteOrder.of(old)) {
      List<String> deps = new ArrayList<>(List.of(DISCOVER));
      done.stream()
          .filter(earlier -> DeleteOrder.refersTo(earlier, record.resourceId()))
          .forEach(earlier -> deps.add(earlier.stepId()));
      Step gone = RecordedDelete.step(record, "Delete the replaced");
      graph.add(
          gone.id(), gone.description(), deps, () -> new DestroyStep(gone, run, known, sweeper));
      added.add(gone.id());
      done.add(record);
    }
    return added;
  }

  private static List<String> replacedOf(Step step, List<String> replaced) {
    String old = step.id() + ClusterJournal.REPLACED_SUFFIX;
    return replaced.contains(old) ? List.of(old) : List.of();
  }

  private void addDelete(
      WorkGraph graph,
      Plan plan,
      Step step,
      List<String> extra,
      RunContext run,
      DestroyContext known,
      StraySweeper sweeper) {
    List<String> deps = new ArrayList<>(List.of(DISCOVER));
    deps.addAll(extra);
    deps.addAll(plan.dependents(step.id()));
    graph.add(
        step.id(),
        "Delete: " + step.description(),
        deps,
        () -> new DestroyStep(step, run, known, sweeper));
  }

  private RunContext context(Plan plan, ClusterJournal journal, Map<String, String> userTags) {
    CallerIdentity caller = cloud.callerIdentity();
    return new RunContext(
        plan.cluster(),
        cloud,
        journal,
        scheduler,
        settings,
        caller,
        Map.copyOf(userTags),
        new Random(settings.seed()));
  }

  private static EngineRun.Phase single(WorkGraph graph) {
    return phase(graph, null);
  }

  private static EngineRun.Phase phase(WorkGraph graph, EngineRun.Phase next) {
    return new EngineRun.Phase() {
      @Override
      public WorkGraph graph() {
        return graph;
      }

      @Override
      public EngineRun.Phase after(DagWalker.Result result) {
        return next;
      }
    };
  }

  private static RunSummary applySummary(Plan plan, DagWalker.Result result, Duration elapsed) {
    List<String> succeeded = result.with(DagWalker.NodeResult.SUCCEEDED);
    List<String> failed = result.with(DagWalker.NodeResult.FAILED);
    List<String> skipped = result.with(DagWalker.NodeResult.SKIPPED);
    int changed = (int) succeeded.stream().filter(id -> result.changed().get(id)).count();
    int unchanged = succeeded.size() - changed;
    RunOutcome outcome = outcome(result.cancelled(), failed);
    String message =
        switch (outcome) {
          case SUCCEEDED ->
              String.format(
                  "Cluster %s is ready: %d steps (%d created, %d already there%s) in %s.",
                  plan.cluster(),
                  plan.size(),
                  changed,
                  unchanged,
                  notImplemented(skipped),
                  Durations.words(elapsed));
          case FAILED ->
              String.format(
                  "%d step(s) failed (%s) and %d were skipped; nothing was rolled back. Fix the cause"
                      + " and apply again to continue, or destroy.",
                  failed.size(), String.join(", ", failed), skipped.size());
          case CANCELLED ->
              String.format(
                  "Cancelled: %d steps done, %d not run. Apply again to continue, or destroy.",
                  succeeded.size(), skipped.size());
        };
    return new RunSummary(
        Operation.APPLY, outcome, changed, unchanged, failed, skipped, elapsed, List.of(), message);
  }

  /** In a run that succeeded, skipped steps are those the endpoint does not implement. */
  private static String notImplemented(List<String> skipped) {
    return skipped.isEmpty()
        ? ""
        : String.format(
            ", %d skipped as the endpoint does not implement them: %s",
            skipped.size(), String.join(", ", skipped));
  }

  private static RunSummary diffSummary(
      Plan plan, PlanDiff diff, DagWalker.Result result, Duration elapsed) {
    RunSummary applied = applySummary(plan, result, elapsed);
    List<String> succeeded = result.with(DagWalker.NodeResult.SUCCEEDED);
    java.util.function.Function<ChangeAction, Long> done =
        action ->
            diff.with(action).stream()
                .filter(c -> succeeded.contains(c.step()) && result.changed().get(c.step()))
                .count();
    long updated = done.apply(ChangeAction.UPDATE);
    long replaced = done.apply(ChangeAction.REPLACE);
    long deleted =
        succeeded.stream()
            .filter(id -> plan.find(id).isEmpty() && result.changed().get(id))
            .count();
    int created = (int) (applied.changed() - updated - replaced - deleted);
    if (applied.outcome() != RunOutcome.SUCCEEDED) {
      return applied;
    }
    int unchanged =
        plan.size() - created - (int) updated - (int) replaced - applied.skipped().size();
    String message =
        String.format(
            "Cluster %s is ready: %d steps (%d created, %d already there%s%s) in %s.",
            plan.cluster(),
            plan.size(),
            created,
            unchanged,
            updated + replaced + deleted == 0
                ? ""
                : String.format(
                    ", %d updated, %d replaced, %d deleted", updated, replaced, deleted),
            notImplemented(applied.skipped()),
            Durations.words(elapsed));
    return new RunSummary(
        Operation.APPLY,
        RunOutcome.SUCCEEDED,
        applied.changed(),
        applied.unchanged(),
        applied.failed(),
        applied.skipped(),
        elapsed,
        List.of(),
        message);
  }

  private static RunSummary destroySummary(
      Plan plan, List<DagWalker.Result> results, List<CloudResource> leftovers, Duration elapsed) {
    List<String> failed = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    int changed = 0;
    int unchanged = 0;
    boolean cancelled = false;
    for (DagWalker.Result result : results) {
      failed.addAll(result.with(DagWalker.NodeResult.FAILED));
      skipped.addAll(result.with(DagWalker.NodeResult.SKIPPED));
      cancelled |= result.cancelled();
      for (String id : result.with(DagWalker.NodeResult.SUCCEEDED)) {
        if (plan.find(id).isPresent()) {
          if (result.changed().get(id)) {
            changed++;
          } else {
            unchanged++;
          }
        }
      }
    }
    boolean verified = results.size() == 2 && !skipped.contains(VERIFY) && !failed.contains(VERIFY);
    RunOutcome outcome =
        outcome(cancelled, failed).equals(RunOutcome.SUCCEEDED) && verified && leftovers.isEmpty()
            ? RunOutcome.SUCCEEDED
            : cancelled ? RunOutcome.CANCELLED : RunOutcome.FAILED;
    String message;
    if (!verified) {
      message = "Could not list what is left; run destroy again to finish and check.";
    } else if (leftovers.isEmpty()) {
      message =
          "Nothing left that costs money: no resource tagged for " + plan.cluster() + " remains.";
    } else {
      message =
          "Left behind ("
              + leftovers.size()
              + "): "
              + leftovers.stream()
                  .map(
                      r ->
                          r.kind().displayName()
                              + " "
                              + r.id()
                              + (r.kind().costsMoney() ? " (costs money)" : ""))
                  .collect(Collectors.joining("; "))
              + ". Run destroy again, or delete them in the console.";
    }
    return new RunSummary(
        Operation.DESTROY,
        outcome,
        changed,
        unchanged,
        failed,
        skipped,
        elapsed,
        leftovers,
        message);
  }

  private static RunOutcome outcome(boolean cancelled, List<String> failed) {
    return cancelled
        ? RunOutcome.CANCELLED
        : failed.isEmpty() ? RunOutcome.SUCCEEDED : RunOutcome.FAILED;
  }
}
