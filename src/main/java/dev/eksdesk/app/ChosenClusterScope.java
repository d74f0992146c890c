package dev.eksdesk.app;

import dev.eksdesk.cloud.aws.AwsProfiles;
import dev.eksdesk.cluster.ClusterRuntimes;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.topology.LiveTopology;
import dev.eksdesk.topology.Topology;
import dev.eksdesk.ui.clusters.ChosenCluster;
import dev.eksdesk.ui.clusters.ClusterActions;
import dev.eksdesk.ui.clusters.ClusterRow;
import dev.eksdesk.ui.clusters.ClusterSource;
import dev.eksdesk.ui.provisioning.ProvisioningException;
import dev.eksdesk.ui.provisioning.ProvisioningViewModel;
import dev.eksdesk.ui.shell.AccountStatus;
import dev.eksdesk.ui.shell.MainWindowViewModel;
import dev.eksdesk.ui.shell.Section;
import dev.eksdesk.ui.topology.ClusterLookup;
import dev.eksdesk.ui.topology.ClusterLookupException;
import dev.eksdesk.ui.wizard.AccountMode;
import dev.eksdesk.ui.wizard.AccountSelection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the cluster chosen on the Clusters screen the one every screen shows: the account it lives
 * in becomes the one in use, its live cluster the one Nodes &amp; Pods and the dashboards watch,
 * its inventory the Topology's drawing, and a finished run of another cluster leaves the Setup
 * screen. Account switches and reads run one after the other on a thread of their own, so the last
 * choice always wins.
 */
final class ChosenClusterScope implements ClusterActions, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ChosenClusterScope.class);

  private final ExecutorService scope =
      Executors.newSingleThreadExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "eksdesk-cluster-scope");
            thread.setDaemon(true);
            return thread;
          });
  private final SessionProvisioning provisioning;
  private final SandboxClusterLifecycle sandboxClusters;
  private final AwsClusterLifecycle awsClusters;
  private final ClusterRuntimes runtimes;
  private final LiveTopology topology;
  private final AwsProfiles profiles;
  private final MainWindowViewModel shell;
  private final ProvisioningViewModel runs;
  private final Executor fx;
  private final Consumer<String> editor;
  private volatile ChosenCluster shown;

  /**
   * @param editor opens the wizard on the named cluster's saved spec, in the account now in use
   *     (called off the FX thread)
   */
  ChosenClusterScope(
      SessionProvisioning provisioning,
      SandboxClusterLifecycle sandboxClusters,
      AwsClusterLifecycle awsClusters,
      ClusterRuntimes runtimes,
      LiveTopology topology,
      AwsProfiles profiles,
      MainWindowViewModel shell,
      ProvisioningViewModel runs,
      Executor fx,
      Consumer<String> editor) {
    this.provisioning = provisioning;
    this.sandboxClusters = sandboxClusters;
    this.awsClusters = awsClusters;
    this.runtimes = runtimes;
    this.topology = topology;
    this.profiles = profiles;
    this.shell = shell;
    this.runs = runs;
    this.fx = fx;
    this.editor = editor;
  }

  @Override
  public void show(ChosenCluster cluster) {
    shown = cluster;
    shell.showCluster(cluster.label());
    shell.showAccount(
        cluster.source().isSandbox()
            ? AccountStatus.sandbox(cluster.region())
            : AccountStatus.aws(
                "profile " + cluster.source().profile(), cluster.account(), cluster.region()));
    ClusterSpec onScreen = runs.clusterProperty().get();
    boolean running = runs.runningProperty().get();
    if (!running && onScreen != null && !onScreen.name().equals(cluster.name())) {
      runs.close();
    }
    inScope(
        () -> {
          switchTo(cluster.source(), cluster.region());
          runtimes.choose(cluster.key());
          if (!cluster.source().isSandbox() && runtimes.find(cluster.key()).isEmpty()) {
            startForeign(cluster);
          }
          if (!running) {
            topology.replace(draw(cluster));
          }
        });
  }

  @Override
  public void edit(ClusterRow cluster) {
    inScope(
        () -> {
          switchTo(cluster.source(), cluster.region());
          editor.accept(cluster.name());
        });
  }

  @Override
  public void destroy(ClusterRow cluster) {
    inScope(
        () -> {
          switchTo(cluster.source(), cluster.region());
          Optional<ClusterSpec> spec;
          try {
            spec = provisioning.currentSpec(cluster.name());
          } catch (ProvisioningException e) {
            LOG.warn("{} {}", e.getMessage(), e.nextAction());
            return;
          }
          spec.ifPresent(
              found ->
                  fx.execute(
                      () -> {
                        runs.clusterProperty().set(found);
                        if (runs.destroy(found.name())) {
                          shell.navigate(Section.SETUP);
                        }
                      }));
        });
  }

  /**
   * Reads the spec Eksdesk keeps of the cluster every screen shows, in its account (after the
   * switch its choice started), and hands it to {@code use} on the FX thread; {@code missing}
   * hears, on the FX thread, why there is none.
   */
  void currentSpec(Consumer<ClusterSpec> use, Consumer<String> missing) {
    ChosenCluster cluster = shown;
    if (cluster == null) {
      missing.accept("Choose a cluster on the Clusters screen first.");
      return;
    }
    inScope(
        () -> {
          Optional<ClusterSpec> spec;
          String why =
              "Eksdesk keeps no spec of "
                  + cluster.name()
                  + ": it did not build it, so change it with the tool that did.";
          try {
            spec = provisioning.currentSpec(cluster.name());
          } catch (ProvisioningException e) {
            spec = Optional.empty();
            why = e.getMessage() + " " + e.nextAction();
          }
          Optional<ClusterSpec> found = spec;
          String problem = why;
          fx.execute(
              () -> {
                if (found.isPresent()) {
                  use.accept(found.get());
                } else {
                  missing.accept(problem);
                }
              });
        });
  }

  /** The account the cluster lives in becomes the one in use, with its live clusters. */
  private void switchTo(ClusterSource source, String region) {
    if (source.isSandbox()) {
      if (provisioning.use(AccountSelection.sandbox(region))) {
        awsClusters.forgetAll();
        sandboxClusters.startExisting();
      }
      return;
    }
    if (provisioning.use(selection(source))) {
      awsClusters.forgetAll();
      try {
        awsClusters.startExisting();
      } catch (RuntimeException e) {
        LOG.warn("could not look for the clusters of {}", source.label(), e);
      }
    }
  }

  /** A cluster Eksdesk did not build (none of its own of that name is live): reached as it is. */
  private void startForeign(ChosenCluster cluster) {
    try {
      awsClusters.startForeign(cluster.name(), cluster.region());
    } catch (RuntimeException e) {
      LOG.info("{} cannot be reached: {}", cluster.name(), e.getMessage());
    }
  }

  private Topology draw(ChosenCluster cluster) {
    ClusterSource source = cluster.source();
    ClusterLookup lookup =
        source.isSandbox()
            ? new SandboxClusterLookup(provisioning::sandboxAccount, cluster.region())
            : new AwsClusterLookup(selection(source), cluster.account(), profiles);
    try {
      return lookup.draw(cluster.name());
    } catch (ClusterLookupException | RuntimeException e) {
      LOG.info("{} cannot be drawn: {}", cluster.name(), e.getMessage());
      return Topology.of(cluster.name(), List.of());
    }
  }

  private static AccountSelection selection(ClusterSource source) {
    return new AccountSelection(
        AccountMode.PROFILE, source.profile(), "", "", source.region(), source.endpointUrl());
  }

  private void inScope(Runnable work) {
    try {
      scope.execute(work);
    } catch (RejectedExecutionException closing) {
      // the window is closing: the next start restores the choice
    }
  }

  @Override
  public void close() {
    scope.shutdownNow();
  }
}
