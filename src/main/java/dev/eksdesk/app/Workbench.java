package dev.eksdesk.app;

import dev.eksdesk.cli.kube.KubeCommandContext;
import dev.eksdesk.cli.kube.OpenedClusterMovers;
import dev.eksdesk.cloud.CostReportCache;
import dev.eksdesk.cloud.aws.AwsAccountVerifier;
import dev.eksdesk.cloud.aws.AwsConfigLocations;
import dev.eksdesk.cloud.aws.AwsProfiles;
import dev.eksdesk.cloud.aws.CredentialsFileWriter;
import dev.eksdesk.cloud.sandbox.SandboxAccount;
import dev.eksdesk.cloud.sandbox.SandboxCostReports;
import dev.eksdesk.cloud.sandbox.SandboxMetricsSource;
import dev.eksdesk.cluster.ClusterKey;
import dev.eksdesk.cluster.ClusterRuntimes;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.cost.CostEstimator;
import dev.eksdesk.domain.cost.HourlyRates;
import dev.eksdesk.domain.cost.PriceBook;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.engine.diff.PlanDiff;
import dev.eksdesk.engine.diff.PlanRefusedException;
import dev.eksdesk.engine.exec.Operation;
import dev.eksdesk.topology.LiveTopology;
import dev.eksdesk.topology.PlanTopology;
import dev.eksdesk.ui.cluster.NamespaceChoice;
import dev.eksdesk.ui.clusters.ChosenCluster;
import dev.eksdesk.ui.clusters.ClusterSource;
import dev.eksdesk.ui.clusters.ClustersView;
import dev.eksdesk.ui.clusters.ClustersViewModel;
import dev.eksdesk.ui.dashboard.DashboardServices;
import dev.eksdesk.ui.dashboard.DashboardsView;
import dev.eksdesk.ui.dashboard.DashboardsViewModel;
import dev.eksdesk.ui.dashboard.KubeClusterFeed;
import dev.eksdesk.ui.dashboard.PodIpRemedies;
import dev.eksdesk.ui.dashboard.PrefixDelegationViewModel;
import dev.eksdesk.ui.fx.Fxml;
import dev.eksdesk.ui.fx.UiExecutors;
import dev.eksdesk.ui.nodes.CniSwapViewModel;
import dev.eksdesk.ui.nodes.NodeGroupChanges;
import dev.eksdesk.ui.nodes.NodesPodsView;
import dev.eksdesk.ui.nodes.NodesPodsViewModel;
import dev.eksdesk.ui.nodes.RecycleViewModel;
import dev.eksdesk.ui.nodes.UsageViewModel;
import dev.eksdesk.ui.provisioning.DayTwoDialogs;
import dev.eksdesk.ui.provisioning.ProvisioningException;
import dev.eksdesk.ui.provisioning.ProvisioningView;
import dev.eksdesk.ui.provisioning.ProvisioningViewModel;
import dev.eksdesk.ui.setup.SetupView;
import dev.eksdesk.ui.shell.AccountStatus;
import dev.eksdesk.ui.shell.MainWindowView;
import dev.eksdesk.ui.shell.MainWindowViewModel;
import dev.eksdesk.ui.shell.Section;
import dev.eksdesk.ui.topology.OpenClusterViewModel;
import dev.eksdesk.ui.topology.TopologyView;
import dev.eksdesk.ui.topology.TopologyViewModel;
import dev.eksdesk.ui.wizard.AccountMode;
import dev.eksdesk.ui.wizard.AccountSelection;
import dev.eksdesk.ui.wizard.SpecFilePicker;
import dev.eksdesk.ui.wizard.WizardServices;
import dev.eksdesk.ui.wizard.WizardView;
import dev.eksdesk.ui.wizard.WizardViewModel;
import dev.eksdesk.ui.workloads.PortForwardsViewModel;
import dev.eksdesk.ui.workloads.WorkloadsView;
import dev.eksdesk.ui.workloads.WorkloadsViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the window shows, wired once: services, view models, views. The application and the
 * end-to-end tests build the same thing, on a data folder of their choice.
 */
public final class Workbench implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Workbench.class);
  private final ExecutorService background =
      Executors.newFixedThreadPool(
          2,
          runnable -> {
            Thread thread = new Thread(runnable, "eksdesk-background");
            thread.setDaemon(true);
            return thread;
          });
  private final SessionProvisioning provisioning;
  private final ClusterRuntimes clusters = new ClusterRuntimes();
  private final SandboxClusterLifecycle sandboxClusters;
  private final AwsClusterLifecycle awsClusters;
  private final MainWindowViewModel shell;
  private final ProvisioningViewModel runs;
  private final WizardViewModel wizard;
  private final NodesPodsViewModel nodesPods;
  private final WorkloadsViewModel workloads;
  private final UsageViewModel usage;
  private final PortForwardsViewModel forwards;
  private final PodIpRemedies podIpRemedies;
  private final DashboardsViewModel dashboards;
  private final ClustersViewModel clustersScreen;
  private final ChosenClusterScope scope;
  private final Parent root;
  private final LiveTopology topology;

  /** Must be called on the FX thread. */
  public Workbench(Path home) {
    this(home, AwsConfigLocations.forCurrentUser(), SpecFilePicker.fileDialog());
  }

  /**
   * Must be called on the FX thread.
   *
   * @param awsConfig where the AWS profiles are read and typed keys saved (on request)
   * @param specFiles asks which spec file to load or where to save one
   */
  public Workbench(Path home, AwsConfigLocations awsConfig, SpecFilePicker specFiles) {
    InstanceCatalog catalog = InstanceCatalog.bundled();
    PriceBook prices = PriceBook.bundled();
    CostEstimator costs = new CostEstimator(catalog, prices);
    UiExecutors executors = new UiExecutors(background, Platform::runLater);
    AwsProfiles profiles = new AwsProfiles(awsConfig);
    provisioning = new SessionProvisioning(home, catalog, profiles);
    shell =
        new MainWindowViewModel(
            AccountStatus.sandbox(DefaultSpecs.REGION),
            home.resolve("logs"),
            new SystemFolderOpener());
    sandboxClusters =
        new SandboxClusterLifecycle(
            home, provisioning::sandboxAccount, provisioning::sandboxSpeed, catalog, clusters);
    background.execute(sandboxClusters::startExisting);
    awsClusters = new AwsClusterLifecycle(home, provisioning::awsSession, catalog, clusters);
    provisioning.moveWorkloadsWith(
        new OpenedClusterMovers(
            new KubeCommandContext(
                sandboxClusters::openRunning, new AwsClusterOpening(home, catalog))));
    LiveClusterProvisioning liveProvisioning =
        new LiveClusterProvisioning(provisioning, List.of(sandboxClusters, awsClusters));
    runs = new ProvisioningViewModel(liveProvisioning, executors);
    WizardClusterChanges clusterChanges = new WizardClusterChanges(liveProvisioning, runs);
    WizardServices wizardServices =
        new WizardServices(
            catalog,
            costs,
            new AccountVerifiers(new AwsAccountVerifier(profiles)),
            new CredentialsFileWriter(awsConfig),
            provisioning::plan,
            // Switching account may close a session: done off the FX thread, then the run starts.
            (spec, account) ->
                inBackground(
                    () -> {
                      provisioning.use(account);
                      executors.fx().execute(() -> runs.create(spec));
                    }),
            clusterChanges);
    wizard = new WizardViewModel(wizardServices, executors, DefaultSpecs.firstCluster());
    runs.speedProperty().bindBidirectional(wizard.sandboxSpeedProperty());
    runs.setEditor(
        cluster ->
            inBackground(
                () -> editInWizard(liveProvisioning, cluster.name(), cluster, null, executors)));
    BiConsumer<ClusterSpec, UnaryOperator<ClusterSpec>> review =
        (cluster, edit) ->
            inBackground(
                () -> editInWizard(liveProvisioning, cluster.name(), cluster, edit, executors));
    runs.setChanger(review);
    runs.setAccessMovedCheck(cluster -> accessMoved(liveProvisioning, cluster));
    runs.setNewClusterStarter(last -> wizard.startOver(last.name()));
    showVerifiedAccountInStatusBar();
    DayTwoDialogs dayTwo =
        new DayTwoDialogs(
            catalog,
            new CostEstimator(catalog, prices),
            java.time.Clock.systemUTC(),
            provisioning::upgradePreflight,
            executors);
    Node setup =
        Fxml.load(
            new SetupView(
                Fxml.load(new WizardView(wizard, prices, specFiles)),
                Fxml.load(new ProvisioningView(runs, dayTwo)),
                runs));
    topology =
        new LiveTopology(
            PlanTopology.build(
                provisioning.plan(wizard.specProperty().get()), wizard.specProperty().get()));
    runs.addRunObserver(
        (spec, plan, operation, run) -> {
          if (operation == Operation.APPLY) {
            topology.replace(PlanTopology.build(plan, spec));
          }
          run.subscribe(topology.follow(operation));
        });
    scope =
        new ChosenClusterScope(
            provisioning,
            sandboxClusters,
            awsClusters,
            clusters,
            topology,
            profiles,
            shell,
            runs,
            executors.fx(),
            name -> editInWizard(liveProvisioning, name, null, null, executors));
    ChosenClusterChanges nodeGroupChanges = new ChosenClusterChanges(scope, review, this::tell);
    clustersScreen =
        new ClustersViewModel(
            new ScreenClusterDirectory(home, catalog, costs, profiles),
            scope,
            executors,
            Clock.systemUTC());
    runs.addRunObserver((spec, plan, operation, run) -> chooseWhatRuns(spec));
    runs.runningProperty()
        .addListener(
            (obs, was, running) -> {
              if (!running) {
                clustersScreen.refresh();
              }
            });
    // Until a run starts, the Topology screen draws what the wizard would build.
    wizard
        .specProperty()
        .addListener(
            (obs, old, spec) -> {
              if (spec != null
                  && !runs.activeProperty().get()
                  && clustersScreen.chosenProperty().get() == null) {
                executors.background().execute(() -> drawPlanned(spec));
              }
            });
    TopologyViewModel topologyModel = new TopologyViewModel(topology, executors);
    var finder = new WizardClusterFinder(wizard, provisioning::sandboxAccount, profiles);
    Node topologyScreen =
        Fxml.load(
            new TopologyView(
                topologyModel, new OpenClusterViewModel(finder, topologyModel, executors)));
    topologyModel.activate();
    nodesPods = new NodesPodsViewModel(clusters, executors, Clock.systemUTC());
    usage = new UsageViewModel(clusters, executors, Duration.ofSeconds(15));
    NamespaceChoice namespaces = new NamespaceChoice();
    nodesPods.showNamespaces(namespaces);
    workloads = new WorkloadsViewModel(clusters, namespaces, executors, Clock.systemUTC());
    forwards = new PortForwardsViewModel(executors, workloads.gatewayProperty()::get);
    // A snapshot of one cluster never lands in another's drawing.
    nodesPods.addSnapshotListener(
        snapshot -> {
          var watched = nodesPods.clusterProperty().get();
          if (watched != null && watched.name().equals(topology.current().cluster())) {
            ClusterSnapshotTopology.draw(snapshot, topology);
          }
        });
    Node nodesScreen =
        Fxml.load(
            new NodesPodsView(
                nodesPods,
                new CniSwapViewModel(executors),
                new RecycleViewModel(executors),
                usage,
                new NodeGroupChanges(
                    () -> nodeGroupChanges.offer(dayTwo::scale),
                    () -> nodeGroupChanges.offer(dayTwo::retype))));
    SandboxMetricsSource sandboxMetrics =
        new SandboxMetricsSource(() -> provisioning.sandboxAccount().orElseThrow(), catalog);
    SandboxCostReports sandboxBills =
        new SandboxCostReports(
            () -> provisioning.sandboxAccount().orElseThrow(),
            sandboxMetrics,
            new HourlyRates(catalog, prices, DefaultSpecs.REGION),
            DefaultSpecs.firstCluster().nodeGroup().diskGiB());
    CostReportCache bills =
        new CostReportCache(new AccountCostReports(provisioning, sandboxBills), Instant::now);
    provisioning.addAccountListener(bills::forget);
    dashboards =
        new DashboardsViewModel(
            new DashboardServices(
                clusters,
                new AccountMetrics(provisioning, sandboxMetrics),
                bills,
                new KubeClusterFeed(),
                catalog,
                prices,
                // ticks on the FX thread: never opens the sandbox (a read of its state file)
                () ->
                    provisioning
                        .openSandboxAccount()
                        .map(SandboxAccount::now)
                        .orElseGet(Instant::now)),
            executors);
    podIpRemedies =
        new PodIpRemedies(
            new PrefixDelegationViewModel(clusters, clusterChanges, catalog, executors),
            () -> shell.navigate(Section.NODES_PODS),
            () -> nodeGroupChanges.offer(dayTwo::scale),
            suggested -> nodeGroupChanges.offer(spec -> dayTwo.retype(spec, suggested)));
    Node clustersNode = Fxml.load(new ClustersView(clustersScreen));
    root =
        Fxml.load(
            new MainWindowView(
                shell,
                section ->
                    switch (section) {
                      case CLUSTERS -> clustersNode;
                      case SETUP -> setup;
                      case TOPOLOGY -> topologyScreen;
                      case NODES_PODS -> nodesScreen;
                      case WORKLOADS -> Fxml.load(new WorkloadsView(workloads, forwards));
                      case DASHBOARDS -> Fxml.load(new DashboardsView(dashboards, podIpRemedies));
                    }));
    startOnClusters();
    clustersScreen.start();
  }

  /**
   * The Clusters screen is the first one once any cluster exists; Setup stays first when none does,
   * when a run waits to be resumed (Setup offers it), or when the user already went elsewhere.
   */
  private void startOnClusters() {
    clustersScreen
        .loadedProperty()
        .addListener(
            (obs, was, loaded) -> {
              if (loaded
                  && !clustersScreen.rows().isEmpty()
                  && shell.sectionProperty().get() == Section.SETUP
                  && !runs.activeProperty().get()
                  && runs.resumable().isEmpty()) {
                shell.navigate(Section.CLUSTERS);
              }
            });
  }

  /** A cluster being built or changed becomes the one every screen shows. */
  private void chooseWhatRuns(ClusterSpec spec) {
    ChosenCluster chosen = clustersScreen.chosenProperty().get();
    if (chosen != null && chosen.name().equals(spec.name())) {
      return;
    }
    var credentials = wizard.credentials();
    var identity = credentials.identityProperty().get();
    AccountMode mode = credentials.modeProperty().get();
    if (mode == AccountMode.SANDBOX) {
      clustersScreen.choose(
          new ChosenCluster(
              ClusterSource.sandbox(), spec.name(), ClusterKey.SANDBOX_ACCOUNT, spec.region()));
    } else if (mode == AccountMode.PROFILE && identity != null) {
      var selection = credentials.selection(spec.region());
      clustersScreen.choose(
          new ChosenCluster(
              new ClusterSource(selection.profile(), spec.region(), selection.endpointUrl()),
              spec.name(),
              identity.account(),
              spec.region()));
    } else {
      // credentials not verified name no account: no live cluster stands in for the run's
      String account = identity == null ? "" : identity.account();
      clusters.choose(new ClusterKey(account, spec.region(), spec.name()));
      shell.showCluster(spec.name() + " · " + spec.region());
    }
  }

  private void showVerifiedAccountInStatusBar() {
    var credentials = wizard.credentials();
    credentials
        .identityProperty()
        .addListener(
            (obs, old, identity) -> {
              String region = wizard.regionProperty().get();
              boolean onAws =
                  identity != null && credentials.modeProperty().get() != AccountMode.SANDBOX;
              shell.showAccount(
                  onAws
                      ? AccountStatus.aws(credentials.sourceName(), identity.account(), region)
                      : AccountStatus.sandbox(region));
              if (onAws) {
                useVerifiedAws(credentials.selection(region));
              }
            });
    credentials
        .modeProperty()
        .addListener(
            (obs, old, mode) -> {
              if (mode == AccountMode.SANDBOX) {
                String region = wizard.regionProperty().get();
                inBackground(
                    () -> {
                      awsClusters.forgetAll();
                      provisioning.use(AccountSelection.sandbox(region));
                      offerUnfinished();
                    });
              }
            });
  }

  /**
   * The verified AWS account becomes the one the screens watch: its clusters that Eksdesk made come
   * up in Nodes & Pods and the dashboards, and its unfinished runs are offered for resume.
   */
  private void useVerifiedAws(AccountSelection selection) {
    inBackground(
        () -> {
          awsClusters.forgetAll();
          provisioning.use(selection);
          try {
            awsClusters.startExisting();
          } catch (RuntimeException e) {
            LOG.warn("could not look for this account's clusters", e);
          }
          offerUnfinished();
        });
  }

  /** Looks for runs to resume in the account now in use. */
  private void offerUnfinished() {
    try {
      runs.findUnfinished();
    } catch (RejectedExecutionException closing) {
      // the window is closing: there is no one left to offer a resume to
    }
  }

  /** Account switches run off the FX thread; one asked for while the window closes is dropped. */
  private void inBackground(Runnable work) {
    try {
      background.execute(work);
    } catch (RejectedExecutionException closing) {
      // the window is closing: the next start reads the account afresh
    }
  }

  /** Says why a button did nothing, in a note over the window. */
  private void tell(String message) {
    Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
    alert.setHeaderText(null);
    if (root.getScene() != null) {
      alert.initOwner(root.getScene().getWindow());
    }
    alert.show();
  }

  /**
   * The wizard opens on the spec kept beside the journal (what the account was last given), else on
   * the spec of the run on screen: at the Nodes page to edit it, or, with {@code change} (Scale,
   * Upgrade...), at the Review page on that change; called off the FX thread.
   *
   * @param ran the spec of the run on screen; null from the Clusters screen
   */
  private void editInWizard(
      LiveClusterProvisioning service,
      String cluster,
      ClusterSpec ran,
      UnaryOperator<ClusterSpec> change,
      UiExecutors executors) {
    Optional<ClusterSpec> current;
    try {
      current = service.currentSpec(cluster).or(() -> Optional.ofNullable(ran));
    } catch (ProvisioningException e) {
      LOG.warn("{} {}", e.getMessage(), e.nextAction());
      current = Optional.ofNullable(ran);
    }
    current.ifPresent(
        spec ->
            executors
                .fx()
                .execute(
                    () -> {
                      if (change == null) {
                        wizard.edit(spec);
                      } else {
                        wizard.review(spec, change.apply(spec));
                      }
                      runs.close();
                      shell.navigate(Section.SETUP);
                    }));
  }

  /**
   * Whether letting only this machine in would change the endpoint's CIDRs or the bastion's SSH
   * rule: its address moved since they were set. Reads the account.
   */
  private static boolean accessMoved(LiveClusterProvisioning service, ClusterSpec cluster) {
    try {
      ClusterSpec current = service.currentSpec(cluster.name()).orElse(cluster);
      PlanDiff diff = service.diff(current.withAccessFromOperatorOnly(), false);
      return Stream.of("eks:cluster", "rule:bastion-ssh")
          .flatMap(step -> diff.change(step).stream())
          .anyMatch(
              change ->
                  change.attributes().stream()
                      .anyMatch(
                          a ->
                              a.name().equals("publicAccessCidrs")
                                  || a.name().equals("sourceCidr")));
    } catch (ProvisioningException | PlanRefusedException e) {
      LOG.info("Could not compare {}'s access with this machine's address", cluster.name(), e);
      return false;
    }
  }

  private void drawPlanned(ClusterSpec spec) {
    try {
      topology.replace(PlanTopology.build(provisioning.plan(spec), spec));
    } catch (RuntimeException e) {
      // a spec the wizard still marks as wrong cannot be planned; its page says why
      LOG.info("The Topology screen keeps its drawing: {} could not be planned", spec.name(), e);
    }
  }

  public Parent root() {
    return root;
  }

  public MainWindowViewModel shell() {
    return shell;
  }

  public ProvisioningViewModel runs() {
    return runs;
  }

  /** The live clusters, for the screens that watch them. */
  public ClusterRuntimes clusters() {
    return clusters;
  }

  public WorkloadsViewModel workloads() {
    return workloads;
  }

  public PortForwardsViewModel portForwards() {
    return forwards;
  }

  public NodesPodsViewModel nodesPods() {
    return nodesPods;
  }

  public PodIpRemedies podIpRemedies() {
    return podIpRemedies;
  }

  public DashboardsViewModel dashboards() {
    return dashboards;
  }

  public LiveTopology topology() {
    return topology;
  }

  public WizardViewModel wizard() {
    return wizard;
  }

  public ClustersViewModel clustersScreen() {
    return clustersScreen;
  }

  @Override
  public void close() {
    clustersScreen.close();
    nodesPods.close();
    forwards.close();
    usage.close();
    workloads.close();
    dashboards.close();
    background.shutdownNow();
    scope.close();
    sandboxClusters.close();
    provisioning.close();
  }
}
