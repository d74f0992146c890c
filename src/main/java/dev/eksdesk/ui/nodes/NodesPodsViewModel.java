package dev.eksdesk.ui.nodes;

import dev.eksdesk.cluster.ClusterKey;
import dev.eksdesk.cluster.ClusterRuntime;
import dev.eksdesk.cluster.ClusterRuntimes;
import dev.eksdesk.kube.ClusterSnapshot;
import dev.eksdesk.kube.KubeGateway;
import dev.eksdesk.kube.NodeRow;
import dev.eksdesk.kube.ObjectRef;
import dev.eksdesk.kube.PodEventRow;
import dev.eksdesk.kube.PodRow;
import dev.eksdesk.ui.cluster.NamespaceChoice;
import dev.eksdesk.ui.fx.UiExecutors;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Nodes & Pods screen's state: the current cluster's nodes and pods as its watches last saw
 * them (no polling), filtered by what the user typed, and the events of the selected pod. Snapshots
 * arrive on a watch thread; only the latest one waiting is shown, so a busy cluster cannot flood
 * the FX thread.
 */
public final class NodesPodsViewModel implements AutoCloseable {
  /** How often the selected pod's events are read again while snapshots keep coming. */
  private static final Duration EVENTS_REFRESH = Duration.ofSeconds(2);

  private static final int CLUSTERS_REMEMBERED = 8;
  private static final DateTimeFormatter CACHED_AT = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final ClusterRuntimes runtimes;
  private final UiExecutors executors;
  private final Clock clock;
  private final ObservableList<NodeRow> nodes = FXCollections.observableArrayList();
  private final ObservableList<PodRow> pods = FXCollections.observableArrayList();
  private final FilteredList<NodeRow> visibleNodes = new FilteredList<>(nodes);
  private final FilteredList<PodRow> visiblePods = new FilteredList<>(pods);
  private final StringProperty nodeFilter = new SimpleStringProperty("");
  private final StringProperty podFilter = new SimpleStringProperty("");
  private final ObjectProperty<PodRow> selectedPod = new SimpleObjectProperty<>();
  private final ObservableList<PodEventRow> events = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<ClusterRuntime> cluster = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper kubectlNotice = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<Instant> now;
  private final AtomicReference<Delivery> waiting = new AtomicReference<>();
  private volatile Connection connection;
  private Instant eventsLoadedAt = Instant.MIN;
  private final ClusterActionsViewModel actions;
  private AutoCloseable subscription;
  private NamespaceChoice namespaces;

  /** A snapshot and the cluster it came from, so a late one from a previous cluster is dropped. */
  private record Delivery(ClusterRuntime from, ClusterSnapshot snapshot) {}

  private final List<Consumer<ClusterSnapshot>> snapshotListeners = new CopyOnWriteArrayList<>();

  /** The last snapshot of each cluster seen, so switching back shows it at once; FX thread only. */
  private final Map<ClusterKey, ClusterSnapshot> lastSeen = new LinkedHashMap<>();

  private record Connection(ClusterRuntime runtime, KubeGateway gateway, AutoCloseable watch) {}

  public NodesPodsViewModel(ClusterRuntimes runtimes, UiExecutors executors, Clock clock) {
    this.runtimes = runtimes;
    this.executors = executors;
    this.clock = clock;
    this.now = new ReadOnlyObjectWrapper<>(clock.instant());
    this.actions = new ClusterActionsViewModel(this::gateway, this::cluster, executors, clock);
    nodeFilter.addListener(
        (obs, old, text) ->
            visibleNodes.setPredicate(TextFilter.of(text, NodesPodsViewModel::nodeColumns)));
    podFilter.addListener((obs, old, text) -> filterPods());
    selectedPod.addListener((obs, old, pod) -> loadEvents(pod));
  }

  /** Pods are shown in the namespace chosen there (shared with the Workloads screen). */
  public void showNamespaces(NamespaceChoice choice) {
    namespaces = choice;
    choice.chosenProperty().addListener((obs, old, chosen) -> filterPods());
  }

  private void filterPods() {
    var text = TextFilter.of(podFilter.get(), NodesPodsViewModel::podColumns);
    var inNamespace = namespaces == null ? null : namespaces.shows();
    visiblePods.setPredicate(
        inNamespace == null ? text : pod -> inNamespace.test(pod.namespace()) && text.test(pod));
  }

  /** The namespace choice the pod table follows, null when none was given. */
  public NamespaceChoice namespaces() {
    return namespaces;
  }

  /** Follows the current cluster from now on. */
  public void start() {
    subscription =
        runtimes.subscribe(runtime -> executors.fx().execute(() -> follow(runtime.orElse(null))));
  }

  private void follow(ClusterRuntime runtime) {
    ClusterRuntime previous = cluster.get();
    if (runtime == previous) {
      return;
    }
    cluster.set(runtime);
    problem.set("");
    kubectlNotice.set("");
    if (sameCluster(previous, runtime)) {
      // a run published its cluster again: the rows stay until the next snapshot merges into them
    } else {
      nodes.clear();
      pods.clear();
      events.clear();
      selectedPod.set(null);
      summary.set(runtime == null ? "" : "Connecting to " + runtime.name() + "…");
      ClusterSnapshot seen = runtime == null ? null : lastSeen.get(runtime.key());
      if (seen != null) {
        showCached(seen);
      }
    }
    try {
      executors.background().execute(() -> connect(runtime));
    } catch (java.util.concurrent.RejectedExecutionException closing) {
      // the window is closing: a cluster published meanwhile has no one left to show it to
    }
  }

  private static boolean sameCluster(ClusterRuntime one, ClusterRuntime other) {
    return one != null && other != null && one.key().equals(other.key());
  }

  private synchronized void connect(ClusterRuntime runtime) {
    disconnect();
    if (runtime == null) {
      return;
    }
    try {
      KubeGateway gateway = runtime.connect();
      AutoCloseable watch =
          gateway.watchCluster(
              snapshot -> offer(runtime, snapshot),
              failure -> executors.fx().execute(() -> cannotReach(runtime, failure)));
      connection = new Connection(runtime, gateway, watch);
    } catch (RuntimeException e) {
      executors.fx().execute(() -> cannotReach(runtime, e));
    }
  }

  private void cannotReach(ClusterRuntime runtime, Throwable failure) {
    if (runtime == cluster.get()) {
      summary.set("");
      problem.set(runtime.explain(failure));
    }
  }

  private synchronized void disconnect() {
    Connection old = connection;
    connection = null;
    if (old != null) {
      try {
        old.watch().close();
      } catch (Exception e) {
        // the watch is going away with its client anyway
      }
      old.gateway().close();
    }
  }

  private void offer(ClusterRuntime from, ClusterSnapshot snapshot) {
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

  /** Something else that draws the same snapshots (the topology); called on the FX thread. */
  public void addSnapshotListener(Consumer<ClusterSnapshot> listener) {
    snapshotListeners.add(listener);
  }

  /** What the cluster looked like when last seen, until its watch delivers it as it is now. */
  private void showCached(ClusterSnapshot seen) {
    show(seen);
    summary.set(
        summary.get()
            + " · as seen at "
            + CACHED_AT.format(seen.takenAt().atZone(ZoneId.systemDefault()))
            + ", connecting…");
  }

  /** Shows a snapshot; on the FX thread. */
  void show(ClusterSnapshot snapshot) {
    ClusterRuntime shown = cluster.get();
    if (shown != null) {
      lastSeen.remove(shown.key());
      lastSeen.put(shown.key(), snapshot);
      if (lastSeen.size() > CLUSTERS_REMEMBERED) {
        lastSeen.remove(lastSeen.keySet().iterator().next());
      }
    }
    snapshotListeners.forEach(listener -> listener.accept(snapshot));
    now.set(clock.instant());
    RowMerge.merge(nodes, snapshot.nodes(), NodeRow::name);
    RowMerge.merge(pods, snapshot.pods(), PodRow::key);
    if (namespaces != null) {
      namespaces.know(snapshot.pods().stream().map(PodRow::namespace).distinct().toList());
    }
    summary.set(summarize(snapshot));
    PodRow selected = selectedPod.get();
    if (selected != null) {
      Optional<PodRow> fresh =
          snapshot.pods().stream().filter(p -> p.key().equals(selected.key())).findFirst();
      if (fresh.isEmpty()) {
        selectedPod.set(null); // it is gone (evicted, replaced): no events to show
      } else if (!fresh.get().equals(selected)) {
        selectedPod.set(fresh.get()); // reloads its events
      } else if (eventsLoadedAt.plus(EVENTS_REFRESH).isBefore(now.get())) {
        loadEvents(selected); // events also arrive without the pod changing (FailedScheduling)
      }
    }
  }

  private static String summarize(ClusterSnapshot snapshot) {
    Map<String, Long> byStatus =
        snapshot.pods().stream()
            .collect(Collectors.groupingBy(PodRow::status, TreeMap::new, Collectors.counting()));
    String statuses =
        byStatus.entrySet().stream()
            .map(e -> e.getValue() + " " + e.getKey())
            .collect(Collectors.joining(", "));
    return String.format(
        Locale.ROOT,
        "%d nodes · %d pods%s",
        snapshot.nodes().size(),
        snapshot.pods().size(),
        statuses.isEmpty() ? "" : " (" + statuses + ")");
  }

  private void loadEvents(PodRow pod) {
    eventsLoadedAt = clock.instant();
    if (pod == null) {
      events.clear();
      return;
    }
    Connection current = connection;
    if (current == null) {
      return;
    }
    executors
        .background()
        .execute(
            () -> {
              List<PodEventRow> found;
              try {
                found = current.gateway().eventsOf(pod.namespace(), pod.name());
              } catch (RuntimeException e) {
                executors
                    .fx()
                    .execute(() -> problem.set("Cannot read the pod's events: " + e.getMessage()));
                return;
              }
              executors
                  .fx()
                  .execute(
                      () -> {
                        PodRow still = selectedPod.get();
                        if (still != null && still.key().equals(pod.key())) {
                          events.setAll(found);
                        }
                      });
            });
  }

  /**
   * Refreshes the clock that ages are counted against, and the selected pod's events: the gateway
   * watches nodes and pods, not events, and a pod's events change without the pod changing.
   */
  public void tick() {
    now.set(clock.instant());
    if (selectedPod.get() != null) {
      loadEvents(selectedPod.get());
    }
  }

  static List<String> nodeColumns(NodeRow n) {
    return List.of(
        n.name(),
        String.valueOf(n.instanceId()),
        n.instanceType(),
        n.zone(),
        String.valueOf(n.internalIp()),
        n.cni().map(Object::toString).orElse(""),
        n.status());
  }

  static List<String> podColumns(PodRow p) {
    return List.of(
        p.namespace(), p.name(), p.status(), String.valueOf(p.ip()), String.valueOf(p.node()));
  }

  /** All nodes of the snapshot, unfiltered. */
  public ObservableList<NodeRow> nodes() {
    return nodes;
  }

  /** All pods of the snapshot, unfiltered. */
  public ObservableList<PodRow> pods() {
    return pods;
  }

  public FilteredList<NodeRow> visibleNodes() {
    return visibleNodes;
  }

  public FilteredList<PodRow> visiblePods() {
    return visiblePods;
  }

  public StringProperty nodeFilterProperty() {
    return nodeFilter;
  }

  public StringProperty podFilterProperty() {
    return podFilter;
  }

  public ObjectProperty<PodRow> selectedPodProperty() {
    return selectedPod;
  }

  public ObservableList<PodEventRow> events() {
    return events;
  }

  public ReadOnlyObjectProperty<ClusterRuntime> clusterProperty() {
    return cluster.getReadOnlyProperty();
  }

  public Optional<ClusterRuntime> cluster() {
    return Optional.ofNullable(cluster.get());
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** What went wrong talking to the cluster, empty while all is well. */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Instant> nowProperty() {
    return now.getReadOnlyProperty();
  }

  /** The connection to the current cluster, empty until it is made. */
  private Optional<KubeGateway> gateway() {
    Connection current = connection;
    return current == null ? Optional.empty() : Optional.of(current.gateway());
  }

  /** Delete, restart, scale, cordon and drain, on the current cluster. */
  public ClusterActionsViewModel actions() {
    return actions;
  }

  /** A log window's state for the pod, empty while the cluster is not connected. */
  public Optional<PodLogViewModel> logsOf(PodRow pod) {
    return gateway().map(g -> new PodLogViewModel(g, pod, executors));
  }

  /** A details window's state for the pod or node, empty while the cluster is not connected. */
  public Optional<ObjectDetailsViewModel> detailsOf(ObjectRef object) {
    return gateway().map(g -> new ObjectDetailsViewModel(g, object, executors));
  }

  /** Whether kubectl can be given the current cluster (it cannot reach a sandbox cluster). */
  public boolean offersKubectl() {
    return cluster().flatMap(ClusterRuntime::kubeconfig).isPresent();
  }

  /** Why Add to kubeconfig is disabled, for beside it; empty while it is offered. */
  public String kubectlUnavailableReason() {
    if (cluster().isEmpty()) {
      return "Add to kubeconfig waits for a running cluster.";
    }
    return offersKubectl()
        ? ""
        : "Add to kubeconfig is for clusters on AWS: this one runs in the Sandbox, inside Eksdesk,"
            + " where kubectl cannot reach it.";
  }

  /** Adds the current cluster to the user's kubeconfig, off the FX thread, and says where. */
  public void writeKubeconfig() {
    Optional<ClusterRuntime.KubeconfigWrite> write = cluster().flatMap(ClusterRuntime::kubeconfig);
    if (write.isEmpty()) {
      return;
    }
    executors
        .background()
        .execute(
            () -> {
              try {
                String written = write.get().write();
                executors.fx().execute(() -> kubectlNotice.set(written));
              } catch (IOException | RuntimeException e) {
                executors
                    .fx()
                    .execute(
                        () ->
                            problem.set(
                                "The kubeconfig was not written: "
                                    + e.getMessage()
                                    + ". Check that the file is yours and writable."));
              }
            });
  }

  /** What the last kubeconfig write did, for the user. */
  public ReadOnlyStringProperty kubectlNoticeProperty() {
    return kubectlNotice.getReadOnlyProperty();
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
