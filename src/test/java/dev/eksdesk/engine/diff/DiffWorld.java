package dev.eksdesk.engine.diff;

import dev.eksdesk.cloud.CloudAccount;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.engine.SandboxWorld;
import dev.eksdesk.engine.exec.Engine;
import dev.eksdesk.engine.exec.EngineRun;
import dev.eksdesk.engine.exec.EngineSettings;
import dev.eksdesk.engine.exec.RunSummary;
import dev.eksdesk.engine.exec.WorkloadMover;
import dev.eksdesk.engine.journal.ClusterJournal;
import dev.eksdesk.engine.journal.JournalState;
import dev.eksdesk.engine.plan.Plan;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The Sandbox world of the engine tests, driven by specs that change between applies: each apply
 * plans the spec as a diff (refreshing from the account) and executes exactly that diff.
 */
final class DiffWorld {
  static final Map<String, String> TAGS = Map.of("team", "tests");

  final SandboxWorld world;
  final CountingAccount account;
  WorkloadMover mover = WorkloadMover.NONE;
  private ClusterJournal journal;
  private EngineRun run;

  DiffWorld(Path home) {
    this(home, UnaryOperator.identity());
  }

  /** With {@code between} standing between the engine and the Sandbox's account. */
  DiffWorld(Path home, UnaryOperator<CloudAccount> between) {
    this.world = new SandboxWorld(home);
    this.account = new CountingAccount(between.apply(world.account), world.clock::instant);
  }

  Plan plan(ClusterSpec spec, String operator) {
    return SandboxWorld.planner().plan(spec, operator);
  }

  PlanDiff diff(ClusterSpec spec) throws Exception {
    return diff(spec, SandboxWorld.OPERATOR, false);
  }

  PlanDiff diff(ClusterSpec spec, String operator, boolean allowReplace) throws Exception {
    JournalState state =
        world
            .journals
            .read(spec.name())
            .orElse(JournalState.empty(spec.name(), "", world.clock.instant()));
    return new DiffPlanner(account).diff(plan(spec, operator), state, TAGS, allowReplace);
  }

  RunSummary apply(ClusterSpec spec) throws Exception {
    return apply(spec, SandboxWorld.OPERATOR, false);
  }

  /** Plans and applies; the mutation count starts at the apply, after the refresh. */
  RunSummary apply(ClusterSpec spec, String operator, boolean allowReplace) throws Exception {
    start(spec, operator, allowReplace);
    world.clock.runUntilIdle();
    journal.close();
    return run.completion().getNow(null);
  }

  /** Plans and starts the apply without running the clock. */
  void start(ClusterSpec spec, String operator, boolean allowReplace) throws Exception {
    world.clock.revive();
    journal = world.journals.open(spec.name());
    Plan plan = plan(spec, operator);
    PlanDiff diff = new DiffPlanner(account).diff(plan, journal.snapshot(), TAGS, allowReplace);
    account.mutations.clear();
    run =
        new Engine(account, world.clock, EngineSettings.defaults())
            .movingWorkloadsWith(mover)
            .apply(plan, diff, journal, TAGS, world.keyFile);
    run.subscribe(world.events::add);
    run.start();
  }

  /** The process is gone: pending tasks dropped, lock released by the OS. */
  void kill() {
    world.clock.kill();
    journal.close();
  }

  ClusterJournal journal() {
    return journal;
  }

  /** What the account says now about the step's resource, by the journal's id. */
  dev.eksdesk.cloud.CloudResource observed(String cluster, String step) throws Exception {
    var record = world.journals.read(cluster).orElseThrow().steps().get(step);
    return world.account.describe(record.kind(), record.resourceId()).orElseThrow();
  }
}
