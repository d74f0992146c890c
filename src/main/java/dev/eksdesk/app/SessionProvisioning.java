package dev.eksdesk.app;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.cloud.AccountSession;
import dev.eksdesk.cloud.CloudFailure;
import dev.eksdesk.cloud.aws.AwsAccountSession;
import dev.eksdesk.cloud.aws.AwsErrors;
import dev.eksdesk.cloud.aws.AwsProfiles;
import dev.eksdesk.cloud.sandbox.SandboxAccount;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.SpecFileException;
import dev.eksdesk.engine.diff.PlanChangedException;
import dev.eksdesk.engine.diff.PlanDiff;
import dev.eksdesk.engine.diff.PlanRefusedException;
import dev.eksdesk.engine.exec.EngineRun;
import dev.eksdesk.engine.journal.JournalLockedException;
import dev.eksdesk.engine.journal.JournalStore;
import dev.eksdesk.engine.journal.JournalUnreadableException;
import dev.eksdesk.engine.plan.ClusterPlanner;
import dev.eksdesk.engine.plan.Plan;
import dev.eksdesk.session.ClusterOperations;
import dev.eksdesk.session.SandboxAccountSession;
import dev.eksdesk.session.SpecRefusedException;
import dev.eksdesk.session.UpgradePreflight;
import dev.eksdesk.session.WorkloadMovers;
import dev.eksdesk.ui.fx.SandboxSpeedChoice;
import dev.eksdesk.ui.provisioning.ProvisioningException;
import dev.eksdesk.ui.provisioning.ProvisioningService;
import dev.eksdesk.ui.wizard.AccountMode;
import dev.eksdesk.ui.wizard.AccountSelection;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Provisioning on the account the wizard chose: the sandbox by default, or AWS with the verified
 * credentials. One account session is kept open between runs.
 *
 * <p>Opening a session reads the disk or calls AWS while holding this object's lock; the methods
 * the FX thread may call ({@link #accountName}, {@link #openSandboxAccount}) read the fields
 * without the lock, and {@link #plan} never takes it, so they never wait for such a call.
 */
final class SessionProvisioning implements ProvisioningService, AutoCloseable {
  private final Path home;
  private final InstanceCatalog catalog;
  private final AwsProfiles profiles;
  private volatile AccountSelection target = AccountSelection.sandbox("");
  private volatile AccountSession session;
  private final List<Runnable> accountListeners = new CopyOnWriteArrayList<>();
  private volatile WorkloadMovers movers = WorkloadMovers.NONE;

  SessionProvisioning(Path home, InstanceCatalog catalog, AwsProfiles profiles) {
    this.home = home;
    this.catalog = catalog;
    this.profiles = profiles;
  }

  /** How runs move the pods off a node group before deleting it (the clusters' Kubernetes). */
  void moveWorkloadsWith(WorkloadMovers workloads) {
    movers = workloads;
  }

  /**
   * The account the next run works on; an open session on another account is closed and the
   * listeners hear of it. The sandbox is one account whatever region the wizard shows.
   *
   * @return whether the account changed
   */
  boolean use(AccountSelection selection) {
    synchronized (this) {
      boolean same =
          selection.equals(target)
              || (selection.mode() == AccountMode.SANDBOX && target.mode() == AccountMode.SANDBOX);
      if (same) {
        return false;
      }
      closeSession();
      target = selection;
    }
    accountListeners.forEach(Runnable::run);
    return true;
  }

  /** Called on the caller's thread of {@link #use} after the account changed. */
  void addAccountListener(Runnable listener) {
    accountListeners.add(listener);
  }

  /**
   * Planning for the open account: its catalog and "my-ip" may be read from AWS on first use, so
   * this is called off the FX thread; the sandbox's stand in until a session is open.
   */
  @Override
  public Plan plan(ClusterSpec spec) {
    AccountSession open = session;
    if (open != null) {
      return new ClusterPlanner(open.catalog(catalog)).plan(spec, open.operatorCidr());
    }
    return new ClusterPlanner(catalog).plan(spec, SandboxAccountSession.OPERATOR_CIDR);
  }

  @Override
  public synchronized EngineRun apply(ClusterSpec spec, double speed) throws ProvisioningException {
    ClusterOperations operations = operations(speed);
    try {
      return operations.apply(spec, JournalStore::open);
    } catch (IOException e) {
      throw new ProvisioningException(
          "Could not keep the spec beside the journal: " + e.getMessage(),
          "Check that " + home + " is writable; nothing was created.");
    } catch (JournalLockedException | JournalUnreadableException e) {
      throw journalProblem(spec.name(), e);
    } catch (SpecRefusedException e) {
      throw new ProvisioningException(e.getMessage(), "Nothing was created.");
    }
  }

  @Override
  public synchronized PlanDiff diff(ClusterSpec spec, boolean allowReplace)
      throws ProvisioningException, PlanRefusedException {
    try {
      return operations(sandboxSpeed()).diff(spec, allowReplace);
    } catch (JournalUnreadableException e) {
      throw journalProblem(spec.name(), e);
    }
  }

  /**
   * The preflight of an upgrade to {@code edited}'s Kubernetes version: its diff, the account's
   * add-on versions for it, the support end and fee. Reads the account.
   */
  public synchronized UpgradePreflight upgradePreflight(ClusterSpec edited)
      throws ProvisioningException, PlanRefusedException {
    try {
      ClusterOperations operations = operations(sandboxSpeed());
      String target = edited.controlPlane().kubernetesVersion();
      return UpgradePreflight.check(
          target,
          operations.diff(edited, false),
          operations.session().account()::addonVersion,
          operations.session().account().upgradeInsights(edited.name(), target),
          LocalDate.now(ZoneOffset.UTC));
    } catch (JournalUnreadableException e) {
      throw journalProblem(edited.name(), e);
    }
  }

  @Override
  public synchronized EngineRun change(
      ClusterSpec spec, PlanDiff shown, boolean allowReplace, double speed)
      throws ProvisioningException, PlanRefusedException, PlanChangedException {
    try {
      return operations(speed).apply(spec, JournalStore::open, shown, allowReplace);
    } catch (IOException e) {
      throw new ProvisioningException(
          "Could not keep the spec beside the journal: " + e.getMessage(),
          "Check that " + home + " is writable; nothing was changed.");
    } catch (JournalLockedException | JournalUnreadableException e) {
      throw journalProblem(spec.name(), e);
    } catch (SpecRefusedException e) {
      throw new ProvisioningException(e.getMessage(), "Nothing was changed.");
    }
  }

  @Override
  public synchronized Optional<ClusterSpec> currentSpec(String cluster)
      throws ProvisioningException {
    try {
      return operations(sandboxSpeed()).savedSpec(cluster);
    } catch (SpecFileException | IOException e) {
      throw new ProvisioningException(
          "The spec kept beside " + cluster + "'s journal cannot be read: " + e.getMessage(),
          "Load the spec file you built it from on the Review page, or fix that file.");
    }
  }

  @Override
  public synchronized EngineRun destroy(ClusterSpec spec, double speed)
      throws ProvisioningException {
    try {
      return operations(speed).destroy(spec, JournalStore::open);
    } catch (JournalLockedException | JournalUnreadableException e) {
      throw journalProblem(spec.name(), e);
    }
  }

  /**
   * Runs that stopped before they were done, in the account in use: the sandbox's, or, once AWS
   * credentials are verified, that AWS account's.
   */
  @Override
  public List<ClusterSpec> unfinished() {
    Optional<AwsAccountSession> aws;
    try {
      aws = awsSession();
    } catch (IllegalStateException e) {
      return List.of(); // credentials that stopped working: nothing can be resumed with them
    }
    if (aws.isPresent()) {
      return new ClusterOperations(home, catalog, aws.get()).unfinished();
    }
    try (SandboxAccountSession sandbox = new SandboxAccountSession(home, catalog, 1)) {
      return new ClusterOperations(home, catalog, sandbox).unfinished();
    }
  }

  @Override
  public String accountName() {
    AccountSession open = session;
    return open != null
        ? open.displayName()
        : target.mode() == AccountMode.SANDBOX ? "the Sandbox" : "AWS";
  }

  private ClusterOperations operations(double speed) throws ProvisioningException {
    if (session instanceof SandboxAccountSession sandbox && sandbox.speed() != speed) {
      closeSession();
    }
    if (session == null) {
      session = open(speed);
    }
    return new ClusterOperations(home, catalog, session).movingWorkloadsWith(movers.in(session));
  }

  private AccountSession open(double speed) throws ProvisioningException {
    if (target.mode() == AccountMode.SANDBOX) {
      return new SandboxAccountSession(home, catalog, speed);
    }
    AccountChoice choice;
    try {
      choice = target.toChoice();
    } catch (IllegalArgumentException e) {
      throw new ProvisioningException(e.getMessage(), "Fill it in on the Credentials page.");
    }
    try {
      return AwsAccountSession.open(choice, target.region(), target.endpointUrl(), profiles);
    } catch (IllegalStateException e) {
      throw new ProvisioningException(e.getMessage(), "Nothing was created.");
    } catch (RuntimeException e) {
      CloudFailure failure = new AwsErrors(choice, !target.endpointUrl().isBlank()).translate(e);
      throw new ProvisioningException(failure.message(), failure.nextAction());
    }
  }

  /**
   * The sandbox account runs work on, opening a session at the last pace (the default one before
   * any run) if none is open; empty while the wizard has chosen AWS.
   */
  synchronized Optional<SandboxAccount> sandboxAccount() {
    if (target.mode() != AccountMode.SANDBOX) {
      return Optional.empty();
    }
    if (session == null) {
      session = new SandboxAccountSession(home, catalog, SandboxSpeedChoice.DEFAULT_SPEED);
    }
    return session.account() instanceof SandboxAccount account
        ? Optional.of(account)
        : Optional.empty();
  }

  /**
   * The sandbox account of the session already open, without opening one (which reads its state
   * from disk): for the FX thread.
   */
  Optional<SandboxAccount> openSandboxAccount() {
    return session instanceof SandboxAccountSession open
            && open.account() instanceof SandboxAccount account
        ? Optional.of(account)
        : Optional.empty();
  }

  /**
   * The AWS account runs work on, opening its session (and checking its credentials) if none is
   * open; empty while the wizard has chosen the sandbox.
   *
   * @throws IllegalStateException saying what is wrong and what to do when the credentials fail
   */
  synchronized Optional<AwsAccountSession> awsSession() {
    if (target.mode() == AccountMode.SANDBOX) {
      return Optional.empty();
    }
    if (session == null) {
      try {
        session = open(SandboxSpeedChoice.DEFAULT_SPEED);
      } catch (ProvisioningException e) {
        throw new IllegalStateException(e.getMessage() + " " + e.nextAction(), e);
      }
    }
    return session instanceof AwsAccountSession aws ? Optional.of(aws) : Optional.empty();
  }

  /** How many times faster than real time the sandbox runs now. */
  double sandboxSpeed() {
    return session instanceof SandboxAccountSession sandbox
        ? sandbox.speed()
        : SandboxSpeedChoice.DEFAULT_SPEED;
  }

  private static ProvisioningException journalProblem(String cluster, Exception e) {
    return e instanceof JournalLockedException
        ? new ProvisioningException(
            e.getMessage(),
            "Another Eksdesk is working on " + cluster + "; close it or wait for it to finish.")
        : new ProvisioningException(
            e.getMessage(),
            "Run `eksdesk apply <spec> --restore-backup` or `--rebuild` (which finds the"
                + " resources again by their tags); nothing was deleted.");
  }

  private void closeSession() {
    if (session != null) {
      session.close();
      session = null;
    }
  }

  @Override
  public synchronized void close() {
    closeSession();
  }
}
