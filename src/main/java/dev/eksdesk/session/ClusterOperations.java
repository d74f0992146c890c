package dev.eksdesk.session;

import dev.eksdesk.cloud.AccountSession;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.ResourceTags;
import dev.eksdesk.cloud.StateObjects;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.SpecFileException;
import dev.eksdesk.domain.spec.SpecYaml;
import dev.eksdesk.domain.spec.StateLocation;
import dev.eksdesk.engine.diff.DiffPlanner;
import dev.eksdesk.engine.diff.PlanChangedException;
import dev.eksdesk.engine.diff.PlanDiff;
import dev.eksdesk.engine.diff.PlanRefusedException;
import dev.eksdesk.engine.exec.Engine;
import dev.eksdesk.engine.exec.EngineRun;
import dev.eksdesk.engine.exec.EngineSettings;
import dev.eksdesk.engine.exec.WorkloadMover;
import dev.eksdesk.engine.journal.ClusterJournal;
import dev.eksdesk.engine.journal.JournalLockedException;
import dev.eksdesk.engine.journal.JournalState;
import dev.eksdesk.engine.journal.JournalStore;
import dev.eksdesk.engine.journal.JournalUnreadableException;
import dev.eksdesk.engine.journal.SharedState;
import dev.eksdesk.engine.journal.StepRecord;
import dev.eksdesk.engine.plan.ClusterPlanner;
import dev.eksdesk.engine.plan.Plan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Apply and destroy of clusters in one account: the plan, the journal, the spec kept beside it (so
 * a destroy or a resume needs only the name), and the engine run. Shared by the app and the CLI.
 */
public final class ClusterOperations {
  /** How to open a journal: as it is, from its backup, or rebuilt from the tags. */
  @FunctionalInterface
  public interface JournalOpener {
    ClusterJournal open(JournalStore store, String cluster)
        throws JournalLockedException, JournalUnreadableException;
  }

  private final Path folder;
  private final AccountSession session;
  private final ClusterPlanner planner;
  private final WorkloadMover mover;

  public ClusterOperations(Path home, InstanceCatalog catalog, AccountSession session) {
    this(
        session.dataFolder(home),
        session,
        new ClusterPlanner(session.catalog(catalog)),
        WorkloadMover.NONE);
  }

  private ClusterOperations(
      Path folder, AccountSession session, ClusterPlanner planner, WorkloadMover mover) {
    this.folder = folder;
    this.session = session;
    this.planner = planner;
    this.mover = mover;
  }

  /**
   * These operations, moving the pods off a node group (cordon, evictions within disruption
   * budgets) before an apply deletes it: a node group replaced create before destroy.
   */
  public ClusterOperations movingWorkloadsWith(WorkloadMover workloads) {
    return new ClusterOperations(folder, session, planner, workloads);
  }

  public Plan plan(ClusterSpec spec) {
    return planner.plan(spec, session.operatorCidr());
  }

  /**
   * A prepared apply (not started); the journal closes when the run completes.
   *
   * @throws SpecRefusedException when the account says no before anything is created
   */
  public EngineRun apply(ClusterSpec spec, JournalOpener opener)
      throws JournalLockedException, JournalUnreadableException, IOException, SpecRefusedException {
    List<String> problems = session.problemsWith(spec);
    if (!problems.isEmpty()) {
      throw new SpecRefusedException(problems);
    }
    ClusterJournal journal = opener.open(journals(spec, "apply"), spec.name());
    SpecYaml.save(spec, specFile(spec.name()));
    EngineRun run = engine().apply(plan(spec), journal, spec.tags(), session.localKeys(spec));
    run.releaseAtEnd(journal::close);
    return run;
  }

  /**
   * The plan as a diff against what the journal recorded and the account holds now (a refresh:
   * every recorded resource is described). Reads only; "my-ip" is this session's address.
   *
   * @param allowReplace whether replacing a VPC, a subnet or the cluster may be planned
   */
  public PlanDiff diff(ClusterSpec spec, boolean allowReplace)
      throws JournalUnreadableException, PlanRefusedException {
    JournalState recorded =
        journals(spec, "plan")
            .read(spec.name())
            .orElseGet(() -> JournalState.empty(spec.name(), "", session.scheduler().instant()));
    return new DiffPlanner(session.account()).diff(plan(spec), recorded, spec.tags(), allowReplace);
  }

  /**
   * A prepared apply of exactly the diff that was shown (not started); the journal closes when the
   * run completes. The diff is planned again under the journal's lock first.
   *
   * @throws PlanChangedException when the new diff is not the one shown; nothing was changed
   * @throws SpecRefusedException when the account says no before anything is created
   */
  public EngineRun apply(
      ClusterSpec spec, JournalOpener opener, PlanDiff shown, boolean allowReplace)
      throws JournalLockedException,
          JournalUnreadableException,
          IOException,
          SpecRefusedException,
          PlanRefusedException,
          PlanChangedException {
    List<String> problems = session.problemsWith(spec);
    if (!problems.isEmpty()) {
      throw new SpecRefusedException(problems);
    }
    ClusterJournal journal = opener.open(journals(spec, "apply"), spec.name());
    try {
      Plan plan = plan(spec);
      PlanDiff now =
          new DiffPlanner(session.account())
              .diff(plan, journal.snapshot(), spec.tags(), allowReplace);
      if (!now.sameChangesAs(shown)) {
        throw new PlanChangedException(now);
      }
      SpecYaml.save(spec, specFile(spec.name()));
      EngineRun run = engine().apply(plan, now, journal, spec.tags(), session.localKeys(spec));
      run.releaseAtEnd(journal::close);
      return run;
    } catch (RuntimeException | IOException | PlanRefusedException | PlanChangedException e) {
      journal.close();
      throw e;
    }
  }

  /** A prepared destroy of everything the journal and the tags know for the cluster. */
  public EngineRun destroy(ClusterSpec spec, JournalOpener opener)
      throws JournalLockedException, JournalUnreadableException {
    ClusterJournal journal = opener.open(journals(spec, "destroy"), spec.name());
    EngineRun run = engine().destroy(plan(spec), journal);
    run.releaseAtEnd(journal::close);
    return run;
  }

  /**
   * Holds the cluster's locks, as an apply would, while {@code operation} changes the cluster
   * outside the engine (a node recycle, a CNI swap); the caller runs the returned release at its
   * end, also when it fails.
   */
  public Runnable hold(ClusterSpec spec, String operation) throws JournalLockedException {
    return journals(spec, operation).hold(spec.name());
  }

  /**
   * What the account holds tagged for the cluster (its steps', the CNI's, load balancers'), found
   * by tags alone: how a cluster whose folder or journal is gone is found again.
   */
  public List<CloudResource> tagged(String cluster) {
    return session.account().inventory(ResourceTags.ownedBy(cluster));
  }

  /**
   * Whether the cluster has a journal where its spec keeps it: shared in S3, or in this folder (if
   * not, its resources are found by tags).
   */
  public boolean hasJournal(ClusterSpec spec) throws JournalUnreadableException {
    return journals(spec, "plan").read(spec.name()).isPresent();
  }

  /** Whether this folder holds the cluster's journal (if not, its resources are found by tags). */
  public boolean hasJournal(String cluster) {
    return journals().exists(cluster);
  }

  /** The spec a cluster was last applied from, if it was applied here. */
  public Optional<ClusterSpec> savedSpec(String cluster) throws SpecFileException, IOException {
    Path file = specFile(cluster);
    return Files.exists(file) ? Optional.of(SpecYaml.load(file)) : Optional.empty();
  }

  /** Clusters whose last apply stopped before it was done (pending calls or missing steps). */
  public List<ClusterSpec> unfinished() {
    JournalStore store = journals();
    List<ClusterSpec> found = new ArrayList<>();
    for (String name : store.clusters()) {
      try {
        savedSpec(name).filter(spec -> isUnfinished(store, spec)).ifPresent(found::add);
      } catch (SpecFileException | IOException e) {
        // a spec file someone edited by hand: not offered for resume, `eksdesk apply` says why
      }
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
      long skipped =
          state.get().steps().values().stream()
              .filter(s -> s.status() == StepRecord.StepStatus.SKIPPED)
              .count();
      boolean destroyed = created == 0;
      return !state.get().pending().isEmpty()
          || (!destroyed && created + skipped < plan(spec).size());
    } catch (JournalUnreadableException e) {
      return true; // resuming says what is wrong with it and offers the way out
    }
  }

  public JournalStore journals() {
    return session
        .region()
        .map(region -> JournalStore.perRegion(folder, region, session.scheduler()))
        .orElseGet(() -> new JournalStore(folder, session.scheduler()));
  }

  /**
   * The journals as the spec keeps them: in this folder, or shared at its {@code state} location,
   * where opening one takes the shared lock for {@code operation}.
   *
   * @throws IllegalStateException when the account keeps no objects to share a journal in
   */
  public JournalStore journals(ClusterSpec spec, String operation) {
    return spec.stateLocation()
        .map(location -> journals().sharedThrough(sharedState(location), operation))
        .orElseGet(this::journals);
  }

  /**
   * A team's shared journals at {@code location}, as this session's caller on this machine.
   *
   * @throws IllegalStateException when the account keeps no objects (the Sandbox)
   */
  public SharedState sharedState(StateLocation location) {
    StateObjects objects =
        session
            .stateObjects()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        session.displayName()
                            + " keeps no S3 objects, so a journal cannot be shared at "
                            + location
                            + ": remove `state:` from the spec to keep it on this machine, or"
                            + " use an AWS account."));
    return new SharedState(
        objects,
        location,
        session.account().callerIdentity().arn(),
        HostName.local(),
        Clock.systemUTC());
  }

  public AccountSession session() {
    return session;
  }

  private Engine engine() {
    return new Engine(
            session.account(),
            session.scheduler(),
            EngineSettings.defaults().shortenedBy(session.speed()))
        .movingWorkloadsWith(mover);
  }

  private Path specFile(String cluster) {
    return journals().clusterDirectory(cluster).resolve("spec.yaml");
  }
}
