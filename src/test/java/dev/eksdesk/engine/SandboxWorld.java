package dev.eksdesk.engine;

import dev.eksdesk.cloud.PrivateKeyFile;
import dev.eksdesk.cloud.ResourceTags;
import dev.eksdesk.cloud.TagQuery;
import dev.eksdesk.cloud.sandbox.SandboxAccount;
import dev.eksdesk.cloud.sandbox.SandboxFaultKnobs;
import dev.eksdesk.cloud.sandbox.SandboxTimings;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.net.Ipv4Cidr;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.NetworkSpec;
import dev.eksdesk.engine.exec.Engine;
import dev.eksdesk.engine.exec.EngineEvent;
import dev.eksdesk.engine.exec.EngineRun;
import dev.eksdesk.engine.exec.EngineSettings;
import dev.eksdesk.engine.exec.RunSummary;
import dev.eksdesk.engine.exec.VirtualScheduler;
import dev.eksdesk.engine.journal.ClusterJournal;
import dev.eksdesk.engine.journal.JournalStore;
import dev.eksdesk.engine.plan.ClusterPlanner;
import dev.eksdesk.engine.plan.Plan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A sandbox account, a journal folder and a virtual clock: the engine's test world. A "process" is
 * an engine plus an open journal; {@link #kill()} drops it the way a crash would.
 */
public final class SandboxWorld {
  public static final String OPERATOR = "203.0.113.10/32";
  private static final InstanceCatalog CATALOG = InstanceCatalog.bundled();

  public final VirtualScheduler clock;
  public final SandboxFaultKnobs faults;
  public final SandboxAccount account;
  public final JournalStore journals;
  public final Plan plan;
  public final List<EngineEvent> events = new ArrayList<>();
  public final PrivateKeyFile keyFile;
  private ClusterJournal journal;
  private EngineRun run;

  public SandboxWorld(Path home) {
    this(home, DefaultSpecs.firstCluster());
  }

  public SandboxWorld(Path home, ClusterSpec spec) {
    this.clock = VirtualScheduler.atEpoch();
    this.faults = SandboxFaultKnobs.off();
    this.account = SandboxAccount.inMemory(clock, CATALOG, SandboxTimings.realistic(), faults);
    this.journals = new JournalStore(home, clock);
    this.keyFile = new PrivateKeyFile(home.resolve("keys").resolve(spec.name() + ".pem"));
    this.plan = new ClusterPlanner(CATALOG).plan(spec, OPERATOR);
  }

  private SandboxWorld(SandboxWorld sharing, ClusterSpec spec) {
    this.clock = sharing.clock;
    this.faults = sharing.faults;
    this.account = sharing.account;
    this.journals = sharing.journals;
    this.keyFile = new PrivateKeyFile(sharing.keyFile.file().resolveSibling(spec.name() + ".pem"));
    this.plan = new ClusterPlanner(CATALOG).plan(spec, OPERATOR);
  }

  /** Another cluster in the same account, on the same clock, with its journal beside this one's. */
  public SandboxWorld another(ClusterSpec spec) {
    return new SandboxWorld(this, spec);
  }

  /** The default spec under another name, in its own VPC range {@code 10.<second>.0.0/16}. */
  public static ClusterSpec distinctCluster(String name, int second) {
    ClusterSpec base = DefaultSpecs.forName(name);
    NetworkSpec network = base.network();
    String vpc = "10." + second + ".0.0/16";
    return base.withNetwork(
        new NetworkSpec(
            vpc,
            network.zones(),
            DefaultSpecs.subnets(
                Ipv4Cidr.parse(vpc),
                network.zones(),
                DefaultSpecs.PUBLIC_PREFIX,
                DefaultSpecs.PRIVATE_PREFIX),
            network.natMode(),
            network.bastion(),
            network.worker(),
            network.storage(),
            network.cloudTrail()));
  }

  public static ClusterPlanner planner() {
    return new ClusterPlanner(CATALOG);
  }

  /** Opens the journal and starts an apply; returns without running the clock. */
  public EngineRun startApply() throws Exception {
    clock.revive();
    journal = journals.open(plan.cluster());
    run = engine().apply(plan, journal, Map.of("team", "tests"), keyFile);
    return started(run);
  }

  public EngineRun startDestroy() throws Exception {
    clock.revive();
    journal = journals.open(plan.cluster());
    run = engine().destroy(plan, journal);
    return started(run);
  }

  /** Runs the clock until the run ends (or the process "dies"), then closes the journal. */
  public RunSummary finish() {
    clock.runUntilIdle();
    journal.close();
    return run.completion().getNow(null);
  }

  public RunSummary apply() throws Exception {
    startApply();
    return finish();
  }

  public RunSummary destroy() throws Exception {
    startDestroy();
    return finish();
  }

  /** The process is gone: pending tasks dropped, lock released by the OS. */
  public void kill() {
    clock.kill();
    journal.close();
  }

  /** Live resources of every kind, counted by kind: the whole account, for duplicate checks. */
  public Map<dev.eksdesk.cloud.ResourceKind, Long> kindCounts() {
    return account.everything().stream()
        .collect(
            java.util.stream.Collectors.groupingBy(
                dev.eksdesk.cloud.CloudResource::kind,
                java.util.TreeMap::new,
                java.util.stream.Collectors.counting()));
  }

  /** Live resources tagged for the cluster by Eksdesk. */
  public int tagged() {
    return account.resourceCount(
        TagQuery.anyOf(List.of(TagQuery.Match.value(ResourceTags.CLUSTER, plan.cluster()))));
  }

  /** Live resources carrying this step's tag: more than one is a duplicate. */
  public int withStep(String stepId) {
    return account.resourceCount(
        TagQuery.anyOf(List.of(TagQuery.Match.value(ResourceTags.STEP, stepId))));
  }

  /** Live resources owned by the cluster in any way (ours, the CNI's, the LB controller's). */
  public int owned() {
    return account.resourceCount(ResourceTags.ownedBy(plan.cluster()));
  }

  public <T extends EngineEvent> List<T> events(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  private Engine engine() {
    return new Engine(account, clock, EngineSettings.defaults());
  }

  private EngineRun started(EngineRun started) {
    started.subscribe(events::add);
    started.start();
    return started;
  }
}
