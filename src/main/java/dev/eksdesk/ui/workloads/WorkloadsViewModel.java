package dev.eksdesk.ui.workloads;

import dev.eksdesk.cluster.ClusterRuntime;
import dev.eksdesk.cluster.ClusterRuntimes;
import dev.eksdesk.kube.KubeGateway;
import dev.eksdesk.kube.PodRow;
import dev.eksdesk.kube.WorkloadRow;
import dev.eksdesk.kube.WorkloadsSnapshot;
import dev.eksdesk.ui.cluster.NamespaceChoice;
import dev.eksdesk.ui.fx.UiExecutors;
import dev.eksdesk.ui.nodes.RowMerge;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Workloads screen's state: the current cluster's Deployments, DaemonSets, StatefulSets and
 * Services with their ready/desired counts, in the chosen namespace, and the pods of the selected
 * one, as the watches last saw them. Only the latest snapshot waiting reaches the FX thread.
 */
public final class WorkloadsViewModel implements AutoCloseable {
  private static final String NOTHING_HERE = "Nothing to show in this namespace.";

  private final ClusterRuntimes runtimes;
  private final NamespaceChoice namespaces;
  private final UiExecutors executors;
  private final Clock clock;
  private final ObservableList<WorkloadRow> workloads = FXCollections.observableArrayList();
  private final FilteredList<WorkloadRow> visibleWorkloads = new FilteredList<>(workloads);
  private final ObjectProperty<WorkloadRow> selected = new SimpleObjectProperty<>();
  private final ObservableList<PodRow> podsOfSelected = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<ClusterRuntime> cluster = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<KubeGateway> gateway = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper emptyTable = new ReadOnlyStringWrapper(NOTHING_HERE);
  private final ReadOnlyObjectWrapper<Instant> now;
  private final AtomicReference<Delivery> waiting = new AtomicReference<>();
  private WorkloadsSnapshot last;
  private Connection connection;
  private AutoCloseable subscription;

  private record Delivery(ClusterRuntime from, WorkloadsSnapshot snapshot) {}

  private record Connection(ClusterRuntime runtime, KubeGateway gateway, AutoCloseable watch) {}

  public WorkloadsViewModel(
      ClusterRuntimes runtimes, NamespaceChoice namespaces, UiExecutors executors, Clock clock) {
    this.runtimes = runtimes;
    this.namespaces = namespaces;
    this.executors = executors;
    this.clock = clock;
    this.now = new ReadOnlyObjectWrapper<>(clock.instant());
    namespaces.chosenProperty().addListener((obs, old, chosen) -> filter());
    selected.addListener((obs, old, row) -> showPodsOfSelected());
  }

  /** Follows the current cluster from now on. */
  public void start() {
    subscription =
        runtimes.subscribe(runtime -> executors.fx().execute(() -> follow(runtime.orElse(null))));
  }

  private void follow(ClusterRuntime runtime) {
    if (runtime == cluster.get()) {
      return;
    }
    cluster.set(runtime);
    gateway.set(null);
    workloads.clear();
    selected.set(null);
    last = null;
    namespaces.forget();
    problem.set("");
    summary.set(runtime == null ? "" : "Connecting to " + runtime.name() + "…");
    emptyTable.set(runtime == null ? NOTHING_HERE : "Connecting to " + runtime.name() + "…");
    try {
      executors.background().execute(() -> connect(runtime));
    } catch (RejectedExecutionException closing) {
      // the window is closing: nobody is left to show this cluster to
    }
  }

  private synchronized void connect(ClusterRuntime runtime) {
    disconnect();
    if (runtime == null) {
      return;
    }
    try {
      KubeGateway opened = runtime.connect();
      AutoCloseable watch =
          opened.watchWorkloads(
              snapshot -> offer(runtime, snapshot),
              failure -> executors.fx().execute(() -> cannotReach(runtime, failure)));
      connection = new Connection(runtime, opened, watch);
      executors
          .fx()
          .execute(
              () -> {
                if (cluster.get() == runtime) {
                  gateway.set(opened);
                }
              });
    } catch (RuntimeException e) {
      executors.fx().execute(() -> cannotReach(runtime, e));
    }
  }

  private void cannotReach(ClusterRuntime runtime, Throwable failure) {
    if (runtime == cluster.get()) {
      summary.set("");
      problem.set(runtime.explain(failure));
      emptyTable.set("Nothing to show: the cluster cannot be reached (see above).");
    }
  }

  private synchronized void disconnect() {
    Connection old = connection;
    connection = null;
    if (old != null) {
      try {
        old.watch().close();
      } catch (Exception e) {
        // the watch goes away with its client anyway
      }
      old.gateway().close();
    }
  }

  private void offer(ClusterRuntime from, WorkloadsSnapshot snapshot) {
    if (waiting.getAndSet(new Delivery(from, snapshot)) == null) {
      executors.fx().execute(this::showWaiting);
    }
  }

  private void showWaiting() {
    Delivery delivery = waiting.getAndSet(null);
    if (delivery != null && delivery.from() == cluster.get()) {
      show(delivery.snapshot());
    }
  }

  /** Shows a snapshot; on the FX thread. */
  void show(WorkloadsSnapshot snapshot) {
    last = snapshot;
    emptyTable.set(NOTHING_HERE);
    now.set(clock.instant());
    namespaces.know(snapshot.namespaces());
    WorkloadRow was = selected.get();
    RowMerge.merge(workloads, snapshot.workloads(), WorkloadRow::key);
    if (was != null) {
      selected.set(
          snapshot.workloads().stream()
              .filter(r -> r.key().equals(was.key()))
              .findFirst()
              .orElse(null));
    }
    showPodsOfSelected();
    summarize();
  }

  private void filter() {
    visibleWorkloads.setPredicate(row -> namespaces.shows().test(row.namespace()));
    summarize();
  }

  private void summarize() {
    if (last == null) {
      return;
    }
    List<WorkloadRow> shown = List.copyOf(visibleWorkloads);
    long unhealthy = shown.stream().filter(r -> !r.healthy()).count();
    summary.set(
        String.format(
            Locale.ROOT,
            "%d workloads and services%s · %s",
            shown.size(),
            unhealthy == 0 ? ", all ready" : ", " + unhealthy + " not fully ready",
            namespaces.chosenProperty().get()));
  }

  private void showPodsOfSelected() {
    WorkloadRow row = selected.get();
    if (row == null || last == null) {
      podsOfSelected.clear();
      return;
    }
    podsOfSelected.setAll(last.podsOf(row));
  }

  /** Refreshes the clock ages are counted against. */
  public void tick() {
    now.set(clock.instant());
  }

  public FilteredList<WorkloadRow> visibleWorkloads() {
    return visibleWorkloads;
  }

  public ObjectProperty<WorkloadRow> selectedProperty() {
    return selected;
  }

  /** The pods the selected workload or Service selects. */
  public ObservableList<PodRow> podsOfSelected() {
    return podsOfSelected;
  }

  public NamespaceChoice namespaces() {
    return namespaces;
  }

  public ReadOnlyObjectProperty<ClusterRuntime> clusterProperty() {
    return cluster.getReadOnlyProperty();
  }

  public Optional<ClusterRuntime> cluster() {
    return Optional.ofNullable(cluster.get());
  }

  /** The open connection to the current cluster, null until it is open. */
  public ReadOnlyObjectProperty<KubeGateway> gatewayProperty() {
    return gateway.getReadOnlyProperty();
  }

  /** What the workload table says while it has no rows: connecting, unreachable, or empty. */
  public ReadOnlyStringProperty emptyTableProperty() {
    return emptyTable.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Instant> nowProperty() {
    return now.getReadOnlyProperty();
  }

  @Override
  public void close() {
    if (subscription != null) {
      try {
        subscription.close();
      } catch (Exception e) {
        // removing a listener does not fail
      }
    }
    disconnect();
  }
}
