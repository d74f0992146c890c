package dev.eksdesk.ui.dashboard;

import dev.eksdesk.cloud.CostMeters;
import dev.eksdesk.cloud.CostReport;
import dev.eksdesk.cloud.MetricRange;
import dev.eksdesk.cloud.MetricSeries;
import dev.eksdesk.cloud.MetricsInventory;
import dev.eksdesk.cloud.MetricsWindow;
import dev.eksdesk.cluster.ClusterRuntime;
import dev.eksdesk.domain.cost.CostEstimate;
import dev.eksdesk.domain.cost.CostEstimator;
import dev.eksdesk.domain.cost.HourlyRates;
import dev.eksdesk.domain.cost.MeteredResource;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.files.AtomicFiles;
import dev.eksdesk.insight.SaturationAdvisor;
import dev.eksdesk.kube.NodeIpView;
import dev.eksdesk.ui.fx.UiExecutors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboards screen: follows the current cluster, and on each refresh reads its inventory once,
 * all its series in batched calls and the cached Cost Explorer report, then hands them to the three
 * panels. Pod addresses are re-read whenever Kubernetes reports a change and on a timer. State
 * lives on the FX thread; the reads run in the background.
 */
public final class DashboardsViewModel implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DashboardsViewModel.class);
  public static final List<Duration> AUTO_REFRESH_CHOICES =
      List.of(Duration.ZERO, Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5));

  /** Stuck pods whose events are looked up per read: enough to see why, few enough to be quick. */
  static final int STUCK_PODS_DESCRIBED = 20;

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

  private final DashboardServices services;
  private final UiExecutors executors;
  private final MetricsPanelViewModel metrics = new MetricsPanelViewModel();
  private final CostPanelViewModel cost;
  private final PodIpPanelViewModel podIps = new PodIpPanelViewModel();
  private final ObjectProperty<MetricRange> range = new SimpleObjectProperty<>(MetricRange.HOUR);
  private final ObjectProperty<Duration> autoRefresh =
      new SimpleObjectProperty<>(Duration.ofMinutes(1));
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("No cluster yet");
  private final ReadOnlyStringWrapper status =
      new ReadOnlyStringWrapper("Create a cluster in Setup; its dashboards appear here.");
  private final ReadOnlyBooleanWrapper hasCluster = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper refreshing = new ReadOnlyBooleanWrapper(false);
  private ClusterRuntime cluster;
  private AutoCloseable clusterSubscription;
  private AutoCloseable watch;
  private boolean readingAddresses;
  private boolean addressesChangedMeanwhile;

  /** After close the screen's timers may still fire once; the executors are gone by then. */
  private boolean closed;

  public DashboardsViewModel(DashboardServices services, UiExecutors executors) {
    this.services = services;
    this.executors = executors;
    this.cost = new CostPanelViewModel(java.time.ZoneId.systemDefault());
    range.addListener((obs, old, now) -> refresh());
  }

  /** Follows the current cluster from now on. */
  public void start() {
    clusterSubscription =
        services.clusters().subscribe(current -> executors.fx().execute(() -> show(current)));
  }

  private void show(Optional<ClusterRuntime> current) {
    if (current.isPresent() && current.get() == cluster) {
      return;
    }
    stopWatching();
    cluster = current.orElse(null);
    hasCluster.set(cluster != null);
    if (cluster == null) {
      title.set("No cluster yet");
      status.set("Create a cluster in Setup; its dashboards appear here.");
      return;
    }
    title.set(cluster.name() + " · " + cluster.spec().region());
    ClusterRuntime watched = cluster;
    executors
        .background()
        .execute(
            () -> {
              AutoCloseable started = services.feed().watch(watched, this::addressesChanged);
              executors.fx().execute(() -> keepWatch(watched, started));
            });
    refresh();
    readAddresses();
  }

  private void keepWatch(ClusterRuntime watched, AutoCloseable started) {
    if (watched == cluster) {
      watch = started;
    } else {
      closeQuietly(started);
    }
  }

  /** Reads inventory, metrics and the (cached) Cost Explorer report; one refresh at a time. */
  public void refresh() {
    if (closed || cluster == null || refreshing.get()) {
      return;
    }
    refreshing.set(true);
    ClusterRuntime target = cluster;
    MetricRange chosen = range.get();
    executors
        .background()
        .execute(
            () -> {
              try {
                MetricsInventory inventory = services.metrics().inventory(target.name());
                MetricsWindow window = MetricsWindow.ending(chosen, inventory.readAt());
                List<MetricSeries> series = services.metrics().fetch(inventory.queries(), window);
                List<MeteredResource> meters = meters(target.spec(), inventory);
                CostEstimate estimate =
                    new CostEstimator(services.catalog(), services.prices())
                        .estimate(target.spec());
                Optional<CostReport> report = Optional.empty();
                String reportFailure = null;
                try {
                  report = Optional.of(services.costReports().get());
                } catch (RuntimeException e) {
                  // Cost Explorer is often not allowed to an IAM user; the metrics still count
                  LOG.warn("The cost report of {} could not be read", target.name(), e);
                  reportFailure = message(e);
                }
                Optional<CostReport> read = report;
                String failure = reportFailure;
                executors
                    .fx()
                    .execute(
                        () -> {
                          refreshing.set(false);
                          if (target != cluster) {
                            return;
                          }
                          metrics.show(inventory, series, window);
                          cost.showResources(meters, estimate, inventory.readAt());
                          read.ifPresentOrElse(cost::showReport, () -> cost.readFailed(failure));
                          status.set(refreshedStatus(series.size()));
                        });
              } catch (RuntimeException e) {
                LOG.warn("The dashboards of {} could not be refreshed", target.name(), e);
                executors.fx().execute(() -> failed("Refresh failed", e));
              }
            });
  }

  /**
   * The user's "read Cost Explorer now": billed, so the cache still refuses a second in a minute.
   */
  public void readCostExplorerNow() {
    if (closed || cost.readingProperty().get()) {
      return;
    }
    cost.readingStarted();
    executors
        .background()
        .execute(
            () -> {
              try {
                CostReport report = services.costReports().readNow();
                executors.fx().execute(() -> cost.showReport(report));
              } catch (RuntimeException e) {
                LOG.warn("Cost Explorer could not be read on request", e);
                executors.fx().execute(() -> cost.readFailed(message(e)));
              }
            });
  }

  /** Re-reads every node's ENIs and pods; a change during a read triggers one more. */
  public void readAddresses() {
    if (closed || cluster == null) {
      return;
    }
    if (readingAddresses) {
      addressesChangedMeanwhile = true;
      return;
    }
    readingAddresses = true;
    ClusterRuntime target = cluster;
    executors
        .background()
        .execute(
            () -> {
              try {
                List<NodeIpView> views = target.ipView();
                Map<String, Long> available = target.availableAddressesBySubnet();
                List<String> stuck =
                    views.stream()
                        .flatMap(v -> v.podsWaitingForAddress().stream())
                        .limit(STUCK_PODS_DESCRIBED)
                        .toList();
                Map<String, String> events =
                    stuck.isEmpty() ? Map.of() : services.feed().latestEvents(target, stuck);
                SaturationAdvisor advisor =
                    new SaturationAdvisor(services.catalog(), target.spec().region());
                executors
                    .fx()
                    .execute(() -> addressesRead(target, views, available, events, advisor));
              } catch (RuntimeException e) {
                LOG.warn("The pod addresses of {} could not be read", target.name(), e);
                executors
                    .fx()
                    .execute(
                        () -> {
                          readingAddresses = false;
                          failed("Reading pod addresses failed", e);
                        });
              }
            });
  }

  private void addressesRead(
      ClusterRuntime target,
      List<NodeIpView> views,
      Map<String, Long> available,
      Map<String, String> events,
      SaturationAdvisor advisor) {
    readingAddresses = false;
    if (target == cluster) {
      podIps.show(target.spec(), views, available, events, advisor);
      cost.runningPodsProperty().set(podIps.podsRunningProperty().get());
    }
    if (addressesChangedMeanwhile) {
      addressesChangedMeanwhile = false;
      readAddresses();
    }
  }

  private void addressesChanged() {
    executors.fx().execute(this::readAddresses);
  }

  /** Advances the running cost to the account's clock; no cloud call. */
  public void tick() {
    if (!closed && cluster != null) {
      cost.tick(services.clock().instant());
    }
  }

  /** Writes the last refresh's series as CSV, in the background. */
  public void exportCsv(Path file) {
    String csv = metrics.csv();
    executors
        .background()
        .execute(
            () -> {
              try {
                AtomicFiles.replaceShared(file, csv.getBytes(StandardCharsets.UTF_8));
                executors.fx().execute(() -> status.set("Exported the series to " + file));
              } catch (IOException e) {
                LOG.warn("The series could not be exported to {}", file, e);
                executors.fx().execute(() -> failed("Export failed", e));
              }
            });
  }

  private List<MeteredResource> meters(ClusterSpec spec, MetricsInventory inventory) {
    HourlyRates rates = new HourlyRates(services.catalog(), services.prices(), spec.region());
    return CostMeters.of(inventory, rates, spec.nodeGroup().diskGiB());
  }

  private String refreshedStatus(int series) {
    int calls = (series + MetricRange.MAX_QUERIES_PER_CALL - 1) / MetricRange.MAX_QUERIES_PER_CALL;
    return String.format(
        Locale.ROOT,
        "Refreshed at %s: %d series in %d GetMetricData call%s",
        LocalTime.now().format(TIME),
        series,
        calls,
        calls == 1 ? "" : "s");
  }

  private void failed(String what, Exception e) {
    refreshing.set(false);
    status.set(what + ": " + message(e));
  }

  private static String message(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private void stopWatching() {
    if (watch != null) {
      AutoCloseable stopping = watch;
      watch = null;
      executors.background().execute(() -> closeQuietly(stopping));
    }
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      // the cluster is going away; nothing to tell the user
      LOG.info("A dashboard watch did not close cleanly", e);
    }
  }

  @Override
  public void close() {
    closed = true;
    if (clusterSubscription != null) {
      closeQuietly(clusterSubscription);
    }
    if (watch != null) {
      closeQuietly(watch);
      watch = null;
    }
  }

  public MetricsPanelViewModel metrics() {
    return metrics;
  }

  public CostPanelViewModel cost() {
    return cost;
  }

  public PodIpPanelViewModel podIps() {
    return podIps;
  }

  public ObjectProperty<MetricRange> rangeProperty() {
    return range;
  }

  /** Zero turns auto refresh off. */
  public ObjectProperty<Duration> autoRefreshProperty() {
    return autoRefresh;
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty hasClusterProperty() {
    return hasCluster.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty refreshingProperty() {
    return refreshing.getReadOnlyProperty();
  }
}
