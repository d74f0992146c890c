package dev.eksdesk.app;

import dev.eksdesk.cloud.sandbox.SandboxAccount;
import dev.eksdesk.cloud.sandbox.SandboxSession;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.SpecFileException;
import dev.eksdesk.domain.spec.SpecYaml;
import dev.eksdesk.engine.exec.Engine;
import dev.eksdesk.engine.exec.EngineRun;
import dev.eksdesk.engine.exec.EngineSettings;
import dev.eksdesk.engine.exec.PrivateKeyFile;
import dev.eksdesk.engine.journal.ClusterJournal;
import dev.eksdesk.engine.journal.JournalLockedException;
import dev.eksdesk.engine.journal.JournalState;
import dev.eksdesk.engine.journal.JournalStore;
import dev.eksdesk.engine.journal.JournalUnreadableException;
import dev.eksdesk.engine.journal.StepRecord;
import dev.eksdesk.engine.plan.ClusterPlanner;
import dev.eksdesk.engine.plan.Plan;
import dev.eksdesk.ui.provisioning.ProvisioningException;
import dev.eksdesk.ui.provisioning.ProvisioningService;
import dev.eksdesk.ui.provisioning.ProvisioningViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Provisioning on the simulated account kept under {@code $EKSDESK_HOME/sandbox}. The spec of each
 * cluster is kept beside its journal, so an interrupted run can be offered for resume.
 */
final class SandboxProvisioning implements ProvisioningService, AutoCloseable {
  /** The sandbox's stand-in for "your own address": a documentation range, never routed. */
  static final String SANDBOX_OPERATOR_CIDR = "198.51.100.7/32";

  private final Path home;
  private final InstanceCatalog catalog;
  private final ClusterPlanner planner;
  private SandboxSession session;

  SandboxProvisioning(Path home, InstanceCatalog catalog) {
    this.home = home;
    this.catalog = catalog;
    this.planner = new ClusterPlanner(catalog);
  }

  @Override
  public Plan plan(ClusterSpec spec) {
    return planner.plan(spec, SANDBOX_OPERATOR_CIDR);
  }

  @Override
  public synchronized EngineRun apply(ClusterSpec spec, double speed) throws ProvisioningException {
    SandboxSession current = session(speed);
    ClusterJournal journal = open(spec.name(), current);
    saveSpec(spec);
    EngineRun run = engine(current).apply(plan(spec), journal, spec.tags(), sandboxKey(spec));
    run.completion().whenComplete((summary, error) -> journal.close());
    return run;
  }

  @Override
  public synchronized EngineRun destroy(ClusterSpec spec, double speed)
      throws ProvisioningException {
    SandboxSession current = session(speed);
    ClusterJournal journal = open(spec.name(), current);
    EngineRun run = engine(current).destroy(plan(spec), journal);
    run.completion().whenComplete((summary, error) -> journal.close());
    return run;
  }

  @Override
  public List<ClusterSpec> unfinished() {
    JournalStore store = new JournalStore(home, java.time.Instant::now);
    List<ClusterSpec> found = new ArrayList<>();
    for (String name : store.clusters()) {
      readSpec(name).filter(spec -> isUnfinished(store, spec)).ifPresent(found::add);
    }
    return found;
  }

  private boolean isUnfinished(JournalStore store, ClusterSpec spec) {
    try {
      Optional<JournalState> state = store.read(spec.name());
      if (state.isEmpty()) {
        return false;
      }
      long created =
          state.get().steps().values().stream()
              .filter(s -> s.status() == StepRecord.StepStatus.CREATED)
              .count();
      boolean destroyed = created == 0;
      return !state.get().pending().isEmpty() || (!destroyed && created < plan(spec).size());
    } catch (JournalUnreadableException e) {
      return true; // the resume will say what is wrong with it and offer the way out
    }
  }

  @Override
  public String accountName() {
    return "the Sandbox";
  }

  /** The account runs work on, at the pace of the last run (the default pace before any run). */
  synchronized SandboxAccount account() {
    return session(speed()).account();
  }

  /** How many times faster than real time the sandbox runs now. */
  synchronized double speed() {
    return session == null ? ProvisioningViewModel.DEFAULT_SPEED : session.speed();
  }

  private SandboxSession session(double speed) {
    double bounded = Math.min(speed, SandboxSession.MAX_SPEED);
    if (session == null || session.speed() != bounded) {
      if (session != null) {
        session.close();
      }
      session = new SandboxSession(home, catalog, bounded);
    }
    return session;
  }

  private Engine engine(SandboxSession current) {
    return new Engine(current.account(), current.scheduler(), EngineSettings.defaults());
  }

  private ClusterJournal open(String cluster, SandboxSession current) throws ProvisioningException {
    JournalStore store = new JournalStore(home, current.scheduler());
    try {
      return store.open(cluster);
    } catch (JournalLockedException e) {
      throw new ProvisioningException(
          e.getMessage(),
          "Another Eksdesk is working on " + cluster + "; close it or wait for it to finish.");
    } catch (JournalUnreadableException e) {
      throw new ProvisioningException(
          e.getMessage(),
          "Run `eksdesk apply <spec> --sandbox --restore-backup` or `--rebuild` to rebuild it from the tags; nothing was deleted.");
    }
  }

  /** The sandbox's key pair is not real: its private key stays in the sandbox's own folder. */
  private PrivateKeyFile sandboxKey(ClusterSpec spec) {
    return new PrivateKeyFile(
        home.resolve("sandbox").resolve("keys").resolve(spec.name() + ".pem"));
  }

  private Path specFile(String cluster) {
    return home.resolve("clusters").resolve(cluster).resolve("spec.yaml");
  }

  private void saveSpec(ClusterSpec spec) {
    try {
      SpecYaml.save(spec, specFile(spec.name()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Optional<ClusterSpec> readSpec(String cluster) {
    Path file = specFile(cluster);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(SpecYaml.load(file));
    } catch (SpecFileException | IOException e) {
      return Optional.empty();
    }
  }

  @Override
  public synchronized void close() {
    if (session != null) {
      session.close();
    }
  }
}
