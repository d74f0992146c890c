package dev.eksdesk.app;

import dev.eksdesk.cloud.CostReportCache;
import dev.eksdesk.cloud.aws.AwsAccountVerifier;
import dev.eksdesk.cloud.aws.AwsConfigLocations;
import dev.eksdesk.cloud.aws.AwsProfiles;
import dev.eksdesk.cloud.sandbox.SandboxCostReports;
import dev.eksdesk.cloud.sandbox.SandboxMetricsSource;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.cost.CostEstimator;
import dev.eksdesk.domain.cost.HourlyRates;
import dev.eksdesk.domain.cost.PriceBook;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.engine.plan.StepTimings;
import dev.eksdesk.ui.cluster.ClusterRuntimes;
import dev.eksdesk.ui.dashboard.DashboardServices;
import dev.eksdesk.ui.dashboard.DashboardsView;
import dev.eksdesk.ui.dashboard.DashboardsViewModel;
import dev.eksdesk.ui.dashboard.KubeClusterFeed;
import dev.eksdesk.ui.fx.Fxml;
import dev.eksdesk.ui.fx.UiExecutors;
import dev.eksdesk.ui.provisioning.ProvisioningView;
import dev.eksdesk.ui.provisioning.ProvisioningViewModel;
import dev.eksdesk.ui.setup.SetupView;
import dev.eksdesk.ui.shell.AccountStatus;
import dev.eksdesk.ui.shell.MainWindowView;
import dev.eksdesk.ui.shell.MainWindowViewModel;
import dev.eksdesk.ui.shell.PlaceholderView;
import dev.eksdesk.ui.wizard.WizardServices;
import dev.eksdesk.ui.wizard.WizardView;
import dev.eksdesk.ui.wizard.WizardViewModel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Everything the window shows, wired once: services, view models, views. The application and the
 * end-to-end tests build the same thing, on a data folder of their choice.
 */
public final class Workbench implements AutoCloseable {
  private final ExecutorService background =
      Executors.newFixedThreadPool(
          2,
          runnable -> {
            Thread thread = new Thread(runnable, "eksdesk-background");
            thread.setDaemon(true);
            return thread;
          });
  private final SandboxProvisioning sandbox;
  private final ClusterRuntimes clusters = new ClusterRuntimes();
  private final SandboxClusterLifecycle sandboxClusters;
  private final MainWindowViewModel shell;
  private final ProvisioningViewModel runs;
  private final WizardViewModel wizard;
  private final DashboardsViewModel dashboards;
  private final Parent root;

  /** Must be called on the FX thread. */
  public Workbench(Path home) {
    InstanceCatalog catalog = InstanceCatalog.bundled();
    PriceBook prices = PriceBook.bundled();
    UiExecutors executors = new UiExecutors(background, Platform::runLater);
    sandbox = new SandboxProvisioning(home, catalog);
    shell = new MainWindowViewModel(AccountStatus.sandbox(DefaultSpecs.REGION));
    sandboxClusters =
        new SandboxClusterLifecycle(home, sandbox::account, sandbox::speed, catalog, clusters);
    background.execute(sandboxClusters::startExisting);
    runs =
        new ProvisioningViewModel(
            new SandboxClusterProvisioning(sandbox, sandboxClusters), executors);
    WizardServices wizardServices =
        new WizardServices(
            catalog,
            new CostEstimator(catalog, prices),
            new AccountVerifiers(
                new AwsAccountVerifier(new AwsProfiles(AwsConfigLocations.forCurrentUser()))),
            spec -> List.of(sandbox.plan(spec).describe(StepTimings.aws()).split("\n")),
            (spec, account) -> runs.create(spec));
    wizard = new WizardViewModel(wizardServices, executors, DefaultSpecs.firstCluster());
    Node setup =
        Fxml.load(
            new SetupView(
                Fxml.load(new WizardView(wizard, prices)),
                Fxml.load(new ProvisioningView(runs)),
                runs));
    SandboxMetricsSource metrics = new SandboxMetricsSource(sandbox::account, catalog);
    SandboxCostReports bills =
        new SandboxCostReports(
            sandbox::account,
            metrics,
            new HourlyRates(catalog, prices, DefaultSpecs.REGION),
            DefaultSpecs.firstCluster().nodeGroup().diskGiB());
    dashboards =
        new DashboardsViewModel(
            new DashboardServices(
                clusters,
                metrics,
                new CostReportCache(bills, Instant::now),
                new KubeClusterFeed(),
                catalog,
                prices,
                () -> sandbox.account().now()),
            executors);
    root =
        Fxml.load(
            new MainWindowView(
                shell,
                section ->
                    switch (section) {
                      case SETUP -> setup;
                      case DASHBOARDS -> Fxml.load(new DashboardsView(dashboards));
                      default -> PlaceholderView.of(section);
                    }));
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

  public WizardViewModel wizard() {
    return wizard;
  }

  public DashboardsViewModel dashboards() {
    return dashboards;
  }

  @Override
  public void close() {
    dashboards.close();
    background.shutdownNow();
    sandboxClusters.close();
    sandbox.close();
  }
}
